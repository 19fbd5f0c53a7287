/** A lane: a horizontal band across the board with its name in the left gutter. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import type { LaneFlowNode } from '../flowModel.ts';

function LaneNodeView({ id }: NodeProps<LaneFlowNode>) {
  const lane = useAppStore((s) => byId(selectJourney(s).lanes, id));
  if (!lane) return null;
  return (
    <div className={`lane lane-${lane.role}`}>
      <span className="lane-name">{lane.name}</span>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
