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
import { boxSelect, dragNode, keyToDomChange, median, pan, zoomOut } from './measure.ts';
import { serveStatic } from './static.ts';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const size = Number(process.argv[2] ?? 1000);
const what = process.argv[3] ?? 'undo';
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: '../out/bench-app', emptyOutDir: true, minify: false } });
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
  else if (what === 'zoom') run = await profiled(() => zoomOut(page));
  else if (what === 'save') {
    run = await profiled(async () => {
      const download = page.waitForEvent('download');
      await page.keyboard.press('Control+s');
      await download;
      await page.waitForTimeout(200);
    });
  }
  else if (what === 'latency') {
    // As in the benchmark: drag a selection, zoom out, then undo and redo.
    const anchor = await boxSelect(page, '.react-flow__node-touchpoint', 50);
    if (anchor) await dragNode(page, anchor);
    await zoomOut(page);
    await page.waitForTimeout(300);
    const undos: number[] = [];
    const redos: number[] = [];
    for (let i = 0; i < 10; i++) {
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
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
console.log(`${what} at ${size} touchpoints: wall ${wall} ms${typeof result === 'number' ? `, measured ${result.toFixed(1)} ms (mean)` : ''}`);
console.log('\nSelf time:\n' + top(self, 25));
console.log('\nTotal time:\n' + top(total, Number(process.env.TOP ?? 45)));
