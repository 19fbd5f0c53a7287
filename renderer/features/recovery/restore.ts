/**
 * Restore a draft from an earlier session: it replaces the document (after
 * the unsaved-changes question), stays dirty — it is not saved anywhere —
 * and keeps its original file path when main allowed it. The draft is
 * removed once the document is saved (or deliberately replaced).
 */
import type { DraftInfo } from '../../../shared/ipc/contract.ts';
import { confirmDiscard, type FileContext } from '../../actions/file.ts';
import type { FileRef } from '../../platform/types.ts';
import { adoptDraft, discardDocumentDrafts } from './session.ts';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export async function restoreDraft(ctx: FileContext, draft: DraftInfo): Promise<boolean> {
  const { store, platform } = ctx;
  if (!(await confirmDiscard(ctx, 'restoring the recovered copy'))) return false;
  const result = await platform.drafts.restore(draft.draftId);
  if (!result.ok) {
    const { error } = result;
    const details = error.load ? error.load.problems.slice(0, 8).map((p) => `${p.path}: ${p.message}`) : [];
    store.getState().showError({ title: 'Could not restore the recovered copy', message: error.load ? error.load.message : error.message, details });
    return false;
  }
  // The map being replaced was saved or deliberately let go: its drafts go.
  await discardDocumentDrafts(platform);
  const { project, filePath } = result.value;
  const file: FileRef | null = filePath ? { path: filePath, name: baseName(filePath) } : null;
  const s = store.getState();
  s.replaceDocument(project, file);
  // Not saved anywhere: a copy as the "saved" state keeps it dirty.
  store.setState({ savedProject: { ...project } });
  adoptDraft(draft.draftId);
  s.notify('success', `Restored ${draft.name}. Save it to keep it.`);
  return true;
}

/** Remove a draft the user chose not to restore. */
export async function discardDraft(ctx: FileContext, draft: DraftInfo): Promise<boolean> {
  const result = await ctx.platform.drafts.discard(draft.draftId);
  if (!result.ok) {
    ctx.store.getState().showError({ title: 'Could not discard the recovered copy', message: result.error.message, details: [] });
    return false;
  }
  return true;
}
