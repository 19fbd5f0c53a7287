/**
 * File actions: New, Open, Save, Save As. A failed open leaves the document
 * untouched and explains why; a failed save keeps the document dirty. A save
 * refused because the file changed on disk asks: Overwrite, Save As…, Reload
 * from disk, or Cancel. Saving, or deliberately replacing the document,
 * removes its crash-recovery drafts.
 */
import { createProject } from '../../shared/domain/defaults.ts';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import { suggestedFileName } from '../../shared/file/save.ts';
import type { Project } from '../../shared/domain/model.ts';
import type { AppError, Result } from '../../shared/ipc/result.ts';
import { discardDocumentDrafts } from '../features/recovery/session.ts';
import type { FileRef, OpenedDocument, Platform } from '../platform/types.ts';
import { ask } from '../state/dialogs.ts';
import { selectDirty, type AppStore } from '../state/store.ts';

export interface FileContext { store: AppStore; platform: Platform }

/** When there are unsaved changes, ask what to do. Resolves true when it is safe to continue. */
export async function confirmDiscard({ store, platform }: FileContext, doing: string): Promise<boolean> {
  if (!selectDirty(store.getState())) return true;
  const choice = await ask(store, {
    title: 'Save changes?',
    message: `"${store.getState().project.name}" has unsaved changes. Save them before ${doing}?`,
    choices: [
      { id: 'save', label: 'Save', tone: 'primary' },
      { id: 'discard', label: "Don't Save", tone: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  });
  if (choice === 'cancel') return false;
  if (choice === 'save') return save({ store, platform });
  return true;
}

export async function newProject(ctx: FileContext): Promise<void> {
  if (!(await confirmDiscard(ctx, 'starting a new project'))) return;
  ctx.store.getState().replaceDocument(createProject({ now: new Date().toISOString() }), null);
  await discardDocumentDrafts(ctx.platform);
}

export async function openProject(ctx: FileContext, recentPath?: string): Promise<void> {
  if (!(await confirmDiscard(ctx, 'opening another project'))) return;
  const result = await ctx.platform.open(recentPath);
  if (!result.ok) return reportError(ctx.store, 'Could not open the file', result.error);
  if (!result.value) return;
  loadOpened(ctx.store, result.value);
  await discardDocumentDrafts(ctx.platform);
}

export function loadOpened(store: AppStore, opened: OpenedDocument): void {
  const s = store.getState();
  s.replaceDocument(opened.project, opened.file);
  s.notify('success', opened.migratedFrom === null ? `Opened ${opened.file.name}` : `Opened ${opened.file.name} (upgraded from format ${opened.migratedFrom})`);
}

/** Save where the document lives, or ask where. Resolves true when saved. */
export async function save(ctx: FileContext, forceAsk = false): Promise<boolean> {
  const { store, platform } = ctx;
  const project = store.getState().project;
  const file = store.getState().file;
  const stamped = { ...project, updatedAt: new Date().toISOString() };
  let result = file && !forceAsk
    ? await platform.save(stamped, file)
    : await platform.saveAs(stamped, suggestedFileName(project.name, FILE_EXTENSION));
  if (!result.ok && result.error.code === 'conflict' && file) {
    const resolved = await resolveConflict(ctx, stamped, file, result.error);
    if (resolved === 'save-as') return save(ctx, true);
    if (resolved === 'stop') return false;
    result = resolved;
  }
  if (!result.ok) {
    reportError(store, 'Could not save', result.error);
    return false;
  }
  if (!result.value) return false; // cancelled
  // Mark the object that was in the store when saving began: edits made
  // meanwhile keep the document dirty (and keep their recovery draft).
  store.getState().markSaved(project, result.value);
  store.getState().notify('success', `Saved ${result.value.name}`);
  await discardDocumentDrafts(platform, { keepSession: selectDirty(store.getState()) });
  return true;
}

/**
 * The file changed on disk since it was opened or saved. Resolves with the
 * result of an overwrite, 'save-as', or 'stop' (cancelled, or reloaded —
 * either way nothing was saved).
 */
async function resolveConflict(ctx: FileContext, project: Project, file: FileRef, error: AppError): Promise<Result<FileRef | null> | 'save-as' | 'stop'> {
  const { store, platform } = ctx;
  const choice = await ask(store, {
    title: 'File changed on disk',
    message: `${error.message} Overwrite it with your version, save your version as a new file${platform.reload ? ', or reload the file from disk and lose your changes' : ''}?`,
    choices: [
      { id: 'overwrite', label: 'Overwrite', tone: 'danger' },
      { id: 'save-as', label: 'Save As…', tone: 'primary' },
      ...(platform.reload ? [{ id: 'reload', label: 'Reload from disk' }] : []),
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  });
  if (choice === 'overwrite') return platform.save(project, file, { overwrite: true });
  if (choice === 'save-as') return 'save-as';
  if (choice === 'reload' && platform.reload) await reload(ctx, file);
  return 'stop';
}

/** Replace the document with the file as it is on disk now. */
async function reload(ctx: FileContext, file: FileRef): Promise<void> {
  const result = await ctx.platform.reload!(file);
  if (!result.ok) return reportError(ctx.store, 'Could not reload the file', result.error);
  ctx.store.getState().replaceDocument(result.value.project, result.value.file);
  ctx.store.getState().notify('success', `Reloaded ${result.value.file.name} from disk`);
  await discardDocumentDrafts(ctx.platform);
}

function reportError(store: AppStore, title: string, error: AppError): void {
  if (error.code === 'cancelled') return;
  const details = error.load ? error.load.problems.slice(0, 8).map((p) => `${p.path}: ${p.message}`) : [];
  store.getState().showError({ title, message: error.load ? error.load.message : error.message, details });
}
