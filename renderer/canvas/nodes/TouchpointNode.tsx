/** A touchpoint card: channel icon, title, channel and evidence level. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { CHANNELS, EVIDENCE } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { CHANNEL_ICONS } from '../icons.ts';
import { InlineEditor } from '../InlineEditor.tsx';
import type { TouchpointFlowNode } from '../flowModel.ts';

function TouchpointNodeView({ id, selected }: NodeProps<TouchpointFlowNode>) {
  const store = useAppStoreApi();
  const touchpoint = useAppStore((s) => byId(selectJourney(s).touchpoints, id));
  const editing = useAppStore((s) => s.editingId === id);
  if (!touchpoint) return null;
  const Icon = CHANNEL_ICONS[touchpoint.channel];
  const rename = (title: string) => {
    const s = store.getState();
    s.setEditing(null);
    if (title && title !== touchpoint.title) s.dispatch({ name: 'renameTouchpoint', payload: { journeyId: s.journeyId, touchpointId: id, title } });
  };
  return (
    <div className={`card${selected ? ' is-selected' : ''}`} data-evidence={touchpoint.evidence}>
      <Handle type="target" position={Position.Left} className="card-handle" />
      <div className="card-top">
        <span className="card-channel" title={CHANNELS.labels[touchpoint.channel]}>
          <Icon size={14} aria-hidden="true" />
          {CHANNELS.labels[touchpoint.channel]}
        </span>
        <span className={`evidence evidence-${touchpoint.evidence}`} title={`Evidence: ${EVIDENCE.labels[touchpoint.evidence]}`}>
          {EVIDENCE.labels[touchpoint.evidence]}
        </span>
      </div>
      {editing ? (
        <InlineEditor value={touchpoint.title} label="Touchpoint name" onCommit={rename} onCancel={() => store.getState().setEditing(null)} />
      ) : (
        <div className="card-title">{touchpoint.title || <span className="placeholder">Untitled touchpoint</span>}</div>
      )}
      {touchpoint.customerAction && !editing && <div className="card-action">{touchpoint.customerAction}</div>}
      <Handle type="source" position={Position.Right} className="card-handle" />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
