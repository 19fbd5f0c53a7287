/**
 * PNG capture of a rendered element: the DevTools protocol through the
 * platform when it can (desktop — fast, one call), else html-to-image
 * (browser mode — clones and inlines the DOM, slower on big maps, so it
 * draws in strips and the window stays responsive between them).
 */
import type { CaptureClip } from '../../../shared/export/png/capture.ts';
import type { Platform } from '../../platform/types.ts';
import { embeddedFontCss } from './fontCss.ts';
import { canvasToBase64Png, drawInTiles } from './drawInTiles.ts';

export interface CapturedImage {
  base64: string;
  /** Which path made the picture (shown nowhere; used by tests and timings). */
  via: 'cdp' | 'html-to-image';
  ms: number;
}

/** For the drawn (browser) path: how far it is, and a way to stop it between strips. */
export interface CaptureProgress {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

export async function captureElement(platform: Platform, element: HTMLElement, clip: CaptureClip, scale: number, backgroundColor: string | undefined, progress?: CaptureProgress): Promise<CapturedImage> {
  const started = performance.now();
  if (platform.capturePage) {
    const result = await platform.capturePage(roundClip(clip), scale);
    if (result.ok) return { base64: result.value, via: 'cdp', ms: performance.now() - started };
    // A debugger already attached (DevTools open) refuses the fast path: fall back to drawing the DOM.
  }
  const canvas = await drawInTiles(element, {
    width: Math.round(clip.width), height: Math.round(clip.height), scale, backgroundColor,
    fontEmbedCSS: await embeddedFontCss(), signal: progress?.signal, onProgress: progress?.onProgress,
  });
  return { base64: await canvasToBase64Png(canvas), via: 'html-to-image', ms: performance.now() - started };
}

function roundClip(clip: CaptureClip): CaptureClip {
  const x = Math.floor(clip.x);
  const y = Math.floor(clip.y);
  return { x, y, width: Math.ceil(clip.x + clip.width) - x, height: Math.ceil(clip.y + clip.height) - y };
}

/** "Coffee loyalty – Morning order.png": project and (when there are several) journey. */
export function pngName(projectName: string, journeyName: string | null): string {
  const base = journeyName ? `${projectName || 'Untitled journey'} – ${journeyName}` : projectName;
  // eslint-disable-next-line no-control-regex
  const safe = base.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${safe || 'Untitled journey'}.png`;
}
