/**
 * Finishing an inline rename. For an element that was just created, the
 * workshop scribe's flow applies: Enter or Tab commits and starts the next
 * one; Escape, or leaving a new card without typing a name, takes it back
 * out as if it had never been added.
 */
import type { CommitHow } from '../canvas/InlineEditor.tsx';
import type { AppStore } from '../state/store.ts';
import { addStage, addTouchpointTo } from './editing.ts';

export function finishTouchpointName(store: AppStore, id: string, title: string, how: CommitHow | 'cancel'): void {
  const s = store.getState();
  const isNew = s.editingIsNew && s.editingId === id;
  s.setEditing(null);
  if (isNew && (how === 'cancel' || title === '')) return s.retractLast();
  if (how !== 'cancel' && title) s.dispatch({ name: 'renameTouchpoint', payload: { journeyId: s.journeyId, touchpointId: id, title } }, undefined, { amend: isNew });
  s.sealHistory();
  if (how === 'tab' || (how === 'enter' && isNew)) addTouchpointTo(store);
}

export function finishStageName(store: AppStore, id: string, name: string, how: CommitHow | 'cancel'): void {
  const s = store.getState();
  const isNew = s.editingIsNew && s.editingId === id;
  s.setEditing(null);
  if (isNew && (how === 'cancel' || name === '')) return s.retractLast();
  if (how !== 'cancel' && name) s.dispatch({ name: 'renameStage', payload: { journeyId: s.journeyId, stageId: id, name } }, undefined, { amend: isNew });
  s.sealHistory();
  if (how === 'tab') addStage(store);
}
