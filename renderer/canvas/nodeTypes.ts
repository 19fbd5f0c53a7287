/** Node types, declared once at module level so React Flow never sees a new object. */
import type { NodeTypes } from '@xyflow/react';
import { CurveNode } from './nodes/CurveNode.tsx';
import { FrictionNode } from './nodes/FrictionNode.tsx';
import { LaneNode } from './nodes/LaneNode.tsx';
import { OpportunityNode } from './nodes/OpportunityNode.tsx';
import { StageNode } from './nodes/StageNode.tsx';
import { SystemNode } from './nodes/SystemNode.tsx';
import { TouchpointNode } from './nodes/TouchpointNode.tsx';

export const NODE_TYPES: NodeTypes = {
  stage: StageNode, lane: LaneNode, touchpoint: TouchpointNode, friction: FrictionNode, opportunity: OpportunityNode, curve: CurveNode, system: SystemNode,
};
