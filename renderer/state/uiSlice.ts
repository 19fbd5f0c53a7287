/** Transient UI: which panels and modes are open, notices, dialogs. Never saved. */
import type { StateCreator } from 'zustand';
import type { Role } from '../../shared/domain/vocab.ts';
import type { Question } from './dialogs.ts';
import type { AppState } from './store.ts';

export interface Notice { id: number; tone: 'info' | 'success' | 'error'; text: string }
export interface ErrorDialog { title: string; message: string; details: string[] }

/** Who is speaking in a workshop: notes are attributed to this name and role. */
export interface Identity { userName: string; role: Role }

export type SidePanel = 'journey' | 'voting' | 'catalog' | 'alignment' | 'annotations';

export interface UiSlice {
  /** The left panel: journey setup (lanes, personas) or dot voting; null when closed. */
  sidePanel: SidePanel | null;
  inspectorOpen: boolean;
  presenting: boolean;
  templatesOpen: boolean;
  /** File ▸ Export… dialog. */
  exportOpen: boolean;
  /** Side-by-side mode: Marketing lens left, IT lens right, same journey. */
  sideBySide: boolean;
  /** Whether the two panes pan and zoom together. */
  syncPanes: boolean;
  /** Whose votes the voting panel places (workshop mode). */
  currentVoter: string;
  /** Who is speaking (loaded from the preferences on start; one laptop is passed around). */
  identity: Identity;
  setIdentity(changes: Partial<Identity>): void;
  togglePanel(panel: SidePanel): void;
  setUi(changes: Partial<Pick<UiSlice, 'sidePanel' | 'inspectorOpen' | 'presenting' | 'templatesOpen' | 'currentVoter' | 'exportOpen' | 'sideBySide' | 'syncPanes'>>): void;
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
  sidePanel: null,
  inspectorOpen: true,
  presenting: false,
  templatesOpen: false,
  exportOpen: false,
  sideBySide: false,
  syncPanes: true,
  currentVoter: '',
  identity: { userName: '', role: 'marketing' },
  setIdentity: (changes) => set({ identity: { ...get().identity, ...changes } }),
  togglePanel: (panel) => set({ sidePanel: get().sidePanel === panel ? null : panel }),
  setUi: (changes) => set(changes),
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
