/**
 * Nodes and lines drawn without React Flow's machinery: the PNG export's
 * picture (PictureBoard.tsx) and, on a big board zoomed far out, the canvas's
 * blocks (BlocksLayer.tsx).
 *
 * A node is its usual component inside a wrapper with React Flow's class
 * names, so the canvas's styles apply unchanged; a line is the same SVG path,
 * from React Flow's own path functions, anchored at the handles every node
 * declares (flowModel.ts) rather than measured in the DOM.
 */
import { getBezierPath, getSmoothStepPath, Position, type Edge, type EdgeMarker, type NodeHandle, type NodeProps } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { JourneyFlowNode } from './flowModel.ts';
import { NODE_TYPES } from './nodeTypes.ts';

/** A node's own component, given the props React Flow would give an unselected node at rest. */
export function StillNodeContent({ node }: { node: JourneyFlowNode }) {
  const View = NODE_TYPES[node.type] as ComponentType<NodeProps>;
  return (
    <View
      id={node.id} type={node.type} data={node.data} width={node.width} height={node.height}
      selected={false} dragging={false} draggable={false} selectable={false} deletable={false} isConnectable={false}
      zIndex={node.zIndex ?? 0} positionAbsoluteX={node.position.x} positionAbsoluteY={node.position.y}
    />
  );
}

export interface Anchor { x: number; y: number; side: Position }

/** Where a line meets a node: the middle of the named handle's outer side, as React Flow computes it. */
export function anchor(node: JourneyFlowNode | undefined, handleId: string | null | undefined, type: NodeHandle['type']): Anchor | null {
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

/** The arrowheads `edges` use, as SVG definitions (a line refers to them by id). */
export function EdgeMarkers({ edges }: { edges: readonly Edge[] }) {
  const markers = useMemo(() => {
    const found = new Map<string, EdgeMarker>();
    for (const edge of edges) if (typeof edge.markerEnd === 'object') found.set(markerId(edge.markerEnd), edge.markerEnd);
    return [...found];
  }, [edges]);
  return (
    <svg className="react-flow__marker" aria-hidden="true">
      <defs>{markers.map(([id, marker]) => <ArrowClosed key={id} id={id} marker={marker} />)}</defs>
    </svg>
  );
}

/**
 * One line between two anchors, with its arrowhead and label, as React Flow draws it; `named`
 * gives it the line's accessible name, as React Flow does (a picture is one image, its lines unnamed).
 */
export function StillEdge({ edge, from, to, named = false }: { edge: Edge; from: Anchor; to: Anchor; named?: boolean }) {
  const ends = { sourceX: from.x, sourceY: from.y, sourcePosition: from.side, targetX: to.x, targetY: to.y, targetPosition: to.side };
  // Touchline draws flows as curves and data links as rounded steps (flowModel.ts).
  const [path, labelX, labelY] = edge.type === 'smoothstep' ? getSmoothStepPath(ends) : getBezierPath(ends);
  const marker = typeof edge.markerEnd === 'object' ? `url('#${markerId(edge.markerEnd)}')` : undefined;
  return (
    <g className={`react-flow__edge react-flow__edge-${edge.type ?? 'default'} inactive${edge.className ? ` ${edge.className}` : ''}`}
      role={named ? 'img' : undefined} aria-label={named ? edge.ariaLabel : undefined}>
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

const markerId = (m: EdgeMarker) => `touchline-still-arrow-${(m.color ?? 'none').replace(/[^a-zA-Z0-9]/g, '')}-${m.width ?? 12}x${m.height ?? 12}`;

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
