/**
 * Open, save, save as, reload, and the recent-files list: dialogs, which
 * paths a window may name, and the recent list, around what opening and
 * saving do for a window (windowSave.ts: the conflict check, the safe write).
 */
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { FILE_EXTENSION } from '../../../shared/file/format.ts';
import { suggestedFileName } from '../../../shared/file/save.ts';
import { err, ok } from '../../../shared/ipc/result.ts';
import { checkWindowProject, openForWindow, saveForWindow, writeForWindow } from '../../services/windowSave.ts';
import type { MainContext } from '../context.ts';

const FILTERS = [{ name: 'Touchline journey', extensions: [FILE_EXTENSION] }];

/** The chosen name, with `.touchline` added when the dialog did not add it (common on Linux). */
export function withProjectExtension(path: string): string {
  return extname(path).toLowerCase() === `.${FILE_EXTENSION}` ? path : `${path}.${FILE_EXTENSION}`;
}

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const windowOf = (event: IpcMainInvokeEvent): BrowserWindow | null => BrowserWindow.fromWebContents(event.sender);

function defaultFolder(ctx: MainContext): string {
  const last = ctx.recent.list()[0];
  if (last) return dirname(last.path);
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

export function setupProjectIpc(ctx: MainContext): void {
  const { handle, windows, recent, appVersion } = ctx;

  handle('project:open', async ({ path }, { event, windowId }) => {
    let target = path;
    if (target !== undefined) {
      // A renderer may name a file only if the user opened it before.
      if (!recent.has(target)) return err('unknown-path', 'Touchline can only open files you chose yourself. Use Open… instead.');
    } else {
      const options: OpenDialogOptions = { title: 'Open Journey', defaultPath: defaultFolder(ctx), filters: FILTERS, properties: ['openFile'] };
      const win = windowOf(event);
      const chosen = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      if (chosen.canceled || !chosen.filePaths[0]) return ok(null);
      target = chosen.filePaths[0];
    }
    const opened = await openForWindow(windows, windowId, target);
    if (opened.ok) recent.add(target);
    return opened;
  });

  handle('project:save', async ({ path, project, overwrite }, { windowId }) => {
    if (!windows.canSaveTo(windowId, path)) {
      return err('unknown-path', 'Touchline can only save to a file this window opened or saved. Use Save As… instead.');
    }
    const saved = await saveForWindow(windows, windowId, path, project, { overwrite: overwrite === true, appVersion });
    if (saved.ok) recent.add(path);
    return saved;
  });

  handle('project:reload', async ({ path }, { windowId }) => {
    if (!windows.canSaveTo(windowId, path)) {
      return err('unknown-path', 'Touchline can only reload a file this window opened or saved.');
    }
    const opened = await openForWindow(windows, windowId, resolve(path));
    return opened.ok ? ok({ ...opened.value, path }) : opened;
  });

  handle('project:saveAs', async ({ suggestedName, project }, { event, windowId }) => {
    // Check first, so the user is not asked for a file name we would then refuse to write.
    const valid = checkWindowProject(windows, windowId, project);
    if (!valid.ok) return valid;
    const options: SaveDialogOptions = {
      title: 'Save Journey',
      defaultPath: join(defaultFolder(ctx), suggestedFileName(suggestedName, FILE_EXTENSION)),
      filters: FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = windowOf(event);
    const chosen = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    if (chosen.canceled || !chosen.filePath) return ok(null);
    const target = withProjectExtension(chosen.filePath);
    if (isInside(app.getAppPath(), target)) return err('write-failed', 'Touchline does not save projects inside its own program folder.');
    const saved = await writeForWindow(windows, windowId, target, valid.value, appVersion);
    if (saved.ok) recent.add(target);
    return saved;
  });

  handle('recent:list', () => ok(recent.list()));
  handle('recent:clear', () => ok(recent.clear()));
}
