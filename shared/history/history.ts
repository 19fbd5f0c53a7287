/**
 * Undo/redo stacks of document snapshots. Documents are immutable and
 * commands share every untouched branch, so a snapshot costs only the
 * objects a command replaced. Each entry also keeps the selection before and
 * after, so undo puts the user back where they were.
 */
export interface HistoryEntry<D, S> {
  label: string;
  before: D;
  after: D;
  selectionBefore: S;
  selectionAfter: S;
  /** Entries with the same non-null key recorded close together merge into one step. */
  coalesceKey: string | null;
  /** Time of the latest change merged into this entry (ms). */
  at: number;
}

export interface History<D, S> {
  past: HistoryEntry<D, S>[];
  future: HistoryEntry<D, S>[];
  limit: number;
  /** When set, the next entry never merges into the previous one (a "seal"). */
  sealed: boolean;
}

/** How long after the last keystroke a field edit still joins the same step. */
export const COALESCE_WINDOW_MS = 1500;
export const DEFAULT_HISTORY_LIMIT = 200;

export function createHistory<D, S>(limit = DEFAULT_HISTORY_LIMIT): History<D, S> {
  return { past: [], future: [], limit, sealed: false };
}

/** Record a change. Clears the redo stack; drops the oldest step past the limit. */
export function record<D, S>(history: History<D, S>, entry: HistoryEntry<D, S>): History<D, S> {
  const last = history.past[history.past.length - 1];
  const merge = !history.sealed && last !== undefined && entry.coalesceKey !== null &&
    last.coalesceKey === entry.coalesceKey && entry.at - last.at <= COALESCE_WINDOW_MS;
  const past = merge
    ? [...history.past.slice(0, -1), { ...last, after: entry.after, selectionAfter: entry.selectionAfter, at: entry.at }]
    : [...history.past, entry];
  if (past.length > history.limit) past.splice(0, past.length - history.limit);
  return { ...history, past, future: [], sealed: false };
}

/**
 * Fold a change into the last step instead of making a new one — naming an
 * element that was just added belongs to the "Add" step.
 */
export function amend<D, S>(history: History<D, S>, after: D, selectionAfter: S, at: number): History<D, S> {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return { ...history, past: [...history.past.slice(0, -1), { ...last, after, selectionAfter, at }], future: [] };
}

/** Stop the next change from merging into the last step (e.g. a field lost focus). */
export function seal<D, S>(history: History<D, S>): History<D, S> {
  return history.sealed ? history : { ...history, sealed: true };
}

export function undo<D, S>(history: History<D, S>): { history: History<D, S>; entry: HistoryEntry<D, S> } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return { entry, history: { ...history, past: history.past.slice(0, -1), future: [...history.future, entry], sealed: true } };
}

export function redo<D, S>(history: History<D, S>): { history: History<D, S>; entry: HistoryEntry<D, S> } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return { entry, history: { ...history, past: [...history.past, entry], future: history.future.slice(0, -1), sealed: true } };
}
