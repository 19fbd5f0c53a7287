#!/usr/bin/env node
// Quick interaction timings on a generated journey, in Chromium against the
// production build: open, rename, drag (frame times), undo.
//   node bench/quick.mjs 300        (needs `npm run build -- --renderer` first)
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { serveBrowserMode } from '../scripts/serve.mjs';

const size = Number(process.argv[2] ?? 300);
const file = `/tmp/touchline-bench-${size}.touchline`;
execFileSync('npx', ['tsx', 'bench/generate.ts', String(size), file], { stdio: 'ignore' });
const { server, url } = await serveBrowserMode(4390);
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => { delete window.showOpenFilePicker; delete window.showSaveFilePicker; });
await page.goto(url);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

// Open: from choosing the file to the first frame with the cards drawn.
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open…' }).first().click();
const t0 = Date.now();
await (await chooser).setFiles(file);
await page.locator('.react-flow__node-touchpoint').first().waitFor();
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const openMs = Date.now() - t0;

// Rename a card: F2, type, Enter, until the new title is on screen.
const renames = [];
for (let i = 0; i < 5; i++) {
  await page.getByRole('group', { name: /^Touchpoint: / }).first().click();
  await page.keyboard.press('F2');
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.type(`Renamed ${i}`);
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: `Touchpoint: Renamed ${i}` }).waitFor();
  renames.push((await page.evaluate(() => performance.now())) - start);
}

// Drag one card across the board, recording frame times.
await page.evaluate(() => { window.__frames = []; let last = performance.now(); const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); }; window.__recording = true; requestAnimationFrame(tick); });
const box = await page.getByRole('group', { name: /^Touchpoint: / }).nth(3).boundingBox();
await page.mouse.move(box.x + 40, box.y + 40);
await page.mouse.down();
for (let i = 0; i < 60; i++) await page.mouse.move(box.x + 40 + i * 6, box.y + 40 + i * 2);
await page.mouse.up();
const frames = await page.evaluate(() => { window.__recording = false; return window.__frames.slice(2); });

// Undo the drag.
const undoStart = await page.evaluate(() => performance.now());
await page.keyboard.press('Control+Z');
await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
const undoMs = (await page.evaluate(() => performance.now())) - undoStart;

console.log(JSON.stringify({
  touchpoints: size,
  openMs,
  renameMedianMs: Math.round(median(renames)),
  dragFps: Math.round(1000 / median(frames)),
  dragP95FrameMs: Math.round(p95(frames)),
  undoMs: Math.round(undoMs),
}, null, 2));
await browser.close();
server.httpServer.close();
