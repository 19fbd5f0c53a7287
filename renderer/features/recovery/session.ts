/**
 * This window session's crash-recovery state: its own draft id (made once,
 * when the module loads), the drafts whose content is in the open document
 * (this session's, plus one restored from an earlier session), and a queue
 * that keeps draft writes and removals in order — so a slow autosave can
 * never land after the removal that followed a save.
 */
import type { Project } from '../../../shared/domain/model.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import type { Platform } from '../../platform/types.ts';

function makeDraftId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** This session's draft id: matches the contract's /^[A-Za-z0-9_-]{1,64}$/. */
export const SESSION_DRAFT_ID = makeDraftId();

/** Debounce between the last change and the draft write. */
export const AUTOSAVE_DELAY_MS = 1500;

/** Drafts from earlier sessions whose content is now the open document. */
const adopted = new Set<string>();
/** True when this session's draft may exist (written and not removed since). */
let sessionWritten = false;
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(op: () => Promise<T>): Promise<T> {
  const next = queue.then(op, op);
  queue = next.catch(() => undefined);
  return next;
}

export function saveSessionDraft(platform: Platform, name: string, filePath: string | null, project: Project): Promise<Result<null>> {
  return enqueue(async () => {
    const result = await platform.drafts.save(SESSION_DRAFT_ID, name, filePath, project);
    if (result.ok) sessionWritten = true;
    return result;
  });
}

/** A restored draft: removed along with this session's once the document is saved or replaced. */
export function adoptDraft(draftId: string): void {
  if (draftId !== SESSION_DRAFT_ID) adopted.add(draftId);
}

/**
 * The open document was saved or deliberately replaced: its drafts are no
 * longer needed. `keepSession` keeps this session's own draft (edits made
 * while saving are newer than the file).
 */
export function discardDocumentDrafts(platform: Platform, options: { keepSession?: boolean } = {}): Promise<void> {
  const ids = [...adopted];
  adopted.clear();
  return enqueue(async () => {
    if (!options.keepSession && sessionWritten) {
      sessionWritten = false;
      ids.push(SESSION_DRAFT_ID);
    }
    // A failed removal only means a stale draft is offered at the next start.
    await Promise.all(ids.map((id) => platform.drafts.discard(id).catch(() => undefined)));
  });
}

/** For tests: forget everything and wait for pending draft operations. */
export async function resetDraftSession(): Promise<void> {
  await queue;
  adopted.clear();
  sessionWritten = false;
}

/** For tests and the UI: which drafts the open document carries. */
export const adoptedDrafts = (): string[] => [...adopted];
