/**
 * Blocks outside React Flow: on a big board zoomed far out (below 20 %, where
 * cards, chips and systems are plain coloured blocks; see levelOfDetail.ts),
 * the blocks are drawn by a light layer of our own (BlocksLayer.tsx) instead
 * of as React Flow nodes.
 *
 * Zoomed that far out some 330 blocks are in view, and an undo that widens a
 * column moves nearly all of them. For each moved node React Flow re-runs its
 * wrapper (a dozen hooks and store selectors), which alone took 12–14 ms at
 * 1,000 touchpoints: the undo budget is 16 ms. A block is a positioned div
 * around the same node component, so a moved block costs one style change.
 *
 * React Flow keeps what a block cannot do: stage columns and lane labels, the
 * emotion curve, and every selected node (and the one being renamed), so a
 * selection is dragged, resized around and edited by React Flow as ever.
 */
import type { Edge, Node, Rect } from '@xyflow/react';
import { crosses, inside } from './viewWindow.ts';

/** The node types drawn as blocks when zoomed far out. */
const BLOCK_TYPES: ReadonlySet<string | undefined> = new Set(['touchpoint', 'friction', 'opportunity', 'system']);

export interface Split<N extends Node> {
  /** What React Flow is handed. */
  flow: N[];
  /** What the blocks layer draws. */
  blocks: N[];
}

/** Split a board's nodes into React Flow's and the blocks layer's, keeping order in each. */
export function splitOffBlocks<N extends Node>(nodes: N[], editingId: string | null): Split<N> {
  const flow: N[] = [];
  const blocks: N[] = [];
  for (const node of nodes) {
    if (BLOCK_TYPES.has(node.type) && !node.selected && node.id !== editingId) blocks.push(node);
    else flow.push(node);
  }
  return { flow, blocks };
}

/**
 * The lines the blocks layer draws: those with a block at one end or both
 * (React Flow skips a line whose ends it does not both hold) and the other end
 * on the board handed out.
 */
export function linesOfBlocks(edges: readonly Edge[], blocks: readonly Node[], flow: readonly Node[]): Edge[] {
  const blockIds = new Set(blocks.map((n) => n.id));
  if (blockIds.size === 0) return [];
  const flowIds = new Set(flow.map((n) => n.id));
  const has = (id: string) => blockIds.has(id) || flowIds.has(id);
  return edges.filter((e) => (blockIds.has(e.source) || blockIds.has(e.target)) && has(e.source) && has(e.target));
}

/** The nodes that overlap `view` (all of them before the view has a size). */
export function nodesInView<N extends Node>(nodes: readonly N[], view: Rect | null): N[] {
  return view ? nodes.filter((n) => inside(view, n)) : [...nodes];
}

/** The lines whose span (the box between their ends, which holds them) meets `view`. */
export function linesInView(lines: readonly Edge[], ends: ReadonlyMap<string, Node>, view: Rect | null): Edge[] {
  if (!view) return [...lines];
  return lines.filter((edge) => {
    const a = ends.get(edge.source);
    const b = ends.get(edge.target);
    return a !== undefined && b !== undefined && crosses(view, a, b);
  });
}

/** Whether two lists hold the same items in the same order (so a pan that reveals nothing new re-renders nothing). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
