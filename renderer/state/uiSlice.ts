/** Transient UI: notices and the blocking error dialog. */
import type { StateCreator } from 'zustand';
import type { Question } from './dialogs.ts';
import type { AppState } from './store.ts';

export interface Notice { id: number; tone: 'info' | 'success' | 'error'; text: string }
export interface ErrorDialog { title: string; message: string; details: string[] }

export interface UiSlice {
  notices: Notice[];
  errorDialog: ErrorDialog | null;
  /** The open question dialog, answered through `answer()` in dialogs.ts. */
  question: Question | null;
  notify(tone: Notice['tone'], text: string): void;
  dismissNotice(id: number): void;
  showError(dialog: ErrorDialog): void;
  closeError(): void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  notices: [],
  errorDialog: null,
  question: null,
  notify: (tone, text) => {
    const notice = { id: nextNoticeId++, tone, text };
    set({ notices: [...get().notices.slice(-3), notice] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  showError: (errorDialog) => set({ errorDialog }),
  closeError: () => set({ errorDialog: null }),
});
