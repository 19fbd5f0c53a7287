/**
 * The PNG export pipeline: mount the export view (or take the main canvas as
 * it is), wait for it to paint, capture, save. Each step awaits, so the UI
 * repaints between them and a Cancel click is seen.
 */
import { planExportSize, type CaptureClip } from '../../../shared/export/png/capture.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import type { Platform } from '../../platform/types.ts';
import type { StageOptions } from './ExportStage.tsx';
import { waitForPaint, yieldToUi } from './paint.ts';
import { captureElement, pngName } from './pngExport.ts';

export interface StageRequest {
  options: StageOptions;
  onReady(element: HTMLElement, clip: CaptureClip): void;
}

export interface PngJob {
  platform: Platform;
  signal: AbortSignal;
  area: 'whole' | 'view';
  scale: number;
  options: StageOptions;
  projectName: string;
  journeyName: string | null;
  mountStage(request: StageRequest | null): void;
  setStep(step: string): void;
  hideDialog(hidden: boolean): void;
  warn(message: string): void;
}

class Cancelled extends Error {}

/** Resolve with `promise`, or reject as soon as the job is cancelled. */
function unlessCancelled<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export async function runPngExport(job: PngJob): Promise<Result<{ name: string } | null> | 'cancelled'> {
  const { platform, signal } = job;
  try {
    job.setStep('Rendering…');
    await yieldToUi();
    const { element, clip } = await unlessCancelled(job.area === 'view' ? currentView(job) : mountWholeJourney(job), signal);
    const size = planExportSize(clip.width, clip.height, job.scale);
    if (size.message) job.warn(size.message);
    job.setStep('Capturing…');
    await unlessCancelled(yieldToUi(), signal);
    const background = job.options.whiteBackground ? '#ffffff' : undefined;
    // The drawn (browser) path works in strips: it reports each one and stops at the next after a Cancel.
    const progress = { signal, onProgress: (done: number, total: number) => job.setStep(total > 1 ? `Drawing part ${Math.min(done + 1, total)} of ${total}…` : 'Capturing…') };
    const image = await unlessCancelled(captureElement(platform, element, clip, size.scale, background, progress), signal);
    job.mountStage(null);
    job.hideDialog(false);
    job.setStep('Saving…');
    await unlessCancelled(yieldToUi(), signal);
    return await platform.exportFile('png', pngName(job.projectName, job.journeyName), image.base64, 'base64');
  } catch (error) {
    if (error instanceof Cancelled) return 'cancelled';
    throw error;
  } finally {
    job.mountStage(null);
    job.hideDialog(false);
  }
}

function mountWholeJourney(job: PngJob): Promise<{ element: HTMLElement; clip: CaptureClip }> {
  return new Promise((resolve) => {
    job.mountStage({ options: job.options, onReady: (element, clip) => resolve({ element, clip }) });
  });
}

/** The main canvas as the user sees it; the dialog is hidden while the page is captured. */
async function currentView(job: PngJob): Promise<{ element: HTMLElement; clip: CaptureClip }> {
  const element = document.querySelector<HTMLElement>('.canvas-area .react-flow');
  if (!element) throw new Error('There is no canvas to capture.');
  job.hideDialog(true);
  await waitForPaint();
  const r = element.getBoundingClientRect();
  return { element, clip: { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height } };
}
