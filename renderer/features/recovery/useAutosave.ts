/**
 * Autosave of crash-recovery drafts: 1.5 s after the last change to the
 * project, write it (untitled or not) as this session's draft. A document
 * that is not dirty needs no draft: its drafts are removed instead (after a
 * save, New, Open, a template, or undoing back to the saved state).
 */
import { useEffect } from 'react';
import type { Platform } from '../../platform/types.ts';
import { selectDirty, type AppStore } from '../../state/store.ts';
import { AUTOSAVE_DELAY_MS, discardDocumentDrafts, saveSessionDraft } from './session.ts';

export function useAutosave(store: AppStore, platform: Platform): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let warned = false;
    const flush = async () => {
      timer = undefined;
      const s = store.getState();
      if (!selectDirty(s)) return discardDocumentDrafts(platform);
      const result = await saveSessionDraft(platform, s.project.name, s.file?.path ?? null, s.project);
      if (!result.ok && !warned) {
        // Once per session: the user can still save; only the safety net is missing.
        warned = true;
        store.getState().notify('error', `Touchline could not keep a recovery copy of your work. ${result.error.message}`);
      }
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.project === previous.project) return;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    // A clean close: nothing unsaved, so no draft should outlive the page.
    const onPageHide = () => { if (!selectDirty(store.getState())) void discardDocumentDrafts(platform); };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [store, platform]);
}
