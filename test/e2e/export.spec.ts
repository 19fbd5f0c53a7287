/** File ▸ Export in browser mode (downloads), the CDP fast path against a reference image, and the CLI PNG export. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getNodesBounds } from '@xyflow/system';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { loadProjectText } from '../../shared/file/load.ts';
import { capturePng } from '../../shared/export/png/capture.ts';
import { buildFlowModel } from '../../renderer/canvas/flowModel.ts';
import { serializeProject } from '../../shared/file/save.ts';
import { generateProject } from '../../bench/generate.ts';
import { expect, generatedProjectFile, openFile, test, type Page } from './fixtures.ts';

const SAMPLE = 'assets/samples/coffee-loyalty.touchline';
const REFERENCE = 'test/fixtures/png/coffee-loyalty-1x.png';
const MARGIN = 32;
const TITLE = 56;
const ROADMAP_HEADER = 'Summary,Issue Type,Description,Priority,Labels,Status,Owner,Journey,Stage,Touchpoint,Severity,Votes,Systems,Personal Data,Integration Status,Source ID';

/** The sample's board as the export view lays it out (combined lens, first persona's curve). */
function sampleBoard() {
  const loaded = loadProjectText(readFileSync(SAMPLE, 'utf8'));
  if (!loaded.ok) throw new Error('sample does not load');
  const project = loaded.project;
  const journey = project.journeys[0]!;
  const model = buildFlowModel(journey, [], { curvePersonaId: project.personas[0]?.id ?? null, systems: project.systems, lens: 'combined' });
  const bounds = getNodesBounds(model.nodes);
  const size = { width: Math.ceil(bounds.width + 2 * MARGIN), height: Math.ceil(bounds.height + 2 * MARGIN + TITLE) };
  /** Board coordinates → image pixels at `scale`. */
  const toImage = (x: number, y: number, scale: number) => ({ x: Math.round((x - bounds.x + MARGIN) * scale), y: Math.round((y - bounds.y + MARGIN + TITLE) * scale) });
  return { project, journey, model, size, toImage };
}

const pixel = (png: PNG, x: number, y: number) => { const i = (png.width * y + x) * 4; return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!] as const; };
function countPixels(png: PNG, box: { x0: number; y0: number; x1: number; y1: number }, match: (rgba: readonly number[]) => boolean): number {
  let n = 0;
  for (let y = Math.max(0, box.y0); y < Math.min(png.height, box.y1); y++) for (let x = Math.max(0, box.x0); x < Math.min(png.width, box.x1); x++) if (match(pixel(png, x, y))) n++;
  return n;
}
const notWhite = ([r, g, b]: readonly number[]) => r! < 235 || g! < 235 || b! < 235;
/** The stroke of flow edges: #94a3b8 (anti-aliased). */
const edgeColoured = ([r, g, b]: readonly number[]) => Math.abs(r! - 148) < 30 && Math.abs(g! - 163) < 30 && Math.abs(b! - 184) < 30;

/** A flow edge between cards in different columns: the gap between them holds only the edge. */
function edgeGap(board: ReturnType<typeof sampleBoard>, scale: number) {
  const rect = new Map(board.model.nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 }]));
  for (const c of board.journey.connections) {
    const a = rect.get(c.from);
    const b = rect.get(c.to);
    if (!a || !b || b.x < a.x + a.w + 40) continue;
    const top = board.toImage(a.x + a.w + 8, Math.min(a.y, b.y), scale);
    const bottom = board.toImage(b.x - 8, Math.max(a.y + a.h, b.y + b.h), scale);
    return { x0: top.x, y0: top.y, x1: bottom.x, y1: bottom.y };
  }
  throw new Error('the sample has no edge between columns');
}

async function openSampleAndExportDialog(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore the sample' }).click();
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Export…' }).click();
  return page.getByRole('dialog', { name: 'Export' });
}

test('roadmap CSV downloads with the BOM and the exact header row', async ({ page }) => {
  const dialog = await openSampleAndExportDialog(page);
  await dialog.getByRole('radio', { name: 'Roadmap CSV (Jira, spreadsheets)' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.slice(1).split(/\r?\n/)[0]).toBe(ROADMAP_HEADER);
  await expect(page.getByText(`Exported ${download.suggestedFilename()}`)).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('PNG of the whole journey at 2x (html-to-image in browser mode): board size × 2, title, stages and edges drawn', async ({ page }) => {
  const board = sampleBoard();
  const dialog = await openSampleAndExportDialog(page);
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('radio', { name: 'Whole journey' }).check();
  await dialog.getByRole('radio', { name: '2x' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Include title' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'White background' })).toBeChecked();
  const downloading = page.waitForEvent('download');
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  console.log(`html-to-image export of the sample at 2x, click to download: ${Date.now() - started} ms`);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = PNG.sync.read(readFileSync(await download.path()));
  expect({ width: png.width, height: png.height }).toEqual({ width: board.size.width * 2, height: board.size.height * 2 });
  expect(countPixels(png, { x0: 0, y0: 0, x1: png.width, y1: png.height }, notWhite)).toBeGreaterThan(png.width * png.height * 0.05);
  // The title band holds the project name in dark ink.
  expect(countPixels(png, { x0: 0, y0: 0, x1: 800, y1: TITLE * 2 }, ([r]) => r! < 100)).toBeGreaterThan(200);
  // The first stage's header is drawn.
  const stage = board.model.nodes.find((n) => n.type === 'stage')!;
  const head = board.toImage(stage.position.x, stage.position.y, 2);
  expect(countPixels(png, { x0: head.x, y0: head.y, x1: head.x + (stage.width ?? 200) * 2, y1: head.y + 80 }, notWhite)).toBeGreaterThan(500);
  // Edges survive (html-to-image after 1.11.11 drops them).
  expect(countPixels(png, edgeGap(board, 2), edgeColoured)).toBeGreaterThan(20);
  await expect(page.getByText(`Exported ${download.suggestedFilename()}`)).toBeVisible();
  await expect(page.getByTestId('export-stage')).toHaveCount(0);
});

test('a big map exports in parts: progress shows, the window keeps answering, and Cancel stops it', async ({ page }) => {
  const file = generatedProjectFile(150);
  await page.goto('/');
  await openFile(page, file);
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('150 touchpoints');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('radio', { name: 'Whole journey' }).check();
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  // The progress line moves from part to part: the page paints between them.
  const status = dialog.getByRole('status');
  const part = async () => Number(/^Drawing part (\d+) of \d+…$/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
  await expect.poll(part, { timeout: 20_000 }).toBeGreaterThan(0);
  const first = await part();
  await expect.poll(part, { timeout: 20_000 }).toBeGreaterThan(first);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled.')).toBeVisible();
  await expect(page.getByTestId('export-stage')).toHaveCount(0);
  expect(downloaded).toBe(false);
});

test('a picture scaled far down shows simplified cards, as the zoomed-out canvas does', async ({ page }) => {
  await page.goto('/#cli-export');
  await page.waitForFunction(() => typeof window.touchlineCliExport === 'function');
  // 700 cards make a board about 30,000 px wide: drawn at 8,192 px, a quarter of its size.
  const clip = await page.evaluate((projectText) => window.touchlineCliExport!({ projectText }), serializeProject(generateProject(700)));
  expect(clip.width).toBeGreaterThan(8192 / 0.4);
  const stage = page.getByTestId('export-stage');
  await expect(stage.locator('.react-flow__node-touchpoint')).toHaveCount(700);
  await expect(stage.locator('.card-sketch')).toHaveCount(700);
  // At 1x the sample keeps its full cards.
  await page.evaluate((projectText) => window.touchlineCliExport!({ projectText }), readFileSync(SAMPLE, 'utf8'));
  await expect(stage.locator('.card-sketch')).toHaveCount(0);
  await expect(stage.locator('.card-title').first()).toBeVisible();
});

test('fast path: the shared capturePng through a CDP session matches the reference image, and so does the html-to-image fallback', async ({ page }) => {
  const board = sampleBoard();
  await page.goto('/#cli-export');
  await page.waitForFunction(() => typeof window.touchlineCliExport === 'function');
  const clip = await page.evaluate((projectText) => window.touchlineCliExport!({ projectText }), readFileSync(SAMPLE, 'utf8'));
  expect(clip).toEqual({ x: 0, y: 0, ...board.size });
  const session = await page.context().newCDPSession(page);
  const started = performance.now();
  const base64 = await capturePng((method, params) => session.send(method as 'Page.captureScreenshot', params as never), clip, 1);
  const cdpMs = performance.now() - started;
  const slow = await page.evaluate(() => window.touchlineCliExport!.htmlToImage(1));
  console.log(`sample at 1x: CDP capture ${cdpMs.toFixed(0)} ms, html-to-image ${slow.ms.toFixed(0)} ms`);
  const actual = PNG.sync.read(Buffer.from(base64, 'base64'));
  expect({ width: actual.width, height: actual.height }).toEqual(board.size);
  if (!existsSync(REFERENCE) || process.env.UPDATE_PNG_REFERENCE) writeFileSync(REFERENCE, PNG.sync.write(actual));
  const expected = PNG.sync.read(readFileSync(REFERENCE));
  expect({ width: expected.width, height: expected.height }).toEqual(board.size);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.15 });
  if (different > 0) writeFileSync(test.info().outputPath('diff.png'), PNG.sync.write(diff));
  expect(different / (actual.width * actual.height)).toBeLessThan(0.002);
  expect(countPixels(actual, edgeGap(board, 1), edgeColoured)).toBeGreaterThan(10);
  // The browser fallback (html-to-image, drawn in strips) gives the same picture.
  const drawn = PNG.sync.read(Buffer.from(slow.base64, 'base64'));
  expect({ width: drawn.width, height: drawn.height }).toEqual(board.size);
  const drawnDiff = pixelmatch(drawn.data, expected.data, null, drawn.width, drawn.height, { threshold: 0.15 });
  expect(drawnDiff / (drawn.width * drawn.height)).toBeLessThan(0.002);
});

test('CLI: touchline export --format png writes the board at 1x', async () => {
  test.setTimeout(180_000);
  const board = sampleBoard();
  const out = join(mkdtempSync(join(tmpdir(), 'touchline-png-')), 'sample.png');
  const started = Date.now();
  const run = spawnSync(process.execPath, ['scripts/touchline.mjs', 'export', SAMPLE, '--format', 'png', '--scale', '1', '--out', out], { encoding: 'utf8', timeout: 150_000 });
  console.log(`CLI PNG export (build check, Chromium launch, render, capture): ${Date.now() - started} ms`);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const png = PNG.sync.read(readFileSync(out));
  expect({ width: png.width, height: png.height }).toEqual(board.size);
  expect(countPixels(png, edgeGap(board, 1), edgeColoured)).toBeGreaterThan(10);
});
