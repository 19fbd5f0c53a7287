/**
 * Which canvas pane a node is drawn in. In side-by-side mode both panes draw
 * every node; only the pane the user last worked in shows an inline editor,
 * so the two editors never fight over focus.
 */
import { createContext, useContext } from 'react';
import { useAppStore } from '../state/store.ts';

export const PaneContext = createContext<string>('main');

/** True when `id` is being renamed in this pane. */
export function useEditingHere(id: string): boolean {
  const pane = useContext(PaneContext);
  return useAppStore((s) => s.editingId === id && (s.activePane === pane || !s.sideBySide));
}
