/**
 * The document slice: the project, where it lives on disk, and its history.
 * `dispatch` is the only way to change the project, so undo/redo and the
 * unsaved-changes marker come for free: the document is dirty exactly when it
 * is not the object that was last opened or saved.
 */
import type { StateCreator } from 'zustand';
import { commandCoalesceKey, commandLabel, runCommand, type CommandCall } from '../../shared/commands/registry.ts';
import type { Project } from '../../shared/domain/model.ts';
import { amend, createHistory, record, redo, seal, undo, type History } from '../../shared/history/history.ts';
import type { FileRef } from '../platform/types.ts';
import type { AppState } from './store.ts';
import { EMPTY_SELECTION, type Selection } from './selection.ts';

export interface DocumentSlice {
  project: Project;
  /** The project as last opened or saved; `project !== savedProject` means unsaved changes. */
  savedProject: Project;
  file: FileRef | null;
  history: History<Project, Selection>;
  /**
   * Run a command; optionally set the selection it leaves behind. With
   * `amend`, the change joins the last undo step. Returns true when the project changed.
   */
  dispatch(call: CommandCall, selectionAfter?: Selection, options?: { amend?: boolean }): boolean;
  /** Run several commands as one undo step. */
  dispatchAll(calls: CommandCall[], label: string, selectionAfter?: Selection): boolean;
  undo(): void;
  redo(): void;
  /** Take back the last step entirely, leaving nothing to redo (an added card that was never named). */
  retractLast(): void;
  /** End the current typing burst so the next edit is a new undo step. */
  sealHistory(): void;
  /** Replace the document (New, Open): not undoable, starts a fresh history. */
  replaceDocument(project: Project, file: FileRef | null): void;
  markSaved(project: Project, file: FileRef): void;
}

export const createDocumentSlice = (initial: Project, now: () => number): StateCreator<AppState, [], [], DocumentSlice> => (set, get) => {
  const commit = (next: Project, label: string, coalesceKey: string | null, selectionAfter?: Selection, amendLast = false) => {
    const state = get();
    if (next === state.project) return false;
    const after = selectionAfter ?? state.selection;
    const history = amendLast && state.history.past.length > 0
      ? amend(state.history, next, after, now())
      : record(state.history, { label, before: state.project, after: next, selectionBefore: state.selection, selectionAfter: after, coalesceKey, at: now() });
    set({ project: next, selection: after, history });
    return true;
  };
  return {
    project: initial,
    savedProject: initial,
    file: null,
    history: createHistory<Project, Selection>(),
    dispatch: (call, selectionAfter, options) => commit(runCommand(get().project, call), commandLabel(call), commandCoalesceKey(call), selectionAfter, options?.amend),
    dispatchAll: (calls, label, selectionAfter) => commit(calls.reduce(runCommand, get().project), label, null, selectionAfter),
    undo: () => {
      const step = undo(get().history);
      if (step) set({ history: step.history, project: step.entry.before, selection: step.entry.selectionBefore, editingId: null });
    },
    redo: () => {
      const step = redo(get().history);
      if (step) set({ history: step.history, project: step.entry.after, selection: step.entry.selectionAfter, editingId: null });
    },
    retractLast: () => {
      const { history } = get();
      const last = history.past[history.past.length - 1];
      if (!last) return;
      set({ project: last.before, selection: last.selectionBefore, history: { ...history, past: history.past.slice(0, -1), sealed: true } });
    },
    sealHistory: () => set({ history: seal(get().history) }),
    replaceDocument: (project, file) => set({
      project, savedProject: project, file, history: createHistory<Project, Selection>(),
      selection: EMPTY_SELECTION, editingId: null, journeyId: project.journeys[0]!.id, viewEpoch: get().viewEpoch + 1,
    }),
    markSaved: (project, file) => set({ savedProject: project, file }),
  };
};
