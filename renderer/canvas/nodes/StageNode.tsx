/** A stage column: a header with the name and an add-touchpoint button, and a body the cards sit on. */
import type { NodeProps } from '@xyflow/react';
import { Plus } from 'lucide-react';
import { memo } from 'react';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { addTouchpointTo } from '../../actions/editing.ts';
import { InlineEditor } from '../InlineEditor.tsx';
import type { StageFlowNode } from '../flowModel.ts';

function StageNodeView({ id, selected }: NodeProps<StageFlowNode>) {
  const store = useAppStoreApi();
  const stage = useAppStore((s) => byId(selectJourney(s).stages, id));
  const editing = useAppStore((s) => s.editingId === id);
  if (!stage) return null;
  const rename = (name: string) => {
    const s = store.getState();
    s.setEditing(null);
    if (name && name !== stage.name) s.dispatch({ name: 'renameStage', payload: { journeyId: s.journeyId, stageId: id, name } });
  };
  return (
    <div className={`stage${selected ? ' is-selected' : ''}`} style={{ ['--stage-color' as string]: stage.color }}>
      <div className="stage-header">
        {editing ? (
          <InlineEditor value={stage.name} label="Stage name" onCommit={rename} onCancel={() => store.getState().setEditing(null)} className="stage-editor" />
        ) : (
          <h2 className="stage-name" title={stage.goal || stage.name}>{stage.name || 'Untitled stage'}</h2>
        )}
        <button
          type="button"
          className="icon-button nodrag"
          aria-label={`Add touchpoint to ${stage.name || 'stage'}`}
          title="Add touchpoint (T)"
          onClick={(e) => { e.stopPropagation(); addTouchpointTo(store, id); }}
        >
          <Plus size={16} aria-hidden="true" />
        </button>
      </div>
      {stage.goal && <p className="stage-goal">{stage.goal}</p>}
    </div>
  );
}

export const StageNode = memo(StageNodeView);
