/**
 * Undo/redo latency of two builds of Touchline, alternating in one browser:
 * this checkout against another one (a git worktree of an older commit).
 *
 *   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   npx tsx bench/ab.ts /tmp/before 1000      (ROUNDS=20; ZOOMED_OUT=1 after zooming far out)
 *   FIRST=1: the first undo and redo of a session, as the benchmark's, on a fresh page per round
 *   (ROUNDS=10 is some four minutes at 5,000) — its code is not yet optimised, unlike the repeated pairs'
 *
 * This machine's speed drifts by up to a third within half an hour, so runs
 * made minutes apart cannot show a change of a few milliseconds; pairs taken
 * seconds apart, in alternating order, can. Both pages open the same journey
 * and drag the same ~50 cards first; each then undoes and redoes that drag.
 * Prints each build's medians and how many of the pairs this checkout won.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serializeProject } from '../shared/file/save.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { dragThenZoom } from './diagnostics.ts';
import { generateProject } from './generate.ts';
import { keyToDomChange, median } from './measure.ts';
import { serveStatic } from './static.ts';

const [other, sizeArg] = process.argv.slice(2);
if (!other) throw new Error('Usage: npx tsx bench/ab.ts <other checkout> [touchpoints]');
const size = Number(sizeArg ?? 1000);
const rounds = Number(process.env.ROUNDS ?? 20);
const zoomedOut = process.env.ZOOMED_OUT === '1';
const first = process.env.FIRST === '1';
const builds = { before: resolve(other), after: process.cwd() } as const;
type Build = keyof typeof builds;

for (const dir of Object.values(builds)) execSync('npx vite build --logLevel error --outDir ../out/bench-app --emptyOutDir', { cwd: dir, stdio: 'inherit' });
const port = 4700 + Math.floor(Math.random() * 90);
const server = await serveStatic(port, { before: join(builds.before, 'out/bench-app'), after: join(builds.after, 'out/bench-app') });
const file = join(mkdtempSync(join(tmpdir(), 'touchline-ab-')), `ab-${size}.touchline`);
writeFileSync(file, serializeProject(generateProject(size)));
const browser = await chromium.launch({ executablePath: (await findChromium())!, args: CHROMIUM_ARGS });

// A new context is a new renderer process: nothing compiled or optimised by an earlier page.
async function opened(build: Build): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.addInitScript({ path: fileURLToPath(new URL('./inpage.js', import.meta.url)) });
  await page.addInitScript(() => { const w = window as unknown as Record<string, unknown>; delete w.showOpenFilePicker; delete w.showSaveFilePicker; });
  await page.goto(`http://127.0.0.1:${port}/${build}/index.html`);
  await page.getByRole('button', { name: 'Close inspector' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-touchpoint').length > 0);
  await page.waitForTimeout(500);
  await dragThenZoom(page, !zoomedOut);
  return page;
}

/** One undo and one redo on `page`, after a pause like the benchmark's. */
async function undoRedo(page: Page, times: { undo: number[]; redo: number[] }) {
  await page.waitForTimeout(100);
  times.undo.push(await keyToDomChange(page, 'z', { ctrlKey: true }));
  await page.waitForTimeout(100);
  times.redo.push(await keyToDomChange(page, 'z', { ctrlKey: true, shiftKey: true }));
}

try {
  const times = { before: { undo: [] as number[], redo: [] as number[] }, after: { undo: [] as number[], redo: [] as number[] } };
  const pages = first ? null : { before: await opened('before'), after: await opened('after') };
  for (let i = 0; i < rounds; i++) {
    for (const build of (i % 2 ? ['before', 'after'] : ['after', 'before']) as Build[]) {
      const page = pages ? pages[build] : await opened(build);
      await page.bringToFront();
      await undoRedo(page, times[build]);
      if (!pages) await page.context().close();
    }
  }
  for (const build of ['before', 'after'] as const) {
    console.log(`${build} (${builds[build]}): undo ${median(times[build].undo).toFixed(1)} ms, redo ${median(times[build].redo).toFixed(1)} ms`);
  }
  const won = (['undo', 'redo'] as const).reduce((n, k) => n + times.after[k].filter((t, i) => t < times.before[k][i]!).length, 0);
  console.log(`${size} touchpoints${zoomedOut ? ', zoomed far out' : ''}${first ? ', first undo of a session' : ''}: this checkout was quicker in ${won} of ${rounds * 2} pairs`);
} finally {
  await browser.close();
  server.close();
}
