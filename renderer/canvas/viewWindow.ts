/**
 * The view window: on a big board, React Flow is handed only the nodes near
 * the view, not the whole journey (and every line; see `nodesInWindow`).
 *
 * `onlyRenderVisibleElements` already keeps off-screen nodes out of the DOM,
 * but React Flow still walks every node it knows on every change: it rebuilds
 * its node map on each update (every undo, every frame of a drag) and looks
 * for the visible nodes and lines among all of them on every frame of a pan.
 * At 5,000 touchpoints that is some 7,000 nodes per frame for the 200 in view.
 *
 * So the canvas keeps a window — the view grown by a margin on each side —
 * and hands React Flow the nodes in it, plus what must never go missing:
 * selected nodes (a drag moves every selected node React Flow knows; zoom to
 * selection fits them) and both ends of every line that crosses the window.
 * The window moves only when the view leaves it, so a pan re-hands React Flow
 * its nodes once per stretch of margin, not on every frame.
 *
 * Whatever needs the whole board (fit to window, the overview map, export)
 * reads the full model, never React Flow's node list.
 */
import { useStoreApi, type Edge, type Node, type ReactFlowState, type Rect } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';

/** The window reaches this share of the view's width and height beyond each side of it. */
export const WINDOW_MARGIN = 0.5;

/** The flow-space rectangle the view shows, or null before React Flow knows its size. */
export function viewRect({ transform: [x, y, zoom], width, height }: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): Rect | null {
  if (width <= 0 || height <= 0 || zoom <= 0) return null;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/** `view` grown by `margin` of its size on every side. */
export function grownBy(view: Rect, margin: number): Rect {
  const dx = view.width * margin;
  const dy = view.height * margin;
  return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y
    && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function overlaps(a: Rect, x: number, y: number, width: number, height: number): boolean {
  return x <= a.x + a.width && x + width >= a.x && y <= a.y + a.height && y + height >= a.y;
}

/** Whether a node meets `area` (edges touching count). */
export function inside(area: Rect, node: Node): boolean {
  return overlaps(area, node.position.x, node.position.y, node.width ?? 0, node.height ?? 0);
}

/**
 * The nodes of a board that React Flow needs for a window onto it: those in
 * the window or selected, and both ends of every line with an end in the
 * window or crossing it. Order is kept; all of them when nothing is left out.
 * Nodes are top-level (no `parentId`), so a position is a place on the board.
 *
 * The lines themselves all stay with React Flow, whose list keeps its identity
 * when an undo only moves cards: React Flow skips a line whose ends it does not
 * hold, where handing it only some lines would make it rebuild its line lookups
 * and re-run every line's selector whenever a card crossed the window's edge.
 */
export function nodesInWindow<N extends Node>(nodes: N[], edges: readonly Edge[], area: Rect): N[] {
  const held = new Set<string>();
  const byId = new Map<string, N>();
  for (const node of nodes) {
    byId.set(node.id, node);
    if (node.selected || inside(area, node)) held.add(node.id);
  }
  // Ends added for one line do not bring in the lines beyond them (which would chain along a flow).
  const kept = new Set(held);
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    if (held.has(source.id) || held.has(target.id) || crosses(area, source, target)) {
      kept.add(source.id);
      kept.add(target.id);
    }
  }
  return kept.size === nodes.length ? nodes : nodes.filter((n) => kept.has(n.id));
}

/**
 * `nodesInWindow`, remembered per board (its node list) for the window it was last picked for. An
 * undo or redo hands back a board shown before (see `FlowCache.recentModel`), usually with the view
 * where it was: its nodes in the window are then at hand, not picked again from every node.
 */
export function rememberedWindows<N extends Node>(): (nodes: N[], edges: readonly Edge[], area: Rect) => N[] {
  const picked = new WeakMap<readonly N[], { area: Rect; nodes: N[] }>();
  return (nodes, edges, area) => {
    const hit = picked.get(nodes);
    if (hit?.area === area) return hit.nodes;
    const inWindow = nodesInWindow(nodes, edges, area);
    picked.set(nodes, { area, nodes: inWindow });
    return inWindow;
  };
}

/** Whether the box spanning two nodes (which holds the line between them) meets the window. */
export function crosses(area: Rect, a: Node, b: Node): boolean {
  const x = Math.min(a.position.x, b.position.x);
  const y = Math.min(a.position.y, b.position.y);
  const right = Math.max(a.position.x + (a.width ?? 0), b.position.x + (b.width ?? 0));
  const bottom = Math.max(a.position.y + (a.height ?? 0), b.position.y + (b.height ?? 0));
  return overlaps(area, x, y, right - x, bottom - y);
}

/**
 * The current window of this canvas (inside its React Flow provider), or null
 * — hand React Flow everything — when `enabled` is false or before the view
 * has a size. Re-renders only when the view leaves the window.
 */
export function useViewWindow(enabled: boolean): Rect | null {
  const store = useStoreApi();
  const [area, setArea] = useState<Rect | null>(null);
  const current = useRef<Rect | null>(null);
  useEffect(() => {
    current.current = null;
    if (!enabled) {
      setArea(null);
      return;
    }
    const follow = (state: ReactFlowState) => {
      // A fit waits for React Flow's next node update and fits the nodes it has then: all of them.
      if (state.fitViewQueued) return;
      const view = viewRect(state);
      if (!view || (current.current && contains(current.current, view))) return;
      current.current = grownBy(view, WINDOW_MARGIN);
      setArea(current.current);
    };
    follow(store.getState());
    return store.subscribe(follow);
  }, [enabled, store]);
  return enabled ? area : null;
}
