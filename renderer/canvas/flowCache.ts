/** The canvas's memory of its last flow model (flowModel.ts), and the comparisons it makes. */
import type { Edge } from '@xyflow/react';
import type { CurvePoint } from './emotionCurve.ts';
import type { CurveFlowNode, FlowModel, JourneyFlowNode } from './flowModel.ts';

/** How many recently shown models the canvas keeps: an undo or redo goes back to one of them. */
export const RECENT_MODELS = 8;

/**
 * The node or edge last made for each document object (a touchpoint, a
 * connection…). When the object and everything else the node shows (its
 * place, selection, a title it quotes) are the same, the old node is reused
 * instead of rebuilt: an undo on a 1,000-card map then allocates only what
 * moved, and React Flow sees the same object for everything else.
 */
export class FlowCache {
  private readonly made = new WeakMap<object, { value: unknown; deps: readonly unknown[] }>();
  private readonly madeOf3 = new WeakMap<object, Made3>();
  private segments = new Map<string, CurveFlowNode>();
  private lastEdges: readonly Edge[] = [];
  private recent: { inputs: readonly unknown[]; model: FlowModel }[] = [];

  /**
   * The node or edge made last time for `source` if `deps` are the same, else `make()`'s, remembered.
   * `make` is shown the one it replaces, so a node that only moved can keep its `data`.
   */
  reuse<T>(source: object, deps: readonly unknown[], make: (last: T | undefined) => T): T {
    const hit = this.made.get(source);
    if (hit && sameDeps(hit.deps, deps)) return hit.value as T;
    const value = make(hit?.value as T | undefined);
    if (hit) { hit.value = value; hit.deps = deps; } else this.made.set(source, { value, deps });
    return value;
  }

  /**
   * `reuse` for the thousands of cards, chips and flows of a big board, whose nodes depend on three
   * inputs: no array of inputs and no closure to allocate per node on every rebuild (an undo on a
   * 5,000-card board made some 20,000 of them for the garbage collector). `make` is a function of
   * its arguments only.
   */
  reuse3<S extends object, A, B, C, T>(source: S, a: A, b: B, c: C, make: (source: S, a: A, b: B, c: C, last: T | undefined) => T): T {
    const hit = this.madeOf3.get(source);
    if (hit && hit.a === a && hit.b === b && hit.c === c) return hit.value as T;
    const value = make(source, a, b, c, hit?.value as T | undefined);
    if (hit) { hit.value = value; hit.a = a; hit.b = b; hit.c = c; } else this.madeOf3.set(source, { value, a, b, c });
    return value;
  }

  /**
   * The model last built from these very inputs (the journey and selection objects, the persona…), if
   * it is among the last few built. Documents are immutable and history keeps whole snapshots, so an
   * undo hands back the journey and selection that were on screen before the change: their model
   * was built then, and rebuilding it (layout, friction stacking, curve, a node per card) is work
   * that grows with the journey.
   */
  recentModel(inputs: readonly unknown[]): FlowModel | undefined {
    const i = this.recent.findIndex((r) => sameDeps(r.inputs, inputs));
    if (i < 0) return undefined;
    const [hit] = this.recent.splice(i, 1);
    this.recent.push(hit!);
    return hit!.model;
  }

  /** Remember a model built from `inputs`; the least recently used beyond RECENT_MODELS is forgotten. */
  rememberModel(inputs: readonly unknown[], model: FlowModel): void {
    this.recent.push({ inputs, model });
    if (this.recent.length > RECENT_MODELS) this.recent.shift();
  }

  /**
   * Curve segments are derived, not document objects: the last segment with this id when it is the
   * same, point for point. One that only moved (a column before it widened) keeps its old `data`, so
   * its drawing is not redone.
   */
  segment(next: CurveFlowNode): CurveFlowNode {
    const old = this.segments.get(next.id);
    if (!old) return next;
    if (sameNode(old, next)) return old;
    return sameData(old.data, next.data) ? { ...next, data: old.data } : next;
  }

  /** The segment with this id made last time. */
  lastSegment(id: string): CurveFlowNode | undefined {
    return this.segments.get(id);
  }

  /** Remember this build's segments (the ones no longer drawn are forgotten). */
  keepSegments(segments: readonly CurveFlowNode[]): void {
    this.segments = new Map(segments.map((n) => [n.id, n]));
  }

  /**
   * The last edge list itself when every edge is the same object in the same place, so React Flow
   * skips its connection bookkeeping (every edge) for an undo that only moved cards.
   */
  edgeList(next: Edge[]): Edge[] {
    const last = this.lastEdges;
    if (last.length === next.length && next.every((e, i) => e === last[i])) return last as Edge[];
    this.lastEdges = next;
    return next;
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Made3 { value: unknown; a: unknown; b: unknown; c: unknown }

function sameNode(a: JourneyFlowNode, b: JourneyFlowNode): boolean {
  return a.type === b.type && a.position.x === b.position.x && a.position.y === b.position.y &&
    a.width === b.width && a.height === b.height && a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel && a.zIndex === b.zIndex && a.draggable === b.draggable && sameData(a.data, b.data);
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k] || samePoints(a[k], b[k]));
}

/** A curve segment's points are rebuilt with the model; equal points keep the segment as it is. */
function samePoints(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!samePoint(a[i] as CurvePoint, b[i] as CurvePoint)) return false;
  return true;
}

// Field by field (a curve of 1,000 points is compared on every undo; `Object.keys` per point was slow);
// `qx` stands for `q.x` when q is seen from elsewhere.
export const samePoint = (p: CurvePoint, q: CurvePoint, qx = q.x) => p.touchpointId === q.touchpointId && p.x === qx &&
  p.current === q.current && p.target === q.target && p.yCurrent === q.yCurrent && p.yTarget === q.yTarget;
