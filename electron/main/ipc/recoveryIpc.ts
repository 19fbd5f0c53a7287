/**
 * Crash-recovery drafts over IPC. Drafts live in `<userData>/recovery`. A
 * window's drafts are removed when it closes normally (its webContents is
 * destroyed); a crash of the renderer or of the whole app leaves them for
 * the next start.
 */
import { join } from 'node:path';
import { app, type WebContents } from 'electron';
import type { RestoredDraft } from '../../../shared/ipc/contract.ts';
import { ok } from '../../../shared/ipc/result.ts';
import { DraftStore } from '../../services/drafts.ts';
import { checkWindowProject, printer, rememberSoon } from '../../services/windowSave.ts';
import type { MainContext } from '../context.ts';

export function recoveryFolder(): string {
  return join(app.getPath('userData'), 'recovery');
}

export function setupRecoveryIpc(ctx: MainContext, store: DraftStore = new DraftStore(recoveryFolder(), { appVersion: ctx.appVersion, printer })): void {
  const { handle, windows, recent } = ctx;
  /** Drafts each window wrote, by webContents id, to remove on a clean close. */
  const written = new Map<number, Set<string>>();

  const track = (sender: WebContents, windowId: number, draftId: string) => {
    let ids = written.get(windowId);
    if (!ids) {
      ids = new Set();
      written.set(windowId, ids);
      const drafts = ids;
      // A crashed renderer's window may still be closed normally: its drafts are exactly what to keep.
      let crashed = false;
      sender.once('render-process-gone', () => { crashed = true; });
      sender.once('destroyed', () => {
        written.delete(windowId);
        if (crashed) return;
        for (const id of drafts) void store.discard(id).catch((error: unknown) => console.warn('Could not remove a recovery copy.', error));
      });
    }
    ids.add(draftId);
  };

  handle('recovery:saveDraft', async ({ draftId, name, filePath, project }, { event, windowId }) => {
    // Keep the path (and what the file looked like) only when this window may save there.
    const allowed = filePath !== null && windows.canSaveTo(windowId, filePath);
    const saved = await store.save(draftId, {
      name,
      filePath: allowed ? filePath : null,
      identity: allowed ? windows.identityOf(windowId, filePath) : null,
    }, project, (value) => checkWindowProject(windows, windowId, value));
    if (saved.ok) {
      track(event.sender, windowId, draftId);
      // A new project's first copy here is printed whole; learn its items for the saves to come.
      const checked = windows.checkedProject(windowId);
      if (checked) void rememberSoon(checked);
    }
    return saved;
  });

  handle('recovery:list', async () => ok(await store.list()));

  handle('recovery:restore', async ({ draftId }, { event, windowId }) => {
    const loaded = await store.load(draftId);
    if (!loaded.ok) return loaded;
    const { project, meta } = loaded.value;
    // After a crash the new window has allowed nothing yet: a path the user
    // opened or saved before (it is in the recent list) is allowed again, with
    // the identity it had then, so a save still notices changes made since.
    // Without a recorded identity the path is dropped (the draft becomes untitled).
    let filePath: string | null = null;
    if (meta.filePath !== null && windows.canSaveTo(windowId, meta.filePath)) {
      filePath = meta.filePath;
    } else if (meta.filePath !== null && meta.identity !== null && recent.has(meta.filePath)) {
      filePath = meta.filePath;
      windows.allowPath(windowId, filePath, meta.identity);
    }
    // Restored here, so a clean close of this window removes it too.
    track(event.sender, windowId, draftId);
    windows.rememberChecked(windowId, project);
    void rememberSoon(project);
    const restored: RestoredDraft = { draftId, project, filePath };
    return ok(restored);
  });

  handle('recovery:discard', async ({ draftId }, { windowId }) => {
    await store.discard(draftId);
    written.get(windowId)?.delete(draftId);
    return ok(null);
  });
}
