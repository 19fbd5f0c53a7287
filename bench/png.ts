/**
 * PNG export of the whole journey, both ways, on the same mounted export
 * view, at the size the app would export (`planExportSize`: sides above 8,192
 * px are scaled down): the desktop's fast path (DevTools protocol capture, the
 * same `capturePng` the app uses) and the browser fallback (html-to-image).
 * Also the longest main-thread task during each step — how long the UI froze.
 */
import type { Browser } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { capturePng, planExportSize, type CaptureClip } from '../shared/export/png/capture.ts';
import { longestTaskDuring } from './measure.ts';

export interface PngSample {
  mountMs: number;
  mountLongestTaskMs: number;
  fastMs: number;
  fastLongestTaskMs: number;
  htmlToImageMs: number;
  htmlToImageLongestTaskMs: number;
  width: number;
  height: number;
}

const INPAGE = fileURLToPath(new URL('./inpage.js', import.meta.url));

/** `withHtmlToImage`: also time the browser fallback (seconds per run, so once per size is enough for the ratio). */
export async function measurePng(browser: Browser, url: string, projectText: string, withHtmlToImage: boolean): Promise<PngSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ path: INPAGE });
  await page.goto(`${url}#cli-export`);
  await page.waitForFunction('typeof window.touchlineCliExport === "function"');
  let clip: CaptureClip | null = null;
  const mountLongestTaskMs = await longestTaskDuring(page, async () => {
    clip = await page.evaluate((text) => window.touchlineCliExport!({ projectText: text }), projectText) as CaptureClip;
  });
  // From the loaded project to the painted view: in the app the project is already loaded when an export starts.
  const mountMs = await page.evaluate(() => window.touchlineCliExport!.lastRenderMs ?? NaN);
  const size = planExportSize(clip!.width, clip!.height, 1);
  const cdp = await context.newCDPSession(page);
  let fastMs = 0;
  const fastLongestTaskMs = await longestTaskDuring(page, async () => {
    const t0 = performance.now();
    await capturePng((method, params) => cdp.send(method as never, params as never), clip!, size.scale);
    fastMs = performance.now() - t0;
  });
  let htmlToImageMs = NaN;
  const htmlToImageLongestTaskMs = !withHtmlToImage ? NaN : await longestTaskDuring(page, async () => {
    htmlToImageMs = (await page.evaluate((scale) => window.touchlineCliExport!.htmlToImage(scale), size.scale)).ms;
  });
  await context.close();
  return { mountMs, mountLongestTaskMs, fastMs, fastLongestTaskMs, htmlToImageMs, htmlToImageLongestTaskMs, width: size.width, height: size.height };
}
