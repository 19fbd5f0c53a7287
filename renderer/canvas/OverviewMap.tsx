/**
 * The overview map in the canvas corner: stage columns, cards and chips as
 * rectangles, and the part of the board in view. Click or drag in it to move
 * the view, scroll in it to zoom.
 *
 * React Flow's own MiniMap draws a component and an SVG rectangle per node.
 * An undo that widens a column moves every node after it, and the map
 * re-rendered and re-positioned each one: about 15 of the 37 ms of an undo on
 * a 300-card journey. Here each colour is one SVG path, rebuilt from the flow
 * model when it changes: one attribute to set however many nodes moved. The
 * interaction is React Flow's (`XYMinimap` from its core, the same version:
 * keep `@xyflow/system` in step with `@xyflow/react`).
 */
import { Panel, useStore, useStoreApi, type ReactFlowState, type Rect } from '@xyflow/react';
import { viewRect } from './viewWindow.ts';
import { getBoundsOfRects, XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { JourneyFlowNode } from './flowModel.ts';

const SIZE = { width: 168, height: 108 };
/** Margin around the drawing, in map pixels (React Flow's default). */
const MARGIN = 5;

/** Fills in drawing order: columns under cards and chips. Other nodes (lanes, systems, the curve) count for the extent only. */
const FILLS: readonly (readonly [JourneyFlowNode['type'], string])[] = [
  ['stage', 'rgba(37, 99, 235, 0.08)'],
  ['touchpoint', '#64748b'],
  ['friction', '#f97316'],
  ['opportunity', '#22c55e'],
];

export interface OverviewDrawing {
  /** Everything on the board, drawn or not; null for an empty board. */
  bounds: Rect | null;
  /** One path per colour, a rectangle per node (whole board units: a 168 px map needs no more). */
  paths: { fill: string; d: string }[];
}

export function overviewDrawing(nodes: readonly JourneyFlowNode[]): OverviewDrawing {
  const parts = new Map<string, string[]>(FILLS.map(([type]) => [type, []]));
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const { x, y } = node.position;
    const width = node.width ?? 0;
    const height = node.height ?? 0;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
    parts.get(node.type)?.push(`M${Math.round(x)} ${Math.round(y)}h${Math.round(width)}v${Math.round(height)}h${-Math.round(width)}z`);
  }
  return {
    bounds: nodes.length ? { x: left, y: top, width: right - left, height: bottom - top } : null,
    paths: FILLS.flatMap(([type, fill]) => (parts.get(type)!.length ? [{ fill, d: parts.get(type)!.join('') }] : [])),
  };
}

const viewSelector = (s: ReactFlowState) => ({
  transform: s.transform, width: s.width, height: s.height, panZoom: s.panZoom, translateExtent: s.translateExtent,
});
const sameView = (a: ReturnType<typeof viewSelector>, b: ReturnType<typeof viewSelector>) =>
  a.transform === b.transform && a.width === b.width && a.height === b.height && a.panZoom === b.panZoom && a.translateExtent === b.translateExtent;

/** Before React Flow knows its size: a point at the board's origin, inside the board's frame. */
const NO_VIEW = { x: 0, y: 0, width: 0, height: 0 };

function OverviewMapView({ nodes }: { nodes: readonly JourneyFlowNode[] }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const map = useRef<XYMinimapInstance | null>(null);
  const drawing = useMemo(() => overviewDrawing(nodes), [nodes]);
  const flow = useStore(viewSelector, sameView);
  const { panZoom, translateExtent, width: flowWidth, height: flowHeight } = flow;
  const view = viewRect(flow) ?? NO_VIEW;
  const box = drawing.bounds ? getBoundsOfRects(drawing.bounds, view) : view;
  // The same framing as React Flow's map: the box centred, scaled to fit, with a margin.
  const viewScale = Math.max(box.width / SIZE.width, box.height / SIZE.height) || 1;
  const margin = MARGIN * viewScale;
  const x = box.x - (viewScale * SIZE.width - box.width) / 2 - margin;
  const y = box.y - (viewScale * SIZE.height - box.height) / 2 - margin;
  const width = viewScale * SIZE.width + margin * 2;
  const height = viewScale * SIZE.height + margin * 2;
  const viewScaleRef = useRef(viewScale);
  viewScaleRef.current = viewScale;

  useEffect(() => {
    if (!svg.current || !panZoom) return;
    const instance = XYMinimap({ domNode: svg.current, panZoom, getTransform: () => store.getState().transform, getViewScale: () => viewScaleRef.current });
    map.current = instance;
    return () => { instance.destroy(); map.current = null; };
  }, [panZoom, store]);
  useEffect(() => {
    map.current?.update({ translateExtent, width: flowWidth, height: flowHeight, pannable: true, zoomable: true });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={SIZE}>
      <svg ref={svg} width={SIZE.width} height={SIZE.height} viewBox={`${x} ${y} ${width} ${height}`} className="react-flow__minimap-svg" role="img" aria-label="Overview map">
        {drawing.paths.map(({ fill, d }) => <path key={fill} d={d} fill={fill} />)}
        <path
          className="react-flow__minimap-mask" fillRule="evenodd" pointerEvents="none"
          d={`M${x - margin},${y - margin}h${width + margin * 2}v${height + margin * 2}h${-width - margin * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
        />
      </svg>
    </Panel>
  );
}

export const OverviewMap = memo(OverviewMapView);
