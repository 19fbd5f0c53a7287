/**
 * `npm run bench`: Touchline against a bare React Flow page with the same
 * node count, in Chromium on the production build at 1280×800. Sizes are
 * generated (bench/generate.ts); each measurement is repeated, the two apps
 * alternate, and the table shows median (min–max). JSON goes to bench/results/.
 * The sizes plus 300: the largest journey whose data links (150) are all
 * drawn as lines, the worst case for painting lines.
 *
 *   npm run bench                       all sizes, 3 repeats (under 10 minutes)
 *   npm run bench -- --smoke            tiny run used by `npm test` so the bench never rots
 *   npm run bench -- --sizes 1000 --repeats 5
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serializeProject } from '../shared/file/save.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { generateProject } from './generate.ts';
import { flowCounts, measureBare, measureTouchline, type Sample } from './apps.ts';
import { measurePng, type PngSample } from './png.ts';
import { measureSave, type SaveSample } from './save.ts';
import { printTable } from './report.ts';
import { serveStatic } from './static.ts';
import { reactFlowFix } from '../scripts/reactFlowFix.ts';

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const smoke = args.includes('--smoke');
const sizes = (option('--sizes') ?? (smoke ? '60' : '100,300,500,1000,2000,5000')).split(',').map(Number);
const repeats = Number(option('--repeats') ?? (smoke ? 1 : 3));
const started = Date.now();

const executablePath = await findChromium();
if (!executablePath) throw new Error('No Chromium found: install one (apt-get install -y chromium) or set CHROMIUM_PATH.');
// Own output folders, so a benchmark never races a build of out/renderer.
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: '../out/bench-app', emptyOutDir: true } });
await build({
  configFile: false, root: 'bench/bare', base: './', logLevel: 'error',
  // The same React Flow as the app's build, fix included (scripts/reactFlowFix.ts): a fair floor.
  plugins: [reactFlowFix()],
  build: { outDir: '../../out/bench-bare', emptyOutDir: true },
});

const port = 4500 + Math.floor(Math.random() * 400);
const server = await serveStatic(port);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const dir = mkdtempSync(join(tmpdir(), 'touchline-bench-'));
const results: Record<number, { touchline: Sample[]; bare: Sample[]; save: SaveSample[]; png: PngSample[] }> = {};
/** PNG export is measured up to this size (html-to-image takes seconds per run beyond it). */
const PNG_MAX = 1000;

try {
  for (const size of sizes) {
    const project = generateProject(size);
    const file = join(dir, `bench-${size}.touchline`);
    writeFileSync(file, serializeProject(project));
    results[size] = { touchline: [], bare: [], save: [], png: [] };
    const flow = flowCounts(project);
    process.stdout.write(`  ${size} touchpoints: ${flow.nodes} nodes and ${flow.edges} edges on the board, on both pages\n`);
    for (let r = 0; r < repeats; r++) {
      // Alternate which app goes first, so warm-up and thermal effects spread evenly.
      const order = r % 2 === 0 ? ['touchline', 'bare'] as const : ['bare', 'touchline'] as const;
      for (const app of order) {
        const sample = app === 'touchline'
          ? await measureTouchline(browser, `http://127.0.0.1:${port}/app/index.html`, file)
          : await measureBare(browser, `http://127.0.0.1:${port}/bare/index.html?n=${flow.nodes}&e=${flow.edges}`);
        results[size]![app].push(sample);
      }
      results[size]!.save.push(await measureSave(project, join(dir, `save-${size}.touchline`)));
      // The fast path every run; html-to-image takes seconds per export, so once per size (for the ratio).
      if (size <= PNG_MAX) results[size]!.png.push(await measurePng(browser, `http://127.0.0.1:${port}/app/index.html`, serializeProject(project), r === 0));
      process.stdout.write(`  ${size} touchpoints: run ${r + 1}/${repeats} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
    printTable({ [size]: results[size]! });
  }
} finally {
  await browser.close();
  server.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${smoke ? 'Smoke run' : 'Benchmark'} took ${seconds} s (sizes ${sizes.join(', ')}, ${repeats} repeat${repeats === 1 ? '' : 's'}).`);
if (!smoke) {
  mkdirSync('bench/results', { recursive: true });
  const out = `bench/results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(out, JSON.stringify({ sizes, repeats, seconds, chromium: browser.version(), results }, null, 2));
  console.log(`Wrote ${out}`);
}
