/**
 * Derive React Flow nodes and edges from the document (plus view state).
 * Pure: the canvas memoises the result on the journey, the selection and
 * the transient drag positions. Node `data` carries only ids; node components
 * read what they show from the store, so callbacks never live in `data`.
 */
import type { Edge, Node } from '@xyflow/react';
import { BOARD, computeBoardLayout, toBoard, type BoardLayout } from '../../shared/domain/layout.ts';
import type { Journey, Position } from '../../shared/domain/model.ts';
import type { Selection } from '../state/selection.ts';

export type StageFlowNode = Node<{ stageId: string }, 'stage'>;
export type LaneFlowNode = Node<{ laneId: string }, 'lane'>;
export type TouchpointFlowNode = Node<{ touchpointId: string }, 'touchpoint'>;
export type JourneyFlowNode = StageFlowNode | LaneFlowNode | TouchpointFlowNode;

export interface FlowModel {
  layout: BoardLayout;
  nodes: JourneyFlowNode[];
  edges: Edge[];
}

export function buildFlowModel(journey: Journey, selection: Selection, drag: ReadonlyMap<string, Position> | null): FlowModel {
  const layout = computeBoardLayout(journey);
  const selected = new Set(selection);
  const nodes: JourneyFlowNode[] = [];
  for (const lane of journey.lanes) {
    const row = layout.lanes.get(lane.id);
    if (!row) continue;
    nodes.push({
      id: lane.id, type: 'lane', data: { laneId: lane.id },
      position: { x: row.x, y: row.y }, width: row.width, height: row.height,
      draggable: false, selectable: false, focusable: false, zIndex: -2,
    });
  }
  for (const stage of journey.stages) {
    const column = layout.stages.get(stage.id)!;
    nodes.push({
      id: stage.id, type: 'stage', data: { stageId: stage.id },
      position: { x: column.x, y: column.y }, width: column.width, height: column.height,
      draggable: false, selectable: true, selected: selected.has(stage.id), zIndex: -1,
      ariaLabel: `Stage: ${stage.name || 'untitled'}`,
    });
  }
  for (const t of journey.touchpoints) {
    const position = drag?.get(t.id) ?? toBoard(layout, t.stageId, t.laneId, t.position);
    if (!position) continue; // in a hidden lane
    nodes.push({
      id: t.id, type: 'touchpoint', data: { touchpointId: t.id }, position,
      width: BOARD.cardWidth, height: BOARD.cardHeight, selected: selected.has(t.id),
      ariaLabel: `Touchpoint: ${t.title || 'untitled'}`,
    });
  }
  const edges: Edge[] = journey.connections.map((c) => ({
    id: c.id, source: c.from, target: c.to, label: c.label || undefined,
    type: 'smoothstep', markerEnd: { type: 'arrowclosed' as never, width: 18, height: 18 },
    selected: selected.has(c.id),
  }));
  return { layout, nodes, edges };
}
