/**
 * The blocks of a big board zoomed far out, drawn outside React Flow (why:
 * blocks.ts). Each block is its node's own component in a positioned wrapper
 * with React Flow's class names and accessible name; the lines that reach a
 * block are drawn here too, since React Flow skips a line without both ends.
 * Only what is in view is mounted, as React Flow does.
 *
 * A block does what a zoomed-out card needs: pressing it selects it (with
 * Ctrl or ⌘, adds it to the selection) — and a selected node is React Flow's
 * again, drawn on top in the same place — and dragging a card moves it, like
 * React Flow's drag, through the same drop. Shift-drag box selection is React
 * Flow's: blocks wholly inside its box join the selection as it grows. A
 * double-click lands on the card React Flow draws once the first click has
 * picked it, so renaming is React Flow's as ever.
 */
import { useStore, useStoreApi, ViewportPortal, type Edge, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { Position } from '../../shared/domain/model.ts';
import { useAppStoreApi } from '../state/store.ts';
import { linesInView, linesOfBlocks, nodesInView, sameItems } from './blocks.ts';
import type { JourneyFlowNode } from './flowModel.ts';
import { OutsideFlowContext } from './levelOfDetail.ts';
import { anchor, EdgeMarkers, StillEdge, StillNodeContent, type Anchor } from './StillDrawing.tsx';
import { contains, viewRect } from './viewWindow.ts';

/** How far (screen px) a press must move before it drags, as React Flow's own threshold does for cards. */
const DRAG_THRESHOLD = 3;

interface Props {
  blocks: JourneyFlowNode[];
  /** The nodes handed to React Flow, at their drag positions: the other ends of lines. */
  flow: JourneyFlowNode[];
  edges: readonly Edge[];
  /** Cards dragged from a block, at the positions they were dropped at. */
  onDrop(nodes: JourneyFlowNode[]): void;
}

export const BlocksLayer = memo(function BlocksLayer({ blocks, flow, edges, onDrop }: Props) {
  const app = useAppStoreApi();
  const flowStore = useStoreApi();
  const shown = useStore(useCallback((s: ReactFlowState) => nodesInView(blocks, viewRect(s)), [blocks]), sameItems);
  const lines = useMemo(() => linesOfBlocks(edges, blocks, flow), [edges, blocks, flow]);
  const ends = useMemo(() => new Map([...blocks, ...flow].map((n) => [n.id, n])), [blocks, flow]);
  const shownLines = useStore(useCallback((s: ReactFlowState) => linesInView(lines, ends, viewRect(s)), [lines, ends]), sameItems);
  const byId = useRef(ends);
  useEffect(() => { byId.current = ends; }, [ends]);
  const stopDrag = useRef<(() => void) | null>(null);
  useEffect(() => () => stopDrag.current?.(), []);
  const blocksNow = useRef(blocks);
  useEffect(() => { blocksNow.current = blocks; }, [blocks]);

  // React Flow's selection box selects the nodes it holds; the blocks wholly inside it join the
  // selection here, and so become React Flow's nodes, which its box then keeps or lets go as it changes.
  useEffect(() => flowStore.subscribe((state, previous) => {
    const box = state.userSelectionActive ? state.userSelectionRect : null;
    if (!box || box === previous.userSelectionRect) return;
    const [tx, ty, zoom] = state.transform;
    const area = { x: (box.x - tx) / zoom, y: (box.y - ty) / zoom, width: box.width / zoom, height: box.height / zoom };
    const inside = blocksNow.current.filter((n) => contains(area, { ...n.position, width: n.width ?? 0, height: n.height ?? 0 }));
    if (inside.length === 0) return;
    const s = app.getState();
    s.setSelection([...new Set([...s.selection, ...inside.map((n) => n.id)])]);
  }), [app, flowStore]);

  const onPointerDown = useCallback((event: ReactPointerEvent) => {
    const id = blockId(event);
    if (!id || event.button !== 0) return;
    // The block is replaced by React Flow's node at once: without this, the mouse events that follow
    // the press would go to what is left under the pointer, and the pane would pan instead.
    event.preventDefault();
    const s = app.getState();
    if (event.ctrlKey || event.metaKey) {
      s.setSelection([...s.selection, id]);
      return;
    }
    s.setSelection([id]);
    const node = byId.current.get(id);
    if (node?.type !== 'touchpoint') return;
    // The block is gone once its card is selected (React Flow draws it): follow the pointer on the window.
    const start = { x: event.clientX, y: event.clientY };
    const zoom = flowStore.getState().transform[2];
    let dragged: JourneyFlowNode | null = null;
    const move = (e: PointerEvent) => {
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      const position: Position = { x: node.position.x + dx / zoom, y: node.position.y + dy / zoom };
      dragged = { ...node, position };
      app.getState().setDragPositions(new Map([[id, position]]));
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      stopDrag.current = null;
    };
    const up = () => {
      stop();
      if (dragged) onDrop([dragged]);
    };
    const cancel = () => {
      stop();
      app.getState().setDragPositions(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    stopDrag.current = stop;
  }, [app, flowStore, onDrop]);

  return (
    <ViewportPortal>
      <OutsideFlowContext.Provider value={true}>
        <div className="blocks-layer nopan" onPointerDown={onPointerDown}>
          {shownLines.length > 0 && (
            <div className="react-flow__edges">
              <EdgeMarkers edges={shownLines} />
              <svg style={{ zIndex: 0 }}>
                {shownLines.map((edge) => <BlockLine key={edge.id} edge={edge} ends={ends} />)}
              </svg>
            </div>
          )}
          {shown.map((node) => <Block key={node.id} node={node} />)}
        </div>
      </OutsideFlowContext.Provider>
    </ViewportPortal>
  );
});

function blockId(event: ReactPointerEvent): string | undefined {
  return (event.target as Element).closest<HTMLElement>('.blocks-layer .react-flow__node')?.dataset.id;
}

/** A block: the node's component in a wrapper like React Flow's, named for assistive technology. */
const Block = memo(function Block({ node }: { node: JourneyFlowNode }) {
  const { x, y } = node.position;
  const draggable = node.type === 'touchpoint';
  return (
    <div
      className={`react-flow__node react-flow__node-${node.type} selectable nopan${draggable ? ' draggable' : ''}`}
      data-id={node.id}
      role="group"
      aria-roledescription="node"
      aria-label={node.ariaLabel}
      tabIndex={0}
      style={{ zIndex: node.zIndex ?? 0, transform: `translate(${x}px, ${y}px)`, width: node.width, height: node.height }}
    >
      <StillNodeContent node={node} />
    </div>
  );
});

/** A line to or from a block; re-drawn only when one of its ends moves. */
function BlockLine({ edge, ends }: { edge: Edge; ends: ReadonlyMap<string, JourneyFlowNode> }) {
  const from = anchor(ends.get(edge.source), edge.sourceHandle, 'source');
  const to = anchor(ends.get(edge.target), edge.targetHandle, 'target');
  return from && to ? <PlacedLine edge={edge} from={from} to={to} {...flat(from, to)} /> : null;
}

const flat = (from: Anchor, to: Anchor) => ({ fx: from.x, fy: from.y, tx: to.x, ty: to.y });

const PlacedLine = memo(
  function PlacedLine({ edge, from, to }: { edge: Edge; from: Anchor; to: Anchor; fx: number; fy: number; tx: number; ty: number }) {
    return <StillEdge edge={edge} from={from} to={to} named />;
  },
  (a, b) => a.edge === b.edge && a.fx === b.fx && a.fy === b.fy && a.tx === b.tx && a.ty === b.ty,
);
