/**
 * Export channels: save an export where the user chooses (atomically, never
 * inside the app's own folder), and capture the calling window's page as PNG
 * through the DevTools protocol — the same `capturePng` the CLI and tests use.
 */
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions, type WebContents } from 'electron';
import { capturePng } from '../../../shared/export/png/capture.ts';
import type { ExportKind } from '../../../shared/ipc/contract.ts';
import { err, ok } from '../../../shared/ipc/result.ts';
import { atomicWrite } from '../../services/atomicWrite.ts';
import type { MainContext } from '../context.ts';
import { isInside } from './projectIpc.ts';

/** The save dialog's filter per kind: extension (without dot) and name. */
export const EXPORT_FILTERS: Record<ExportKind, { extension: string; name: string }> = {
  'png': { extension: 'png', name: 'PNG image' },
  'json': { extension: 'touchline', name: 'Touchline journey' },
  'roadmap-json': { extension: 'json', name: 'Roadmap JSON' },
  'roadmap-csv': { extension: 'csv', name: 'CSV' },
  'mermaid': { extension: 'mmd', name: 'Mermaid' },
  'canvas': { extension: 'canvas', name: 'JSON Canvas' },
  'decisions-md': { extension: 'md', name: 'Markdown' },
  'decisions-csv': { extension: 'csv', name: 'CSV' },
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The chosen path with the kind's extension added when the dialog did not add it. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}

/** The bytes to write, or a reason to refuse: PNG must be base64 PNG data, text exports UTF-8. */
export function exportBytes(kind: ExportKind, data: string, encoding: 'utf8' | 'base64'): Uint8Array | string {
  if (kind !== 'png') return encoding === 'utf8' ? new TextEncoder().encode(data) : 'Text exports must be sent as text.';
  if (encoding !== 'base64' || data.length % 4 !== 0 || !BASE64.test(data)) return 'The image data is not valid base64.';
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return 'The image data is not a PNG file.';
  return bytes;
}

function defaultFolder(ctx: MainContext): string {
  const last = ctx.recent.list()[0];
  if (last) return join(last.path, '..');
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/** The DevTools protocol of one window's own page (attached on first use). */
export function debuggerSend(contents: WebContents) {
  return (method: string, params?: object) => {
    if (!contents.debugger.isAttached()) contents.debugger.attach('1.3');
    return contents.debugger.sendCommand(method, params);
  };
}

export function setupExportIpc(ctx: MainContext): void {
  ctx.handle('export:save', async ({ kind, suggestedName, data, encoding }, { event }) => {
    const bytes = exportBytes(kind, data, encoding);
    if (typeof bytes === 'string') return err('bad-request', bytes);
    const filter = EXPORT_FILTERS[kind];
    const name = suggestedName.replace(/[\\/]/g, ' ').trim() || `Export.${filter.extension}`;
    const options: SaveDialogOptions = {
      title: 'Export',
      defaultPath: join(defaultFolder(ctx), withExtension(name, filter.extension)),
      filters: [{ name: filter.name, extensions: [filter.extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = BrowserWindow.fromWebContents(event.sender);
    const chosen = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    if (chosen.canceled || !chosen.filePath) return ok(null);
    const target = withExtension(chosen.filePath, filter.extension);
    if (isInside(app.getAppPath(), target)) return err('write-failed', 'Touchline does not save exports inside its own program folder.');
    try {
      await atomicWrite(target, bytes, { backup: false });
    } catch (error) {
      return err('write-failed', `The export could not be saved: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    }
    return ok({ path: target, savedAt: new Date().toISOString() });
  });

  // Only ever the sender's own page: the window that asked is the window captured.
  ctx.handle('export:capture', async ({ clip, scale }, { event }) => {
    const contents = event.sender;
    if (contents.isDestroyed()) return err('internal', 'The window is closed.');
    try {
      return ok(await capturePng(debuggerSend(contents), clip, scale));
    } catch (error) {
      // Typically DevTools is open (one debugger per page): the renderer falls back to drawing the DOM.
      return err('internal', `The page could not be captured: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    }
  });
}
