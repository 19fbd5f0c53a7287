/**
 * Crash-recovery drafts in browser mode, kept in the origin's local storage.
 * (The desktop keeps them as files in the app's data folder.)
 */
import type { DraftInfo, RestoredDraft } from '../../shared/ipc/contract.ts';
import { err, ok } from '../../shared/ipc/result.ts';
import { loadProjectText } from '../../shared/file/load.ts';
import { serializeOffThread } from './serializeOffThread.ts';
import type { Platform } from './types.ts';

const PREFIX = 'touchline.draft.';

interface StoredDraft { name: string; savedAt: string; filePath: string | null; text: string }

export function createBrowserDrafts(win: Window): Platform['drafts'] {
  const storage = () => win.localStorage;
  return {
    async save(draftId, name, filePath, project) {
      try {
        const draft: StoredDraft = { name, savedAt: new Date().toISOString(), filePath, text: await serializeOffThread(project) };
        storage().setItem(PREFIX + draftId, JSON.stringify(draft));
        return ok(null);
      } catch (error) {
        return err('write-failed', `The recovery copy could not be kept: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async list() {
      const drafts: DraftInfo[] = [];
      for (let i = 0; i < storage().length; i++) {
        const key = storage().key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const draft = read(storage().getItem(key));
        if (draft) drafts.push({ draftId: key.slice(PREFIX.length), name: draft.name, savedAt: draft.savedAt, bytes: draft.text.length, filePath: draft.filePath });
      }
      return ok(drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    },
    async restore(draftId) {
      const draft = read(storage().getItem(PREFIX + draftId));
      if (!draft) return err('read-failed', 'That recovery copy is no longer there.');
      const loaded = loadProjectText(draft.text);
      if (!loaded.ok) return err('load-failed', loaded.error.message, loaded.error);
      const restored: RestoredDraft = { draftId, project: loaded.project, filePath: draft.filePath };
      return ok(restored);
    },
    async discard(draftId) {
      storage().removeItem(PREFIX + draftId);
      return ok(null);
    },
  };
}

function read(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    return typeof value.text === 'string' && typeof value.name === 'string' && typeof value.savedAt === 'string'
      ? { name: value.name, savedAt: value.savedAt, filePath: value.filePath ?? null, text: value.text }
      : null;
  } catch {
    return null;
  }
}
