/**
 * The headless entry used by `touchline export --format png` (and the
 * fast-path end-to-end test): only when the page is opened at `#cli-export`,
 * `window.touchlineCliExport(request)` mounts the export view for a project
 * and resolves with the rectangle to capture. The caller captures it through
 * the DevTools protocol with the shared `capturePng`.
 */
import { startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { formatLoadError } from '../../../shared/file/errors.ts';
import { loadProjectText } from '../../../shared/file/load.ts';
import type { CaptureClip } from '../../../shared/export/png/capture.ts';
import type { Lens } from '../../state/viewSlice.ts';
import { ExportStage } from './ExportStage.tsx';
import { captureElement } from './pngExport.ts';

export interface CliExportRequest {
  projectText: string;
  journeyId?: string;
  lens?: Lens;
  title?: boolean;
  whiteBackground?: boolean;
  /** The scale the picture will be captured at (default 1): a board drawn far smaller shows simplified cards, as on screen. */
  scale?: number;
}

export interface CliExportApi {
  (request: CliExportRequest): Promise<CaptureClip>;
  /** Draw the mounted view with html-to-image instead (browser fallback); base64 PNG and milliseconds. */
  htmlToImage(scale: number): Promise<{ base64: string; ms: number }>;
  /** Milliseconds the last mount took from the loaded project to the painted view (the app's own export starts there). */
  lastRenderMs?: number;
}

declare global {
  interface Window { touchlineCliExport?: CliExportApi }
}

let root: Root | null = null;
let mounted: { element: HTMLElement; clip: CaptureClip; white: boolean } | null = null;

async function mountForCli(request: CliExportRequest): Promise<CaptureClip> {
  const loaded = loadProjectText(request.projectText);
  if (!loaded.ok) throw new Error(formatLoadError(loaded.error));
  const project = loaded.project;
  const journey = request.journeyId === undefined ? project.journeys[0] : project.journeys.find((j) => j.id === request.journeyId);
  if (!journey) throw new Error(`journey "${request.journeyId}" is not in this project`);
  const host = document.createElement('div');
  document.body.append(host);
  root?.unmount();
  root = createRoot(host);
  const white = request.whiteBackground ?? true;
  const options = { journeyId: journey.id, lens: request.lens ?? 'combined', curvePersonaId: project.personas[0]?.id ?? null, title: request.title ?? true, whiteBackground: white, scale: request.scale ?? 1 };
  const started = performance.now();
  return new Promise<CaptureClip>((resolve) => {
    startTransition(() => root!.render(<ExportStage project={project} options={options} onReady={(element, clip) => { mounted = { element, clip, white }; mountForCli.lastRenderMs = performance.now() - started; resolve(clip); }} />));
  });
}

mountForCli.lastRenderMs = undefined as number | undefined;
mountForCli.htmlToImage = async (scale: number) => {
  if (!mounted) throw new Error('Nothing is mounted.');
  const noDesktop = { capturePage: null } as Parameters<typeof captureElement>[0];
  const image = await captureElement(noDesktop, mounted.element, mounted.clip, scale, mounted.white ? '#ffffff' : undefined);
  return { base64: image.base64, ms: image.ms };
};

if (typeof window !== 'undefined' && window.location.hash === '#cli-export') {
  window.touchlineCliExport = mountForCli;
}
