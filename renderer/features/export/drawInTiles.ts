/**
 * The browser fallback, drawn in vertical strips. html-to-image copies the
 * DOM it draws in one uninterrupted task, so one call over a big board froze
 * the window for seconds (a minute and a half at 1,000 cards). Each strip
 * copies only the nodes and lines that reach into it, the window gets a turn
 * between strips (progress shows, Cancel is heard), and the strips are laid
 * side by side on one canvas. Strip edges fall on whole output pixels, so no
 * seam shows.
 */
import { toCanvas } from 'html-to-image';
import { fontFacesFor } from './fontCss.ts';
import { leanComputedStyles } from './leanStyles.ts';
import { yieldToUi } from './paint.ts';

/** Width of one strip in output pixels, and at most in CSS pixels (a scaled-down board packs more cards per pixel). */
export const STRIP_PIXELS = 240;
export const STRIP_CSS = 320;

export interface StripPlan { index: number; count: number; fromPx: number; widthPx: number; fromCss: number; widthCss: number }

/** Split an image `widthPx` wide (drawn at `scale`) into strips; CSS offsets are exact, so strips meet on whole pixels. */
export function planStrips(widthPx: number, scale: number, maxPixels = STRIP_PIXELS, maxCss = STRIP_CSS): StripPlan[] {
  const stripPixels = Math.max(1, Math.min(maxPixels, Math.floor(maxCss * scale)));
  const count = Math.max(1, Math.ceil(widthPx / stripPixels));
  return Array.from({ length: count }, (_, index) => {
    const fromPx = index * stripPixels;
    const widthPx_ = Math.min(stripPixels, widthPx - fromPx);
    return { index, count, fromPx, widthPx: widthPx_, fromCss: fromPx / scale, widthCss: widthPx_ / scale };
  });
}

export interface DrawOptions {
  width: number;
  height: number;
  scale: number;
  backgroundColor: string | undefined;
  fontEmbedCSS: string;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

/** Elements html-to-image may leave out of a strip when wholly outside it: flow nodes, lines, and the dots of an emotion curve (a curve segment spans many strips). */
const SKIPPABLE = ['react-flow__node', 'react-flow__edge', 'curve-dot'];

export async function drawInTiles(element: HTMLElement, options: DrawOptions): Promise<HTMLCanvasElement> {
  const { width, height, scale } = options;
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const context = out.getContext('2d');
  if (!context) throw new Error('The picture could not be drawn: no canvas available.');
  if (options.backgroundColor) {
    context.fillStyle = options.backgroundColor;
    context.fillRect(0, 0, out.width, out.height);
  }
  const origin = element.getBoundingClientRect().left;
  const strips = planStrips(out.width, scale);
  const lean = leanComputedStyles(element);
  // Each strip is an image of its own and carries its fonts: only the scripts the board uses.
  const fontEmbedCSS = fontFacesFor(options.fontEmbedCSS, element.textContent ?? '');
  for (const strip of strips) {
    options.onProgress?.(strip.index, strip.count);
    await yieldToUi();
    if (options.signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
    const left = strip.fromCss;
    const right = strip.fromCss + strip.widthCss;
    const filter = (node: Node) => {
      if (!(node instanceof Element) || !SKIPPABLE.some((c) => node.classList.contains(c))) return true;
      const r = node.getBoundingClientRect();
      return r.right - origin >= left - 1 && r.left - origin <= right + 1;
    };
    const canvas = await lean(() => toCanvas(element, {
      pixelRatio: scale, cacheBust: false, fontEmbedCSS, filter,
      // One pixel more than the strip, so its last column is fully drawn; it is cropped below.
      width: Math.ceil(strip.widthCss + 1 / scale), height,
      canvasWidth: Math.ceil(strip.widthCss + 1 / scale), canvasHeight: height,
      // The copy keeps its full width (html-to-image would narrow it to the strip), drawn from its own
      // origin and shifted so this strip's left edge is at 0; the rest falls outside the picture.
      style: { position: 'static', left: '0', top: '0', width: `${width}px`, transform: `translateX(${-left}px)`, transformOrigin: '0 0' },
    }));
    context.drawImage(canvas, 0, 0, strip.widthPx, out.height, strip.fromPx, 0, strip.widthPx, out.height);
  }
  options.onProgress?.(strips.length, strips.length);
  return out;
}

/** PNG bytes of a canvas as base64, encoded off the main thread (toBlob) rather than with toDataURL. */
export async function canvasToBase64Png(canvas: HTMLCanvasElement): Promise<string> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be encoded.');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
