/**
 * Measurements bench/profile.ts takes without the CPU profiler: a trace of
 * the main thread by event (style, layout, paint…), who allocates during
 * undo, frame times of repeated gestures, and undo/redo latency.
 */
import type { CDPSession, Page } from 'playwright-core';
import { boxSelect, dragNode, framesDuring, keyToDomChange, median, zoomOut } from './measure.ts';

const CARDS = '.react-flow__node-touchpoint';

/** Drag the ~50 cards nearest the top-left, as the benchmark does. */
export async function dragFifty(page: Page): Promise<void> {
  await (await selectFifty(page))();
}

/** Box-select about fifty cards; returns the drag of the selection (the part the benchmark times). */
export async function selectFifty(page: Page): Promise<() => Promise<void>> {
  const anchor = await boxSelect(page, CARDS, 50);
  return async () => { if (anchor) await dragNode(page, anchor); };
}

/** Drag a selection, then (unless `atDragZoom`) zoom out: where the benchmark measures undo. */
export async function dragThenZoom(page: Page, atDragZoom: boolean): Promise<void> {
  await dragFifty(page);
  await page.waitForTimeout(300);
  if (!atDragZoom) await zoomOut(page);
  await page.waitForTimeout(300);
}

/** Undo/redo pairs; the mean latency. */
export async function undoRedo(page: Page, pairs: number, pause = 50): Promise<{ undos: number[]; redos: number[] }> {
  const undos: number[] = [];
  const redos: number[] = [];
  for (let i = 0; i < pairs; i++) {
    undos.push(await keyToDomChange(page, 'z', { ctrlKey: true }));
    await page.waitForTimeout(pause);
    redos.push(await keyToDomChange(page, 'z', { ctrlKey: true, shiftKey: true }));
    await page.waitForTimeout(pause);
  }
  return { undos, redos };
}

export function latencyLine(size: number, { undos, redos }: { undos: number[]; redos: number[] }): string {
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  return `${size} touchpoints: undo median ${median(undos).toFixed(1)} ms [${list(undos)}], redo median ${median(redos).toFixed(1)} ms [${list(redos)}]`;
}

interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }

/** Main-thread time by trace event name while `action` runs. */
export async function traceMainThread(cdp: CDPSession, action: () => Promise<unknown>): Promise<string> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.gc', transferMode: 'ReportEvents' } as never);
  await action();
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map<string, number>();
  for (const e of events) if (main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
}

interface HeapNode { callFrame: { functionName: string; lineNumber: number }; selfSize: number; children: HeapNode[] }

/** Bytes allocated per operation by function (sampling heap profiler) while `ops` operations run. */
export async function allocations(cdp: CDPSession, ops: number, action: () => Promise<unknown>): Promise<string> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  await action();
  const { profile } = await cdp.send('HeapProfiler.stopSampling') as unknown as { profile: { head: HeapNode } };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (n: HeapNode, stack: string[]): number => {
    const key = `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + n.selfSize);
    let sum = n.selfSize;
    for (const c of n.children) sum += walk(c, [...stack, key]);
    if (!stack.includes(key)) total.set(key, (total.get(key) ?? 0) + sum);
    return sum;
  };
  walk(profile.head, []);
  const kb = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1024 / ops).toFixed(0).padStart(7)} KB/op  ${k}`).join('\n');
  return `Allocated, self:\n${kb(self)}\n\nAllocated, total:\n${kb(total)}`;
}

/** One gesture's fps and p95, and its slow frames with the zoom and node count at each. */
export async function gestureFrames(page: Page, cdp: CDPSession, gesture: () => Promise<void>): Promise<string> {
  await page.evaluate(`(() => { window.__zf = []; window.__zrec = true; let last = performance.now();
    const vp = document.querySelector('.react-flow__viewport');
    const tick = (t) => { window.__zf.push([t - last, vp.style.transform.match(/scale\\(([\\d.]+)\\)/)?.[1], document.querySelectorAll('.react-flow__node').length]); last = t; if (window.__zrec) requestAnimationFrame(tick); };
    requestAnimationFrame(tick); })()`);
  const f = await framesDuring(page, cdp, gesture);
  const frames = await page.evaluate('(window.__zrec = false, window.__zf.slice(1))') as [number, string, number][];
  const slow = frames.filter(([t]) => t > 20).map(([t, z, n]) => `${t.toFixed(0)}ms@${Number(z).toFixed(2)}/${n}`).join(' ');
  return `${f.fps.toFixed(1)} fps, p95 ${f.p95.toFixed(1)} ms; slow frames (ms@zoom/nodes): ${slow || 'none'}`;
}
