/** Route the document's copy/cut/paste events to the canvas when no text field has focus. */
import { useEffect } from 'react';
import { copySelectionText, deleteSelectionForCut, pasteText } from '../actions/clipboard.ts';
import { isTyping } from '../actions/shortcuts.ts';
import type { AppStore } from '../state/store.ts';

export function useClipboardEvents(store: AppStore): void {
  useEffect(() => {
    const onCopy = (cut: boolean) => (event: ClipboardEvent) => {
      if (isTyping(document.activeElement) || !event.clipboardData) return;
      const text = copySelectionText(store);
      if (!text) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      if (cut) deleteSelectionForCut(store);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(document.activeElement)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (pasteText(store, text)) event.preventDefault();
    };
    const copy = onCopy(false);
    const cut = onCopy(true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);
}
