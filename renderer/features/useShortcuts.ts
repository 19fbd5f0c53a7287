/** Route key presses to actions through the data keymap in actions/registry.ts. */
import { useEffect } from 'react';
import { actionForShortcut, runAction, type ActionContext } from '../actions/registry.ts';
import { eventShortcut, isTyping } from '../actions/shortcuts.ts';

/** Shortcuts that still work while a text field has focus. */
const WHILE_TYPING = new Set(['Mod+S', 'Mod+Shift+S', 'Mod+O', 'Mod+N']);

export function useShortcuts(ctx: ActionContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ctx.store.getState().question || ctx.store.getState().errorDialog) return;
      const shortcut = eventShortcut(event);
      if (isTyping(event.target) && !WHILE_TYPING.has(shortcut)) return;
      const id = actionForShortcut(shortcut, ctx.platform.kind, ctx.store.getState());
      if (!id) return;
      event.preventDefault();
      runAction(id, ctx);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);
}
