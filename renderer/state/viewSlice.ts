/**
 * View state: which journey is shown, what is selected, what is being
 * renamed, where cards are while being dragged. None of it is saved in the
 * project file, and changing it never touches undo history.
 */
import type { StateCreator } from 'zustand';
import type { Position } from '../../shared/domain/model.ts';
import type { AppState } from './store.ts';

export type Lens = 'marketing' | 'it' | 'combined';
import { EMPTY_SELECTION, sameSelection, type Selection } from './selection.ts';

export interface ViewSlice {
  journeyId: string;
  selection: Selection;
  /** Id of the stage or touchpoint whose name is being edited inline. */
  editingId: string | null;
  /** True when the element being named was just created (quick add chains the next one). */
  editingIsNew: boolean;
  /** The persona whose emotion curve is drawn. */
  curvePersonaId: string | null;
  /** What the canvas emphasises: marketing (emotions, friction), IT (systems, data links) or both. */
  lens: Lens;
  /** The canvas pane the user last pointed at (side-by-side mode has two). */
  activePane: string;
  /** Board positions of cards during a drag (applied to the document on drop). */
  dragPositions: ReadonlyMap<string, Position> | null;
  /** A node the canvas should scroll into view (set after adding one). */
  revealId: string | null;
  /** Bumped when a different document is loaded, so the canvas fits it to the window. */
  viewEpoch: number;
  /** Bumped by "Zoom to fit", so each canvas fits its whole board to its window. */
  fitEpoch: number;
  /**
   * Where each canvas pane last left its view, by `viewKey`: a pane shown again (side by side
   * entered or left) comes back to it instead of to the board's start.
   */
  views: Readonly<Record<string, SavedView>>;
  setSelection(selection: Selection): void;
  setEditing(id: string | null, isNew?: boolean): void;
  setCurvePersona(id: string | null): void;
  setLens(lens: Lens): void;
  setActivePane(pane: string): void;
  setDragPositions(positions: ReadonlyMap<string, Position> | null): void;
  reveal(id: string | null): void;
  requestFit(): void;
  rememberView(key: string, view: SavedView): void;
}

export interface SavedView { x: number; y: number; zoom: number }

/** A pane's view belongs to the document loaded (`viewEpoch`) and the journey shown. */
export const viewKey = (pane: string, journeyId: string, epoch: number): string => `${pane}|${journeyId}|${epoch}`;

export const createViewSlice = (journeyId: string): StateCreator<AppState, [], [], ViewSlice> => (set, get) => ({
  journeyId,
  selection: EMPTY_SELECTION,
  editingId: null,
  editingIsNew: false,
  curvePersonaId: null,
  lens: 'combined',
  activePane: 'main',
  dragPositions: null,
  revealId: null,
  viewEpoch: 0,
  fitEpoch: 0,
  views: {},
  setSelection: (selection) => { if (!sameSelection(selection, get().selection)) set({ selection }); },
  setEditing: (editingId, isNew = false) => set({ editingId, editingIsNew: editingId !== null && isNew }),
  setCurvePersona: (curvePersonaId) => set({ curvePersonaId }),
  setLens: (lens) => set({ lens }),
  setActivePane: (activePane) => { if (get().activePane !== activePane) set({ activePane }); },
  setDragPositions: (dragPositions) => set({ dragPositions }),
  reveal: (revealId) => set({ revealId }),
  requestFit: () => set({ fitEpoch: get().fitEpoch + 1 }),
  // Views of an earlier document are dropped: only the current document's panes come back.
  rememberView: (key, view) => {
    const epoch = `|${get().viewEpoch}`;
    const kept = Object.fromEntries(Object.entries(get().views).filter(([k]) => k.endsWith(epoch)));
    set({ views: { ...kept, [key]: view } });
  },
});
