/**
 * Copy, cut, paste and duplicate. The clipboard holds a JSON fragment as
 * plain text, set from the browser's own copy/paste events (so Ctrl+C, the
 * Edit menu's roles and the system clipboard all work, without clipboard
 * permissions), which also lets a selection copied in one project window
 * paste into another.
 */
import { copyFragment, fragmentIds, parseFragment, remapFragment, type Fragment } from '../../shared/domain/fragment.ts';
import { createId } from '../../shared/domain/ids.ts';
import { selectJourney, type AppStore } from '../state/store.ts';

const PASTE_OFFSET = { x: 24, y: 24 };

/** The clipboard text for the current selection, or null when nothing copyable is selected. */
export function copySelectionText(store: AppStore): string | null {
  const s = store.getState();
  const fragment = copyFragment(selectJourney(s), s.selection);
  if (!fragment) return null;
  const n = fragment.stages.length + fragment.touchpoints.length + fragment.opportunities.length;
  s.notify('info', `Copied ${n} item${n === 1 ? '' : 's'}`);
  return JSON.stringify(fragment);
}

export function deleteSelectionForCut(store: AppStore): void {
  const s = store.getState();
  s.dispatchAll([{ name: 'deleteElements', payload: { journeyId: s.journeyId, ids: [...s.selection] } }], 'Cut', []);
}

/** Paste clipboard text; returns false when it is not a Touchline fragment. */
export function pasteText(store: AppStore, text: string): boolean {
  const fragment = parseFragment(text);
  if (!fragment) return false;
  insert(store, fragment, 'Paste');
  return true;
}

export function duplicateSelection(store: AppStore): void {
  const s = store.getState();
  const fragment = copyFragment(selectJourney(s), s.selection);
  if (fragment) insert(store, fragment, 'Duplicate');
}

function insert(store: AppStore, fragment: Fragment, label: string): void {
  const s = store.getState();
  const fresh = remapFragment(fragment, (kind) => createId(kind));
  const journey = selectJourney(s);
  const selectedStage = s.selection.find((id) => journey.stages.some((st) => st.id === id));
  const selectedCard = journey.touchpoints.find((t) => s.selection.includes(t.id));
  const fallbackStageId = selectedStage ?? selectedCard?.stageId;
  s.dispatchAll([{ name: 'insertFragment', payload: { journeyId: s.journeyId, fragment: fresh, fallbackStageId, offset: PASTE_OFFSET } }], label, fragmentIds(fresh));
}
