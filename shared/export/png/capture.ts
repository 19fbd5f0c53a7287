/**
 * PNG capture through the Chrome DevTools protocol, written against a bare
 * "send a protocol command" function so one implementation serves Electron's
 * `webContents.debugger.sendCommand` (main process) and Playwright's CDP
 * session (tests, the CLI). Pure: no Electron, Node or DOM imports.
 */

/** Send one DevTools protocol command and resolve with its result. */
export type SendCommand = (method: string, params?: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface CaptureClip { x: number; y: number; width: number; height: number }

/** The largest side, in device pixels, an export may have (Chromium and many viewers choke beyond it). */
export const MAX_EXPORT_SIDE = 8192;

/** Capture `clip` (CSS pixels, page coordinates) at `scale` device pixels per CSS pixel; base64 PNG. */
export async function capturePng(send: SendCommand, clip: CaptureClip, scale: number): Promise<string> {
  if (!(clip.width > 0 && clip.height > 0)) throw new Error('Nothing to capture: the area is empty.');
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`Invalid capture scale ${scale}.`);
  const result: unknown = await send('Page.captureScreenshot', {
    format: 'png',
    clip: { ...clip, scale },
    captureBeyondViewport: true,
    fromSurface: true,
  });
  const data = (result as { data?: unknown } | null)?.data;
  if (typeof data !== 'string' || data.length === 0) throw new Error('The page capture returned no image.');
  return data;
}

export interface ExportSize {
  /** The scale to use (the requested one, or smaller so no side exceeds MAX_EXPORT_SIDE). */
  scale: number;
  /** Resulting image size in pixels. */
  width: number;
  height: number;
  /** Set when the scale was reduced: a sentence to show the user. */
  message: string | null;
}

/** Plan the image size for a `width` × `height` CSS-pixel area at `scale`, scaling down past MAX_EXPORT_SIDE. */
export function planExportSize(width: number, height: number, scale: number, maxSide = MAX_EXPORT_SIDE): ExportSize {
  const w = Math.max(1, Math.ceil(width));
  const h = Math.max(1, Math.ceil(height));
  const requested = scale > 0 && Number.isFinite(scale) ? scale : 1;
  const largest = Math.max(w, h) * requested;
  if (largest <= maxSide) {
    return { scale: requested, width: Math.round(w * requested), height: Math.round(h * requested), message: null };
  }
  // Round down to 1/1000 so rounding never pushes a side back over the limit.
  const reduced = Math.floor((maxSide / Math.max(w, h)) * 1000) / 1000;
  const out = { width: Math.min(maxSide, Math.round(w * reduced)), height: Math.min(maxSide, Math.round(h * reduced)) };
  return {
    scale: reduced,
    ...out,
    message: `The image would be ${Math.round(w * requested)} × ${Math.round(h * requested)} pixels; it was scaled down to ${out.width} × ${out.height} (the limit is ${maxSide} pixels per side).`,
  };
}
