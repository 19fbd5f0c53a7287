/**
 * Where does the time go? A CPU profile of one interaction on a generated
 * journey, in Chromium on an unminified production build, summarised as the
 * functions with the most self time and the most total time.
 *
 *   npx tsx bench/profile.ts 2000 undo      (or: open, pan, zoom, save, png)
 *   npx tsx bench/profile.ts 1000 latency   undo/redo latency, 10 pairs, no profiler
 * Undo is profiled zoomed far out; AT_DRAG_ZOOM=1 profiles it at the zoom of the drag.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serializeProject } from '../shared/file/save.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { generateProject } from './generate.ts';
import { boxSelect, dragNode, framesDuring, keyToDomChange, median, pan, zoomOut } from './measure.ts';
import { serveStatic } from './static.ts';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const size = Number(process.argv[2] ?? 1000);
const what = process.argv[3] ?? 'undo';
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: '../out/bench-app', emptyOutDir: true, minify: process.env.MINIFY === '1' } });
const file = join(mkdtempSync(join(tmpdir(), 'touchline-profile-')), `profile-${size}.touchline`);
writeFileSync(file, serializeProject(generateProject(size)));
const port = 4900 + Math.floor(Math.random() * 90);
const server = await serveStatic(port);
const browser = await chromium.launch({ executablePath: (await findChromium())!, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript({ path: fileURLToPath(new URL('./inpage.js', import.meta.url)) });
await page.addInitScript(() => { const w = window as unknown as Record<string, unknown>; delete w.showOpenFilePicker; delete w.showSaveFilePicker; });
const cdp = await page.context().newCDPSession(page);
await page.goto(`http://127.0.0.1:${port}/app/index.html`);
await page.getByRole('button', { name: 'Close inspector' }).click();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 250 });

async function profiled(action: () => Promise<unknown>) {
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  const result = await action();
  const wall = Date.now() - t0;
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
  return { profile, wall, result };
}

async function open() {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-touchpoint').length > 0);
  await page.evaluate(() => window.__bench.nextFrames(2));
}

let run;
if (what === 'open') run = await profiled(open);
else if (what === 'png') {
  // Drawing the export view of the whole journey (the step before the capture).
  await page.goto('about:blank');
  await page.goto(`http://127.0.0.1:${port}/app/index.html#cli-export`);
  await page.waitForFunction(() => typeof window.touchlineCliExport === 'function');
  const text = serializeProject(generateProject(size));
  run = await profiled(() => page.evaluate((t) => window.touchlineCliExport!({ projectText: t }), text));
}
else {
  await open();
  await page.waitForTimeout(400);
  if (what === 'pan') run = await profiled(() => pan(page));
  else if (what === 'zoom') run = await profiled(() => zoomOut(page, Number(process.env.STEPS ?? 24)));
  else if (what === 'save') {
    run = await profiled(async () => {
      const download = page.waitForEvent('download');
      await page.keyboard.press('Control+s');
      await download;
      await page.waitForTimeout(200);
    });
  }
  else if (what === 'timeline') {
    // One undo at the zoom of the drag, sampled every 50 µs, printed below as phases in time order.
    const anchor = await boxSelect(page, '.react-flow__node-touchpoint', 50);
    if (anchor) await dragNode(page, anchor);
    await page.waitForTimeout(300);
    if (process.env.ZOOMED_OUT === '1') { await zoomOut(page); await page.waitForTimeout(300); }
    for (let i = 0; i < 3; i++) { await keyToDomChange(page, 'z', { ctrlKey: true }); await page.waitForTimeout(80); await keyToDomChange(page, 'z', { ctrlKey: true, shiftKey: true }); await page.waitForTimeout(80); }
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    run = await profiled(() => keyToDomChange(page, 'z', { ctrlKey: true }));
  }
  else if (what === 'trace') {
    // A zoom-out (or ACTION=pan, ACTION=png: drawing the export view) traced: main-thread time by trace event (style, layout, paint…).
    await page.waitForTimeout(300);
    const pngText = serializeProject(generateProject(size));
    if (process.env.ACTION === 'png') {
      await page.goto('about:blank');
      await page.goto(`http://127.0.0.1:${port}/app/index.html#cli-export`);
      await page.waitForFunction(() => typeof window.touchlineCliExport === 'function');
    }
    const events: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' } as never);
    if (process.env.ACTION === 'pan') await pan(page);
    else if (process.env.ACTION === 'png') await page.evaluate((t) => window.touchlineCliExport!({ projectText: t }), pngText);
    else await zoomOut(page, Number(process.env.STEPS ?? 24));
    await cdp.send('Tracing.end');
    await done;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const byName = new Map<string, number>();
    for (const e of events) if (main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    console.log([...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
    await browser.close();
    server.close();
    process.exit(0);
  }
  else if (what === 'alloc') {
    // Who allocates during undo/redo (sampling heap profiler, 10 pairs at the zoom of the drag).
    const anchor = await boxSelect(page, '.react-flow__node-touchpoint', 50);
    if (anchor) await dragNode(page, anchor);
    await page.waitForTimeout(300);
    if (process.env.ZOOMED_OUT === '1') { await zoomOut(page); await page.waitForTimeout(300); }
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
    for (let i = 0; i < 10; i++) {
      await keyToDomChange(page, 'z', { ctrlKey: true });
      await page.waitForTimeout(50);
      await keyToDomChange(page, 'z', { ctrlKey: true, shiftKey: true });
      await page.waitForTimeout(50);
    }
    const { profile: heap } = await cdp.send('HeapProfiler.stopSampling') as unknown as { profile: { head: HeapNode } };
    interface HeapNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: HeapNode[] }
    const selfBy = new Map<string, number>();
    const totalBy = new Map<string, number>();
    const walk = (n: HeapNode, stack: string[]): number => {
      const key = `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
      selfBy.set(key, (selfBy.get(key) ?? 0) + n.selfSize);
      let total = n.selfSize;
      for (const c of n.children) total += walk(c, [...stack, key]);
      if (!stack.includes(key)) totalBy.set(key, (totalBy.get(key) ?? 0) + total);
      return total;
    };
    walk(heap.head, []);
    const mb = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1024 / 20).toFixed(0).padStart(7)} KB/op  ${k}`).join('\n');
    console.log('Allocated, self:\n' + mb(selfBy) + '\n\nAllocated, total:\n' + mb(totalBy));
    await browser.close();
    server.close();
    process.exit(0);
  }
  else if (what === 'zoomfps') {
    // Zoom-outs from the opening view, no profiler: fps and p95 of each.
    await cdp.send('Performance.enable');
    for (let i = 0; i < Number(process.env.REPEATS ?? 5); i++) {
      if (i > 0) await open();
      await page.waitForTimeout(500);
      await page.evaluate(`(() => { window.__zf = []; window.__zrec = true; let last = performance.now();
        const vp = document.querySelector('.react-flow__viewport');
        const tick = (t) => { window.__zf.push([t - last, vp.style.transform.match(/scale\\(([\\d.]+)\\)/)?.[1], document.querySelectorAll('.react-flow__node').length]); last = t; if (window.__zrec) requestAnimationFrame(tick); };
        requestAnimationFrame(tick); })()`);
      const f = await framesDuring(page, cdp, () => zoomOut(page));
      const frames = await page.evaluate('(window.__zrec = false, window.__zf.slice(1))') as [number, string, number][];
      const slow = frames.filter(([ms]) => ms > 20).map(([ms, z, n]) => `${ms.toFixed(0)}ms@${Number(z).toFixed(2)}/${n}`).join(' ');
      console.log(`zoom-out ${i + 1}: ${f.fps.toFixed(1)} fps, p95 ${f.p95.toFixed(1)} ms; slow frames (ms@zoom/nodes): ${slow}`);
    }
    await browser.close();
    server.close();
    process.exit(0);
  }
  else if (what === 'latency') {
    // As in the benchmark: drag a selection, zoom out, then undo and redo.
    const anchor = await boxSelect(page, '.react-flow__node-touchpoint', 50);
    if (anchor) await dragNode(page, anchor);
    if (process.env.AT_DRAG_ZOOM !== '1') await zoomOut(page);
    await page.waitForTimeout(300);
    const undos: number[] = [];
    const redos: number[] = [];
    for (let i = 0; i < Number(process.env.PAIRS ?? 10); i++) {
      undos.push(await keyToDomChange(page, 'z', { ctrlKey: true }));
      await page.waitForTimeout(100);
      redos.push(await keyToDomChange(page, 'z', { ctrlKey: true, shiftKey: true }));
      await page.waitForTimeout(100);
    }
    console.log(`${size} touchpoints: undo median ${median(undos).toFixed(1)} ms [${undos.map((x) => x.toFixed(0)).join(' ')}], redo median ${median(redos).toFixed(1)} ms [${redos.map((x) => x.toFixed(0)).join(' ')}]`);
    await browser.close();
    server.close();
    process.exit(0);
  }
  else {
    const anchor = await boxSelect(page, '.react-flow__node-touchpoint', 50);
    if (anchor) await dragNode(page, anchor);
    await page.waitForTimeout(300);
    if (process.env.AT_DRAG_ZOOM !== '1') await zoomOut(page);
    await page.waitForTimeout(300);
    // Ten undo/redo pairs in one profile, for enough samples at a light sampling rate.
    run = await profiled(async () => {
      let sum = 0;
      for (let i = 0; i < 10; i++) {
        sum += await keyToDomChange(page, 'z', { ctrlKey: true });
        await page.waitForTimeout(50);
        sum += await keyToDomChange(page, 'z', { ctrlKey: true, shiftKey: true });
        await page.waitForTimeout(50);
      }
      return sum / 20;
    });
  }
}
await browser.close();
server.close();

const { profile, wall, result } = run;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
const total = new Map<string, number>();
const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  const leaf = name(byId.get(id)!);
  self.set(leaf, (self.get(leaf) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(byId.get(cur)!);
    if (!seen.has(key)) { seen.add(key); total.set(key, (total.get(key) ?? 0) + dt); }
  }
});
if (what === 'timeline') {
  // Phases in time order: each sample is named by the outermost frame that is one of these.
  const phases = (process.env.PHASES ?? 'undo,redo,JourneyCanvas,buildFlowModel,reuseUnchanged,reuseUnchangedEdges,setNodes,setEdges,adoptUserNodes,NodeWrapper,EdgeWrapper,TouchpointNodeView,TouchpointCard,StageNodeView,commitRoot,flushPassiveEffects,renderRootSync,(garbage collector),(program),(idle)').split(',');
  const segments: [string, number][] = [];
  profile.samples.forEach((id, i) => {
    const chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.unshift(byId.get(cur)!.callFrame.functionName || '(anonymous)');
    // Also the innermost component (a capitalised function) when rendering, to see whose render it is.
    const component = chain.includes('renderRootSync') ? [...chain].reverse().find((f) => /^[A-Z][A-Za-z]+\$?\d*$/.test(f) && !phases.includes(f)) : undefined;
    const label = (chain.filter((f) => phases.includes(f)).join(' > ') || chain.slice(-1)[0]!) + (component ? ` [${component}]` : '');
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const last = segments[segments.length - 1];
    if (last && last[0] === label) last[1] += dt; else segments.push([label, dt]);
  });
  for (const [label, ms] of segments) if (ms >= 0.2) console.log(`${ms.toFixed(2).padStart(7)} ms  ${label}`);
}
if (process.env.BY_COMPONENT === '1') {
  // Render and commit time by the innermost component on the stack (React's own work in its name's absence).
  const byComponent = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.unshift(byId.get(cur)!.callFrame.functionName || '(anonymous)');
    const phase = chain.includes('commitRoot') ? 'commit' : chain.includes('renderRootSync') ? 'render' : chain.includes('(garbage collector)') ? 'gc' : null;
    if (!phase) return;
    const where = process.env.BY_COMPONENT_WHERE?.split(',') ?? [];
    const component = (process.env.WHERE_FIRST === '1' ? [...chain].reverse().find((f) => where.includes(f)) : undefined)
      ?? [...chain].reverse().find((f) => /^[A-Z][A-Za-z]+\$?\d*$/.test(f))
      ?? (process.env.BY_COMPONENT_WHERE ? chain.filter((f) => process.env.BY_COMPONENT_WHERE!.split(',').includes(f)).join('>') || chain[chain.length - 1] : '-');
    const key = `${phase} ${component}`;
    byComponent.set(key, (byComponent.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('\nBy component:\n' + [...byComponent].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
console.log(`${what} at ${size} touchpoints: wall ${wall} ms${typeof result === 'number' ? `, measured ${result.toFixed(1)} ms (mean)` : ''}`);
console.log('\nSelf time:\n' + top(self, 25));
console.log('\nTotal time:\n' + top(total, Number(process.env.TOP ?? 45)));
