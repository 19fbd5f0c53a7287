/**
 * Measurements taken inside Chromium through Playwright and the DevTools
 * protocol. Every function returns plain numbers; bench/run.ts repeats,
 * alternates and summarises them.
 */
import type { CDPSession, Page } from 'playwright-core';

declare global {
  interface Window {
    __bench: {
      startFrames(): void;
      stopFrames(): number[];
      nextFrames(n: number): Promise<void>;
      selectionBox(selector: string, count: number): { left: number; top: number; right: number; bottom: number; first: Box } | null;
      keyToDomChange(key: string, modifiers: object): Promise<number>;
      startLongTasks(): void;
      stopLongTasks(): number;
    };
  }
}
interface Box { x: number; y: number; width: number; height: number }

/** Run `gesture` while recording frame intervals (rAF) and main-thread task time (CDP). */
export async function framesDuring(page: Page, cdp: CDPSession, gesture: () => Promise<void>) {
  await page.evaluate(() => window.__bench.startFrames());
  const before = await taskSeconds(cdp);
  await gesture();
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  const busy = (await taskSeconds(cdp)) - before;
  const total = frames.reduce((a, b) => a + b, 0);
  return {
    fps: frames.length ? (frames.length * 1000) / total : 0,
    p95: percentile(frames, 0.95),
    busyPerFrame: frames.length ? (busy * 1000) / frames.length : 0,
  };
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export const median = (values: number[]) => percentile(values, 0.5);

/** A point on the empty pane (top-left corner, where no card sits) to start a pan from. */
export async function paneBox(page: Page): Promise<Box> {
  return (await page.locator('.react-flow__pane').first().boundingBox())!;
}

export async function pan(page: Page) {
  const box = await paneBox(page);
  const x = box.x + 8;
  const y = box.y + 8;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 6, y + i * 3);
  await page.mouse.up();
}

export async function zoomOut(page: Page, steps = 24) {
  const box = await paneBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(16);
  }
}

/** Drag the node at `box` by 60 small steps (the selection moves with it). */
export async function dragNode(page: Page, box: Box) {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 4, y + i * 2);
  await page.mouse.up();
}

/** Shift-drag a selection box around the `count` visible nodes nearest the top-left. Returns the first one's box. */
export async function boxSelect(page: Page, selector: string, count: number): Promise<Box | null> {
  const rect = await page.evaluate(([sel, n]) => window.__bench.selectionBox(sel, n), [selector, count] as const);
  if (!rect) return null;
  await page.keyboard.down('Shift');
  await page.mouse.move(rect.left, rect.top);
  await page.mouse.down();
  await page.mouse.move(rect.right, rect.bottom, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  return rect.first;
}

/** Key press → first DOM change of the canvas (React commits in one go), in the page's own clock. */
export async function keyToDomChange(page: Page, key: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean }): Promise<number> {
  return page.evaluate(([k, m]) => window.__bench.keyToDomChange(k, m), [key, modifiers] as const);
}

/** Longest main-thread task (ms) while `action` runs, from the page's long-task observer. */
export async function longestTaskDuring(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => window.__bench.startLongTasks());
  await action();
  await page.waitForTimeout(100);
  return page.evaluate(() => window.__bench.stopLongTasks());
}
