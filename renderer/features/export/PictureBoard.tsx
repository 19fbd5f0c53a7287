/**
 * The board drawn as a picture, without React Flow's interactive machinery.
 * The export view is drawn once and captured: nothing in it moves, is
 * selected or connected, so React Flow's per-node work (a store entry, drag,
 * selection and visibility subscriptions, edge bookkeeping on every batch)
 * bought nothing there and was most of the time to draw a big picture.
 *
 * The same node components are placed in the same wrappers, with the same
 * class names, so the canvas's styles apply unchanged; lines are the same SVG
 * paths, from React Flow's own path functions, anchored at the handles every
 * node declares (flowModel.ts). The end-to-end reference-image test holds the
 * picture to what React Flow drew.
 */
import { getBezierPath, getSmoothStepPath, Position, type Edge, type EdgeMarker, type NodeHandle, type NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { JourneyFlowNode } from '../../canvas/flowModel.ts';
import { NODE_TYPES } from '../../canvas/nodeTypes.ts';

interface Point { x: number; y: number }

/** One batch of nodes; a batch already drawn never renders again while later ones are added. */
export const PictureNodes = memo(function PictureNodes({ nodes }: { nodes: readonly JourneyFlowNode[] }) {
  return nodes.map((node) => <PictureNode key={node.id} node={node} />);
});

function PictureNode({ node }: { node: JourneyFlowNode }) {
  const View = NODE_TYPES[node.type] as ComponentType<NodeProps>;
  const { x, y } = node.position;
  const zIndex = node.zIndex ?? 0;
  return (
    <div
      className={`react-flow__node react-flow__node-${node.type}`}
      data-id={node.id}
      style={{ zIndex, transform: `translate(${x}px, ${y}px)`, pointerEvents: 'none', visibility: 'visible', width: node.width, height: node.height }}
    >
      <View
        id={node.id} type={node.type} data={node.data} width={node.width} height={node.height}
        selected={false} dragging={false} draggable={false} selectable={false} deletable={false} isConnectable={false}
        zIndex={zIndex} positionAbsoluteX={x} positionAbsoluteY={y}
      />
    </div>
  );
}

/** Every line of the board, with its arrowheads and labels, under the nodes (as on the canvas). */
export const PictureEdges = memo(function PictureEdges({ nodes, edges }: { nodes: readonly JourneyFlowNode[]; edges: readonly Edge[] }) {
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const markers = useMemo(() => {
    const found = new Map<string, EdgeMarker>();
    for (const edge of edges) if (typeof edge.markerEnd === 'object') found.set(markerId(edge.markerEnd), edge.markerEnd);
    return [...found];
  }, [edges]);
  return (
    <div className="react-flow__edges">
      <svg className="react-flow__marker" aria-hidden="true">
        <defs>{markers.map(([id, marker]) => <ArrowClosed key={id} id={id} marker={marker} />)}</defs>
      </svg>
      <svg style={{ zIndex: 0 }}>
        {edges.map((edge) => {
          const from = anchor(byId.get(edge.source), edge.sourceHandle, 'source');
          const to = anchor(byId.get(edge.target), edge.targetHandle, 'target');
          return from && to ? <PictureEdge key={edge.id} edge={edge} from={from} to={to} /> : null;
        })}
      </svg>
    </div>
  );
});

interface Anchor extends Point { side: Position }

/** Where a line meets a node: the middle of the named handle's outer side, as React Flow computes it. */
function anchor(node: JourneyFlowNode | undefined, handleId: string | null | undefined, type: NodeHandle['type']): Anchor | null {
  const handle = node?.handles?.find((h) => h.type === type && (handleId == null || h.id === handleId));
  if (!node || !handle) return null;
  const x = node.position.x + handle.x;
  const y = node.position.y + handle.y;
  const width = handle.width ?? 0;
  const height = handle.height ?? 0;
  switch (handle.position) {
    case Position.Top: return { x: x + width / 2, y, side: handle.position };
    case Position.Right: return { x: x + width, y: y + height / 2, side: handle.position };
    case Position.Bottom: return { x: x + width / 2, y: y + height, side: handle.position };
    default: return { x, y: y + height / 2, side: Position.Left };
  }
}

function PictureEdge({ edge, from, to }: { edge: Edge; from: Anchor; to: Anchor }) {
  const ends = { sourceX: from.x, sourceY: from.y, sourcePosition: from.side, targetX: to.x, targetY: to.y, targetPosition: to.side };
  // Touchline draws flows as curves and data links as rounded steps (flowModel.ts).
  const [path, labelX, labelY] = edge.type === 'smoothstep' ? getSmoothStepPath(ends) : getBezierPath(ends);
  const marker = typeof edge.markerEnd === 'object' ? `url('#${markerId(edge.markerEnd)}')` : undefined;
  return (
    <g className={`react-flow__edge react-flow__edge-${edge.type ?? 'default'} inactive${edge.className ? ` ${edge.className}` : ''}`}>
      <path d={path} fill="none" className="react-flow__edge-path" markerEnd={marker} />
      {typeof edge.label === 'string' && edge.label && <EdgeLabel x={labelX} y={labelY} text={edge.label} />}
    </g>
  );
}

/** React Flow's label: the text on a rounded background 2 × 4 px larger, centred on the line's midpoint. */
function EdgeLabel({ x, y, text }: { x: number; y: number; text: string }) {
  const ref = useRef<SVGTextElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  // Measured before the first paint, so the picture never shows an unsized label.
  useLayoutEffect(() => {
    const measured = ref.current?.getBBox();
    if (measured) setBox({ width: measured.width, height: measured.height });
  }, [text]);
  const [padX, padY] = [2, 4];
  return (
    <g transform={`translate(${x - box.width / 2} ${y - box.height / 2})`} className="react-flow__edge-textwrapper" visibility={box.width ? 'visible' : 'hidden'}>
      <rect width={box.width + 2 * padX} x={-padX} y={-padY} height={box.height + 2 * padY} className="react-flow__edge-textbg" rx={2} ry={2} />
      <text ref={ref} className="react-flow__edge-text" y={box.height / 2} dy="0.3em">{text}</text>
    </g>
  );
}

const markerId = (m: EdgeMarker) => `touchline-picture-arrow-${(m.color ?? 'none').replace(/[^a-zA-Z0-9]/g, '')}-${m.width ?? 12}x${m.height ?? 12}`;

/** The closed arrowhead React Flow draws for `MarkerType.ArrowClosed`. */
function ArrowClosed({ id, marker }: { id: string; marker: EdgeMarker }) {
  const color = marker.color ?? 'none';
  return (
    <marker className="react-flow__arrowhead" id={id} markerWidth={marker.width ?? 12.5} markerHeight={marker.height ?? 12.5}
      viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
      <polyline className="arrowclosed" strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4"
        style={{ strokeWidth: marker.strokeWidth ?? 1, stroke: color, fill: color }} />
    </marker>
  );
}
