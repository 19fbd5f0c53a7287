/** A stage column: a header (grip to reorder, name, add-touchpoint button) and a body the cards sit on. */
import { sameNodeProps } from './sameNodeProps.ts';
import type { NodeProps } from '@xyflow/react';
import { GripVertical, Plus } from 'lucide-react';
import { memo } from 'react';
import { addTouchpointTo } from '../../actions/editing.ts';
import { finishStageName } from '../../actions/naming.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { AnnotationBadge } from '../AnnotationBadge.tsx';
import { InlineEditor } from '../InlineEditor.tsx';
import { useEditingHere } from '../paneContext.ts';
import type { StageFlowNode } from '../flowModel.ts';

const GRIP = <GripVertical size={16} />;
const PLUS = <Plus size={16} aria-hidden="true" />;

function StageNodeView({ id, data, selected, dragging }: NodeProps<StageFlowNode>) {
  const store = useAppStoreApi();
  const stage = useAppStore((s) => byId(selectJourney(s).stages, id));
  const editing = useEditingHere(id);
  if (!stage) return null;
  return (
    <div className={`stage${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`} style={{ ['--stage-color' as string]: stage.color }}>
      <div className="stage-bands" aria-hidden="true">
        {data.bands.map((b) => (
          <div key={b.laneId} className={`lane-band lane-${b.role}${b.line ? ` line-${b.line}` : ''}`} style={{ top: b.y, height: b.height }} />
        ))}
      </div>
      <div className="stage-header">
        <AnnotationBadge id={id} />
        <span className="stage-grip" title="Drag to reorder (Alt+← / Alt+→)" aria-hidden="true">{GRIP}</span>
        {editing ? (
          <InlineEditor value={stage.name} label="Stage name" onCommit={(v, how) => finishStageName(store, id, v, how)} onCancel={() => finishStageName(store, id, '', 'cancel')} className="stage-editor" />
        ) : (
          <h2 className="stage-name" title={stage.name}>{stage.name || 'Untitled stage'}</h2>
        )}
        <button
          type="button"
          className="icon-button nodrag"
          aria-label={`Add touchpoint to ${stage.name || 'stage'}`}
          title="Add touchpoint (T)"
          onClick={(e) => { e.stopPropagation(); addTouchpointTo(store, id); }}
        >
          {PLUS}
        </button>
      </div>
      {(stage.goal || stage.kpi) && (
        <p className="stage-goal" title={[stage.goal && `Goal: ${stage.goal}`, stage.kpi && `KPI: ${stage.kpi}`].filter(Boolean).join('\n')}>
          {stage.goal && <span>{stage.goal}</span>}
          {stage.kpi && <span className="stage-kpi">KPI {stage.kpi}</span>}
        </p>
      )}
    </div>
  );
}

export const StageNode = memo(StageNodeView, sameNodeProps);
