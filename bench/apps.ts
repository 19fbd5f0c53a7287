/** One measured session of each app: Touchline opening a generated file, and the bare React Flow page. */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildFlowModel } from '../renderer/canvas/flowModel.ts';
import type { Project } from '../shared/domain/model.ts';
import { boxSelect, dragNode, framesDuring, heapMb, keyToDomChange, longestTaskDuring, median, pan, zoomOut } from './measure.ts';

type Frames = Awaited<ReturnType<typeof framesDuring>>;
export interface Sample {
  openMs?: number;
  heapMb?: number;
  pan: Frames;
  zoomOut: Frames;
  dragOne: Frames;
  dragFifty: Frames;
  selected: number;
  undoMs?: number;
  redoMs?: number;
  /** Medians of the next undo/redo pairs of the same drag: the first undo of a session is slower (V8 still optimising its path). */
  undoAgainMs?: number;
  redoAgainMs?: number;
  undoZoomedOutMs?: number;
  redoZoomedOutMs?: number;
  saveLongestTaskMs?: number;
}

const VIEWPORT = { width: 1280, height: 800 };

/**
 * How many nodes and edges Touchline hands React Flow for the journey as it opens (cards, chips,
 * stages, lane labels, systems, curve segments; flows and data links): the bare page gets as many.
 */
export function flowCounts(project: Project): { nodes: number; edges: number } {
  const { nodes, edges } = buildFlowModel(project.journeys[0]!, [], { curvePersonaId: project.personas[0]?.id ?? null, systems: project.systems, lens: 'combined' });
  return { nodes: nodes.length, edges: edges.length };
}

const INPAGE = fileURLToPath(new URL('./inpage.js', import.meta.url));

export async function measureTouchline(browser: Browser, url: string, file: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript({ path: INPAGE });
  await page.addInitScript(() => { const w = window as unknown as Record<string, unknown>; delete w.showOpenFilePicker; delete w.showSaveFilePicker; });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.getByRole('button', { name: 'Close inspector' }).click(); // the canvas gets the whole width, like the bare page
  await page.evaluate(() => window.__bench.nextFrames(1));

  // Open to interactive: from choosing the file to the first frame with the cards drawn.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Open…' }).click();
  const fileChooser = await chooser;
  const t0 = Date.now();
  await fileChooser.setFiles(file);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-touchpoint').length > 0);
  await page.evaluate(() => window.__bench.nextFrames(2));
  const openMs = Date.now() - t0;
  await page.waitForTimeout(300); // let the fit-to-view transition settle
  const heap = await heapMb(cdp);

  const sample = await gestures(page, cdp, '.react-flow__node-touchpoint');
  const saveLongestTaskMs = await longestTaskDuring(page, async () => {
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    await download;
  });
  await context.close();
  return { ...sample, openMs, heapMb: heap, saveLongestTaskMs };
}

export async function measureBare(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript({ path: INPAGE });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 0);
  await page.waitForTimeout(300);
  // Its "undo" moves every node (see bench/bare/main.tsx): what React Flow alone needs for such a change.
  const sample = await gestures(page, cdp, '.react-flow__node');
  await context.close();
  return sample;
}

/**
 * The same gestures on both apps: pan, drag one card, drag fifty selected, undo and redo that drag
 * (the first undo of the session, then four pairs more), zoom out, undo and redo again (where
 * hundreds of cards are in view and the undone drag moves most of them). Each key waits 100 ms
 * for the previous step to settle (the drop's own rendering is not the undo's latency), and 400 ms
 * after the zoom: the view counts as at rest 150 ms after the last wheel step.
 */
async function gestures(page: Page, cdp: Awaited<ReturnType<Browser['newBrowserCDPSession']>>, nodeSelector: string) {
  const panFrames = await framesDuring(page, cdp, () => pan(page));
  const first = (await page.locator(nodeSelector).first().boundingBox())!;
  const dragOne = await framesDuring(page, cdp, () => dragNode(page, first));
  const anchor = await boxSelect(page, nodeSelector, 50);
  const selected = await page.locator(`${nodeSelector}.selected`).count();
  const dragFifty = await framesDuring(page, cdp, () => (anchor ? dragNode(page, anchor) : Promise.resolve()));
  const [undoMs, redoMs] = await undoThenRedo(page, 100);
  const again: [number, number][] = [];
  for (let i = 0; i < AGAIN; i++) again.push(await undoThenRedo(page, 0));
  const [undoAgainMs, redoAgainMs] = [median(again.map((p) => p[0])), median(again.map((p) => p[1]))];
  const zoom = await framesDuring(page, cdp, () => zoomOut(page));
  const [undoZoomedOutMs, redoZoomedOutMs] = await undoThenRedo(page, 400);
  return { pan: panFrames, dragOne, dragFifty, selected, zoomOut: zoom, undoMs, redoMs, undoAgainMs, redoAgainMs, undoZoomedOutMs, redoZoomedOutMs };
}

/** Undo/redo pairs after the first, for the steady state. */
const AGAIN = 4;

/** Ctrl+Z, then Ctrl+Shift+Z: each latency (key → first DOM change), after `settleMs` and 100 ms. */
async function undoThenRedo(page: Page, settleMs: number): Promise<[number, number]> {
  await page.waitForTimeout(settleMs);
  const undo = await keyToDomChange(page, 'z', { ctrlKey: true });
  await page.waitForTimeout(100);
  const redo = await keyToDomChange(page, 'z', { ctrlKey: true, shiftKey: true });
  await page.waitForTimeout(100);
  return [undo, redo];
}
