/**
 * PNG export of the whole journey, both ways, on the same mounted export
 * view: the desktop's fast path (DevTools protocol capture, the same
 * `capturePng` the app uses) and the browser fallback (html-to-image).
 */
import type { Browser } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import { capturePng, type CaptureClip } from '../shared/export/png/capture.ts';

export interface PngSample { fastMs: number; htmlToImageMs: number; width: number; height: number }

export async function measurePng(browser: Browser, url: string, projectText: string): Promise<PngSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}#cli-export`);
  await page.waitForFunction('typeof window.touchlineCliExport === "function"');
  const clip = await page.evaluate((text) => window.touchlineCliExport!({ projectText: text }), projectText) as CaptureClip;
  const cdp = await context.newCDPSession(page);
  const t0 = performance.now();
  await capturePng((method, params) => cdp.send(method as never, params as never), clip, 1);
  const fastMs = performance.now() - t0;
  const { ms } = await page.evaluate(() => window.touchlineCliExport!.htmlToImage(1));
  await context.close();
  return { fastMs, htmlToImageMs: ms, width: Math.round(clip.width), height: Math.round(clip.height) };
}
