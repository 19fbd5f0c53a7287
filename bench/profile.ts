/**
 * Where does the time go? One interaction on a generated journey, in
 * Chromium on a production build (unminified unless MINIFY=1, so functions
 * keep their names).
 *
 * CPU profile, summarised as self and total time per function:
 *   npx tsx bench/profile.ts 2000 undo      (or: open, pan, zoom, drag, save, png)
 *   undo: ten undo/redo pairs zoomed far out (AT_DRAG_ZOOM=1: at the zoom of the drag)
 *   BY_COMPONENT=1 adds time per React component (BY_COMPONENT_WHERE=fn1,fn2 and
 *   WHERE_FIRST=1 split it by those functions); STEPS=3 shortens the zoom.
 *   timeline: one undo sampled every 50 µs, as phases in time order (PHASES=…; FIRST=1: the first
 *             undo after the drag, as the benchmark's, instead of one after three warm-up pairs)
 * Without the profiler:
 *   latency   undo/redo latency, PAIRS pairs (AT_DRAG_ZOOM=1 as above)
 *   fps       REPEATS zoom-outs (ACTION=pan: pans; ACTION=drag: one drag of ~50 cards; ACTION=zoom-after-drag:
 *             one zoom-out after that drag and an undo/redo, as in the benchmark) with their slow frames
 *   trace     main-thread time by trace event during a zoom-out (ACTION=pan|drag|png|undo: ten undo/redo pairs;
 *             ACTION=first-undo: the first undo after the drag, at its zoom)
 *   alloc     bytes allocated per undo/redo by function
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serializeProject } from '../shared/file/save.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { byComponent, selfAndTotal, timeline, type Profile } from './cpuProfile.ts';
import { allocations, dragThenZoom, selectFifty, gestureFrames, latencyLine, traceMainThread, undoRedo } from './diagnostics.ts';
import { generateProject } from './generate.ts';
import { keyToDomChange, pan, zoomOut } from './measure.ts';
import { serveStatic } from './static.ts';

const size = Number(process.argv[2] ?? 1000);
const what = process.argv[3] ?? 'undo';
const env = process.env;
const atDragZoom = env.AT_DRAG_ZOOM === '1';
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: '../out/bench-app', emptyOutDir: true, minify: env.MINIFY === '1' } });
const projectText = serializeProject(generateProject(size));
const file = join(mkdtempSync(join(tmpdir(), 'touchline-profile-')), `profile-${size}.touchline`);
writeFileSync(file, projectText);
const port = 4900 + Math.floor(Math.random() * 90);
const server = await serveStatic(port);
const browser = await chromium.launch({ executablePath: (await findChromium())!, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript({ path: fileURLToPath(new URL('./inpage.js', import.meta.url)) });
await page.addInitScript(() => { const w = window as unknown as Record<string, unknown>; delete w.showOpenFilePicker; delete w.showSaveFilePicker; });
const cdp = await page.context().newCDPSession(page);
const appUrl = `http://127.0.0.1:${port}/app/index.html`;
await page.goto(appUrl);
await page.getByRole('button', { name: 'Close inspector' }).click();

async function open() {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-touchpoint').length > 0);
  await page.evaluate(() => window.__bench.nextFrames(2));
}

/** The export view in its own page (the CLI entry), ready to draw the journey. */
async function exportPage() {
  await page.goto('about:blank');
  await page.goto(`${appUrl}#cli-export`);
  await page.waitForFunction(() => typeof window.touchlineCliExport === 'function');
  return () => page.evaluate((t) => window.touchlineCliExport!({ projectText: t }), projectText);
}

async function profiled(action: () => Promise<unknown>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: what === 'timeline' ? 50 : 250 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  const result = await action();
  const wall = Date.now() - t0;
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
  return { profile, wall, result };
}

/** The CPU-profiled interactions; each returns the profile of the part that matters. */
const PROFILED: Record<string, () => Promise<Awaited<ReturnType<typeof profiled>>>> = {
  open: () => profiled(open),
  png: async () => profiled(await exportPage()),
  pan: async () => { await opened(); return profiled(() => pan(page)); },
  zoom: async () => { await opened(); return profiled(() => zoomOut(page, Number(env.STEPS ?? 24))); },
  drag: async () => { await opened(); return profiled(await selectFifty(page)); },
  save: async () => {
    await opened();
    return profiled(async () => {
      const download = page.waitForEvent('download');
      await page.keyboard.press('Control+s');
      await download;
      await page.waitForTimeout(200);
    });
  },
  undo: async () => {
    await opened();
    await dragThenZoom(page, atDragZoom);
    // Ten pairs in one profile, for enough samples at a light sampling rate.
    return profiled(async () => { const r = await undoRedo(page, 10); return [...r.undos, ...r.redos].reduce((a, b) => a + b, 0) / 20; });
  },
  timeline: async () => {
    await opened();
    await dragThenZoom(page, env.ZOOMED_OUT !== '1');
    if (env.FIRST !== '1') await undoRedo(page, 3, 80); // warm up first (FIRST=1: the first undo after the drag)
    await page.waitForTimeout(100);
    return profiled(() => keyToDomChange(page, 'z', { ctrlKey: true }));
  },
};

/** The measurements taken without the profiler; each prints its own report. */
const DIAGNOSTICS: Record<string, () => Promise<string>> = {
  latency: async () => { await opened(); await dragThenZoom(page, atDragZoom); return latencyLine(size, await undoRedo(page, Number(env.PAIRS ?? 10), 100)); },
  fps: async () => {
    await cdp.send('Performance.enable');
    const lines: string[] = [];
    const drag = env.ACTION === 'drag';
    for (let i = 0; i < (drag || env.ACTION === 'zoom-after-drag' ? 1 : Number(env.REPEATS ?? 5)); i++) { // after a drag the document is changed: reopening would ask to save
      await opened();
      const name = drag ? 'drag' : env.ACTION === 'pan' ? 'pan' : 'zoom-out';
      // ACTION=zoom-after-drag: the zoom-out as the benchmark makes it, after dragging ~50 cards and an undo/redo.
      if (env.ACTION === 'zoom-after-drag') { await dragThenZoom(page, true); await undoRedo(page, 1, 100); }
      const gesture = drag ? await selectFifty(page) : name === 'pan' ? () => pan(page) : () => zoomOut(page);
      lines.push(`${name} ${i + 1}: ${await gestureFrames(page, cdp, gesture)}`);
    }
    return lines.join('\n');
  },
  trace: async () => {
    const action = env.ACTION;
    if (action === 'png') return traceMainThread(cdp, await exportPage());
    await opened();
    if (action === 'undo') { await dragThenZoom(page, atDragZoom); return traceMainThread(cdp, () => undoRedo(page, 10)); }
    if (action === 'first-undo') { await dragThenZoom(page, true); return traceMainThread(cdp, () => keyToDomChange(page, 'z', { ctrlKey: true })); }
    if (action === 'drag') return traceMainThread(cdp, await selectFifty(page));
    return traceMainThread(cdp, () => (action === 'pan' ? pan(page) : zoomOut(page, Number(env.STEPS ?? 24))));
  },
  alloc: async () => { await opened(); await dragThenZoom(page, env.ZOOMED_OUT !== '1'); return allocations(cdp, 20, () => undoRedo(page, 10)); },
};

async function opened() {
  await open();
  await page.waitForTimeout(400);
}

try {
  if (DIAGNOSTICS[what]) console.log(await DIAGNOSTICS[what]());
  else if (PROFILED[what]) {
    const { profile, wall, result } = await PROFILED[what]();
    console.log(`${what} at ${size} touchpoints: wall ${wall} ms${typeof result === 'number' ? `, measured ${result.toFixed(1)} ms (mean)` : ''}`);
    if (what === 'timeline') console.log(timeline(profile, (env.PHASES ?? 'undo,redo,JourneyCanvas,buildFlowModel,setNodes,setEdges,adoptUserNodes,NodeWrapper,EdgeWrapper,commitRoot,flushPassiveEffects,renderRootSync,(garbage collector),(program),(idle)').split(',')));
    if (env.BY_COMPONENT === '1') console.log(byComponent(profile, env.BY_COMPONENT_WHERE?.split(',') ?? [], env.WHERE_FIRST === '1'));
    console.log(selfAndTotal(profile, Number(env.TOP ?? 45)));
  } else throw new Error(`Unknown measure "${what}": one of ${[...Object.keys(PROFILED), ...Object.keys(DIAGNOSTICS)].join(', ')}.`);
} finally {
  await browser.close();
  server.close();
}
