import { describe, expect, it } from 'vitest';
import {
  COALESCE_WINDOW_MS, createHistory, DEFAULT_HISTORY_LIMIT, record, redo, seal, undo, type History, type HistoryEntry,
} from '../../../shared/history/history.ts';

type H = History<number, string>;
const entry = (before: number, after: number, at = before * 10_000, coalesceKey: string | null = null): HistoryEntry<number, string> =>
  ({ label: `step ${after}`, before, after, selectionBefore: `s${before}`, selectionAfter: `s${after}`, coalesceKey, at });

/** Record the steps 0→1→…→n, far apart in time. */
function recorded(n: number, limit?: number): H {
  let h: H = createHistory(limit);
  for (let i = 0; i < n; i++) h = record(h, entry(i, i + 1));
  return h;
}

describe('history', () => {
  it('starts empty with the default limit', () => {
    expect(createHistory()).toEqual({ past: [], future: [], limit: DEFAULT_HISTORY_LIMIT, sealed: false });
    expect(undo(createHistory())).toBeNull();
    expect(redo(createHistory())).toBeNull();
  });

  it('undoes and redoes in order, restoring documents and selections', () => {
    let h = recorded(3);
    const u1 = undo(h)!;
    expect(u1.entry).toMatchObject({ before: 2, after: 3, selectionBefore: 's2' });
    const u2 = undo(u1.history)!;
    expect(u2.entry.before).toBe(1);
    h = u2.history;
    expect(h.past).toHaveLength(1);
    expect(h.future).toHaveLength(2);
    const r1 = redo(h)!;
    expect(r1.entry).toMatchObject({ after: 2, selectionAfter: 's2' });
    const r2 = redo(r1.history)!;
    expect(r2.entry.after).toBe(3);
    expect(redo(r2.history)).toBeNull();
    expect(r2.history.past.map((e) => e.after)).toEqual([1, 2, 3]);
  });

  it('a new record clears the redo stack', () => {
    const undone = undo(undo(recorded(3))!.history)!.history;
    expect(undone.future).toHaveLength(2);
    const h = record(undone, entry(1, 9));
    expect(h.future).toEqual([]);
    expect(redo(h)).toBeNull();
    expect(h.past.map((e) => e.after)).toEqual([1, 9]);
  });

  it('drops the oldest steps past the limit', () => {
    const h = recorded(5, 3);
    expect(h.past.map((e) => e.after)).toEqual([3, 4, 5]);
    let state = h;
    let doc = 5;
    for (let u = undo(state); u; u = undo(state)) { state = u.history; doc = u.entry.before; }
    expect(doc).toBe(2);
  });

  it('does not change the history it is given', () => {
    const h = recorded(2);
    const snapshot = structuredClone(h);
    record(h, entry(2, 3));
    undo(h);
    redo(undo(h)!.history);
    expect(h).toEqual(snapshot);
  });
});

describe('coalescing', () => {
  const typing = (h: H, after: number, at: number, key: string | null = 'stage:stg_0:name') => record(h, entry(after - 1, after, at, key));

  it('merges steps with the same key within the window into one step', () => {
    let h: H = createHistory();
    h = typing(h, 1, 1000);
    h = typing(h, 2, 1000 + COALESCE_WINDOW_MS);
    h = typing(h, 3, 1000 + 2 * COALESCE_WINDOW_MS);
    expect(h.past).toHaveLength(1);
    expect(h.past[0]).toMatchObject({ before: 0, after: 3, selectionBefore: 's0', selectionAfter: 's3', at: 1000 + 2 * COALESCE_WINDOW_MS });
    expect(undo(h)!.entry.before).toBe(0);
  });

  it('does not merge after the window, across keys, with a null key, or after a seal', () => {
    const first = typing(createHistory(), 1, 1000);
    expect(typing(first, 2, 1001 + COALESCE_WINDOW_MS).past).toHaveLength(2);
    expect(typing(first, 2, 1100, 'stage:stg_0:goal').past).toHaveLength(2);
    expect(typing(typing(createHistory(), 1, 1000, null), 2, 1100, null).past).toHaveLength(2);
    const sealed = seal(first);
    expect(sealed.sealed).toBe(true);
    const after = typing(sealed, 2, 1100);
    expect(after.past).toHaveLength(2);
    expect(after.sealed).toBe(false);
    // The seal is used up: the next keystroke merges again.
    expect(typing(after, 3, 1200).past).toHaveLength(2);
  });

  it('does not merge into a step that was undone and redone', () => {
    const h = typing(createHistory(), 1, 1000);
    const back = redo(undo(h)!.history)!.history;
    expect(typing(back, 2, 1100).past).toHaveLength(2);
  });

  it('seal is idempotent', () => {
    const sealed = seal(createHistory<number, string>());
    expect(seal(sealed)).toBe(sealed);
  });
});
