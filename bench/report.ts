/** The benchmark table: median (min–max) per size, Touchline beside bare React Flow, and their ratio. */
import type { Sample } from './apps.ts';
import { median } from './measure.ts';
import type { PngSample } from './png.ts';
import type { SaveSample } from './save.ts';

type Results = Record<number, { touchline: Sample[]; bare: Sample[]; save: SaveSample[]; png: PngSample[] }>;

const fmt = (values: number[], digits = 0) => {
  const clean = values.filter((v) => Number.isFinite(v));
  if (clean.length === 0) return '–';
  const m = median(clean).toFixed(digits);
  return clean.length === 1 ? m : `${m} (${Math.min(...clean).toFixed(digits)}–${Math.max(...clean).toFixed(digits)})`;
};

export function summarise(results: Results) {
  return Object.entries(results).map(([size, r]) => {
    const t = r.touchline;
    const b = r.bare;
    const ratio = (pick: (s: Sample) => number) => median(t.map(pick)) / median(b.map(pick));
    // Undo latency beside the bare page's own "undo", which moves every node (a time: lower is better).
    const latency = (name: string, pick: (s: Sample) => number | undefined): [string, string, string, string] => {
      const tl = t.map((s) => pick(s) ?? NaN);
      const bare = b.map((s) => pick(s) ?? NaN);
      const both = bare.some(Number.isFinite) && tl.some(Number.isFinite);
      return [name, fmt(tl, 1), fmt(bare, 1), both ? (median(tl.filter(Number.isFinite)) / median(bare.filter(Number.isFinite))).toFixed(2) : ''];
    };
    return {
      size: Number(size),
      rows: [
        ['open to interactive (ms)', fmt(t.map((s) => s.openMs ?? NaN)), '', ''],
        ['pan fps', fmt(t.map((s) => s.pan.fps)), fmt(b.map((s) => s.pan.fps)), ratio((s) => s.pan.fps).toFixed(2)],
        ['pan p95 frame (ms)', fmt(t.map((s) => s.pan.p95), 1), fmt(b.map((s) => s.pan.p95), 1), ''],
        ['pan main-thread busy / frame (ms)', fmt(t.map((s) => s.pan.busyPerFrame), 1), fmt(b.map((s) => s.pan.busyPerFrame), 1), ''],
        ['zoom-out fps', fmt(t.map((s) => s.zoomOut.fps)), fmt(b.map((s) => s.zoomOut.fps)), ratio((s) => s.zoomOut.fps).toFixed(2)],
        ['zoom-out p95 frame (ms)', fmt(t.map((s) => s.zoomOut.p95), 1), fmt(b.map((s) => s.zoomOut.p95), 1), ''],
        ['drag one fps', fmt(t.map((s) => s.dragOne.fps)), fmt(b.map((s) => s.dragOne.fps)), ratio((s) => s.dragOne.fps).toFixed(2)],
        ['drag one p95 frame (ms)', fmt(t.map((s) => s.dragOne.p95), 1), fmt(b.map((s) => s.dragOne.p95), 1), ''],
        [`drag ${median(t.map((s) => s.selected))} selected fps`, fmt(t.map((s) => s.dragFifty.fps)), fmt(b.map((s) => s.dragFifty.fps)), ratio((s) => s.dragFifty.fps).toFixed(2)],
        ['drag selected p95 frame (ms)', fmt(t.map((s) => s.dragFifty.p95), 1), fmt(b.map((s) => s.dragFifty.p95), 1), ''],
        latency('undo after drag (ms; bare: move every node)', (s) => s.undoMs),
        latency('redo (ms)', (s) => s.redoMs),
        latency('undo, the same drag again: median of 4 more pairs (ms)', (s) => s.undoAgainMs),
        latency('redo, again (ms)', (s) => s.redoAgainMs),
        latency('undo after drag, zoomed far out (ms)', (s) => s.undoZoomedOutMs),
        latency('redo, zoomed far out (ms)', (s) => s.redoZoomedOutMs),
        ['save: serialise (ms)', fmt(r.save.map((s) => s.serialiseMs), 1), '', ''],
        ['save, first time: check all + serialise + atomic write (ms)', fmt(r.save.map((s) => s.totalMs), 1), '', ''],
        ['save after a 42-card drag in an opened file (ms)', fmt(r.save.map((s) => s.afterEditMs), 1), '', ''],
        ['longest main-thread task during save (ms)', fmt(t.map((s) => s.saveLongestTaskMs ?? NaN)), '', ''],
        ['JS heap after open (MB)', fmt(t.map((s) => s.heapMb ?? NaN), 1), '', ''],
        ...(r.png.length ? [
          ['PNG: render the export view (ms)', fmt(r.png.map((p) => p.mountMs)), '', ''],
          ['PNG: longest main-thread task while rendering it (ms)', fmt(r.png.map((p) => p.mountLongestTaskMs)), '', ''],
          [`PNG ${r.png[0]!.width}×${r.png[0]!.height}: capture, fast path (CDP) (ms)`, fmt(r.png.map((p) => p.fastMs)), '', ''],
          ['PNG: longest main-thread task during the fast-path capture (ms)', fmt(r.png.map((p) => p.fastLongestTaskMs)), '', ''],
          ['PNG: fast path total, render + capture (ms)', fmt(r.png.map((p) => p.mountMs + p.fastMs)), '', ''],
          ['PNG: capture, html-to-image (ms)', fmt(r.png.map((p) => p.htmlToImageMs)), '', ''],
          ['PNG: longest main-thread task during html-to-image (ms)', fmt(r.png.map((p) => p.htmlToImageLongestTaskMs)), '', ''],
          ['PNG: html-to-image ÷ fast path (capture)', (median(r.png.map((p) => p.htmlToImageMs).filter(Number.isFinite)) / median(r.png.map((p) => p.fastMs))).toFixed(1), '', ''],
        ] : []),
      ] as [string, string, string, string][],
    };
  });
}

export function printTable(results: Results): void {
  for (const { size, rows } of summarise(results)) {
    console.log(`\n${size} touchpoints — median (min–max)`);
    console.log(`| measure | Touchline | bare React Flow | Touchline ÷ bare |`);
    console.log(`| --- | --- | --- | --- |`);
    for (const [name, tl, bare, ratio] of rows) console.log(`| ${name} | ${tl} | ${bare} | ${ratio} |`);
  }
}
