/** A lane: a horizontal band across the board with its name in the left gutter, and any blueprint line on its top edge. */
import { sameNodeProps } from './sameNodeProps.ts';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { BLUEPRINT_LINE_LABELS } from '../../../shared/domain/blueprint.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import type { LaneFlowNode } from '../flowModel.ts';

function LaneNodeView({ id, data }: NodeProps<LaneFlowNode>) {
  const lane = useAppStore((s) => byId(selectJourney(s).lanes, id));
  if (!lane) return null;
  return (
    <div className={`lane lane-${lane.role}`}>
      {data.line && (
        <div className={`blueprint-line line-${data.line}`} role="separator" aria-label={BLUEPRINT_LINE_LABELS[data.line]}>
          <span>{BLUEPRINT_LINE_LABELS[data.line]}</span>
        </div>
      )}
      <span className="lane-name">{lane.name}</span>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView, sameNodeProps);
