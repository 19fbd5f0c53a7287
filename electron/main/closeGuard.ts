/**
 * The "unsaved changes" decision, kept pure so every branch is tested:
 * whether to ask, what the dialog says, and what each answer does.
 */
import type { MessageBoxOptions } from 'electron';

export const CLOSE_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;
export type CloseChoice = 'save' | 'discard' | 'cancel';
/** save → ask the renderer to save (it then calls window:close); discard → close now; cancel → stay. */
export type CloseAction = 'request-save' | 'close' | 'stay';

export function shouldAskBeforeClose(state: { dirty: boolean; closeApproved: boolean } | undefined): boolean {
  return state !== undefined && state.dirty && !state.closeApproved;
}

/** Any answer we do not recognise (e.g. Esc, dialog closed) keeps the window open. */
export function choiceFromResponse(response: number): CloseChoice {
  if (response === 0) return 'save';
  if (response === 1) return 'discard';
  return 'cancel';
}

export function actionForChoice(choice: CloseChoice): CloseAction {
  switch (choice) {
    case 'save':
      return 'request-save';
    case 'discard':
      return 'close';
    case 'cancel':
      return 'stay';
  }
}

export function unsavedChangesDialog(title: string): MessageBoxOptions {
  const name = title.trim() || 'this journey';
  return {
    type: 'warning',
    buttons: [...CLOSE_BUTTONS],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to “${name}”?`,
    detail: "Your changes will be lost if you don't save them.",
  };
}
