/**
 * Open, save, save as, reload, and the recent-files list. Every open and save
 * records the file's identity; a save first checks the file is still what
 * this window last saw (another program may have changed it), see fileIdentity.ts.
 */
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { FILE_EXTENSION } from '../../../shared/file/format.ts';
import { suggestedFileName } from '../../../shared/file/save.ts';
import { err, ok } from '../../../shared/ipc/result.ts';
import { fileIdentity, readProjectWithIdentity, sameIdentity } from '../../services/fileIdentity.ts';
import { writeValidProject } from '../../services/projectFiles.ts';
import type { MainContext } from '../context.ts';
import { checkWindowProject } from './checkProject.ts';

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

export const CONFLICT_MESSAGE = 'This file was changed by another program since you opened it.';

/** True when the file at `path` is no longer what `windowId` last opened or saved (or is gone). */
export async function changedOnDisk(ctx: MainContext, windowId: number, path: string): Promise<boolean> {
  const recorded = ctx.windows.identityOf(windowId, path);
  if (!recorded) return false; // nothing known to compare with
  const now = await fileIdentity(path).catch(() => null);
  return now === null || !sameIdentity(recorded, now);
}

/** After a successful write: remember what the file now is. */
async function recordSaved(ctx: MainContext, windowId: number, path: string): Promise<void> {
  ctx.windows.allowPath(windowId, path, await fileIdentity(path).catch(() => null));
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
    const { opened, identity } = await readProjectWithIdentity(target);
    if (opened.ok) {
      windows.allowPath(windowId, target, identity);
      windows.rememberChecked(windowId, opened.value.project);
      recent.add(target);
    }
    return opened;
  });

  handle('project:save', async ({ path, project, overwrite }, { windowId }) => {
    if (!windows.canSaveTo(windowId, path)) {
      return err('unknown-path', 'Touchline can only save to a file this window opened or saved. Use Save As… instead.');
    }
    // Validate first: an invalid project is refused whatever the disk says.
    const valid = checkWindowProject(windows, windowId, project);
    if (!valid.ok) return valid;
    if (overwrite !== true && (await changedOnDisk(ctx, windowId, path))) return err('conflict', CONFLICT_MESSAGE);
    const saved = await writeValidProject(resolve(path), valid.value, { appVersion });
    if (saved.ok) {
      await recordSaved(ctx, windowId, path);
      recent.add(path);
    }
    return saved;
  });

  handle('project:reload', async ({ path }, { windowId }) => {
    if (!windows.canSaveTo(windowId, path)) {
      return err('unknown-path', 'Touchline can only reload a file this window opened or saved.');
    }
    const { opened, identity } = await readProjectWithIdentity(resolve(path));
    if (!opened.ok) return opened;
    windows.allowPath(windowId, path, identity);
    windows.rememberChecked(windowId, opened.value.project);
    return ok({ ...opened.value, path });
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
    const saved = await writeValidProject(target, valid.value, { appVersion });
    if (saved.ok) {
      await recordSaved(ctx, windowId, target);
      recent.add(target);
    }
    return saved;
  });

  handle('recent:list', () => ok(recent.list()));
  handle('recent:clear', () => ok(recent.clear()));
}
