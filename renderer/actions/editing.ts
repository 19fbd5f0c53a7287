/** Editing actions shared by the toolbar, the keyboard and the native menu. */
import { createId } from '../../shared/domain/ids.ts';
import { defaultCardLane } from '../../shared/domain/defaults.ts';
import { BOARD, nextSlot } from '../../shared/domain/layout.ts';
import { ask } from '../state/dialogs.ts';
import { deleteSystemsAsking } from './systems.ts';
import { findElement } from '../state/elements.ts';
import { byId } from '../state/indexes.ts';
import { selectJourney, type AppStore } from '../state/store.ts';

export function addStage(store: AppStore): string {
  const s = store.getState();
  const stageId = createId('stage');
  const number = selectJourney(s).stages.length + 1;
  s.dispatch({ name: 'addStage', payload: { journeyId: s.journeyId, stageId, name: `Stage ${number}` } }, [stageId]);
  s.setEditing(stageId, true);
  s.reveal(stageId);
  return stageId;
}

/**
 * Add a touchpoint to a stage and start naming it. With a touchpoint
 * selected, the new one goes right below it in the same stage and lane — the
 * workshop scribe's quick add.
 */
export function addTouchpointTo(store: AppStore, stageId?: string): string | null {
  const s = store.getState();
  const journey = selectJourney(s);
  const selected = s.selection.length === 1 ? s.selection[0]! : undefined;
  const anchor = selected ? byId(journey.touchpoints, selected) : undefined;
  const targetStage = stageId ?? anchor?.stageId ?? (selected && byId(journey.stages, selected) ? selected : journey.stages.at(-1)?.id);
  if (!targetStage) {
    s.notify('info', 'Add a stage first: touchpoints live inside stages.');
    return null;
  }
  const laneId = anchor && anchor.stageId === targetStage ? anchor.laneId : defaultCardLane(journey)?.id;
  if (!laneId) return null;
  const position = anchor && anchor.stageId === targetStage
    ? { x: anchor.position.x, y: Math.max(anchor.position.y + BOARD.cardHeight + BOARD.padding, nextSlot(journey, targetStage, laneId).y) }
    : nextSlot(journey, targetStage, laneId);
  const touchpointId = createId('touchpoint');
  s.dispatch({ name: 'addTouchpoint', payload: { journeyId: s.journeyId, touchpointId, stageId: targetStage, laneId, title: '', position } }, [touchpointId]);
  s.setEditing(touchpointId, true);
  s.reveal(touchpointId);
  return touchpointId;
}

/** Delete everything selected as one undo step; asks first when a stage still holds touchpoints. */
export async function deleteSelection(store: AppStore): Promise<void> {
  const s = store.getState();
  const journey = selectJourney(s);
  const found = s.selection.map((id) => findElement(s.project, journey, id)).filter((e) => e !== null);
  // Systems belong to the project's catalog: deleting one asks, naming where it is used.
  const systemIds = found.filter((e) => e.kind === 'system').map((e) => e.item.id);
  if (systemIds.length > 0 && !(await deleteSystemsAsking(store, systemIds))) return;
  const ids = found.filter((e) => e.kind !== 'system').map((e) => e.item.id);
  if (ids.length === 0) return;
  const stages = ids.filter((id) => byId(journey.stages, id));
  const held = journey.touchpoints.filter((t) => stages.includes(t.stageId)).length;
  if (held > 0) {
    const names = stages.map((id) => `"${byId(journey.stages, id)!.name}"`).join(', ');
    const choice = await ask(store, {
      title: stages.length === 1 ? 'Delete stage?' : 'Delete stages?',
      message: `${names} ${stages.length === 1 ? 'holds' : 'hold'} ${held} touchpoint${held === 1 ? '' : 's'}. They and their friction points will be deleted too. You can undo this.`,
      choices: [{ id: 'delete', label: 'Delete', tone: 'danger' }, { id: 'cancel', label: 'Cancel' }],
      cancelId: 'cancel',
    });
    if (choice !== 'delete') return;
  }
  const label = ids.length === 1 ? `Delete ${findElement(s.project, journey, ids[0]!)!.kind}` : `Delete ${ids.length} items`;
  const current = store.getState();
  current.dispatchAll([{ name: 'deleteElements', payload: { journeyId: current.journeyId, ids } }], label, []);
}

export function selectAll(store: AppStore): void {
  const s = store.getState();
  s.setSelection(selectJourney(s).touchpoints.map((t) => t.id));
}

/** F2 / Enter: rename the one selected stage or touchpoint. */
export function renameSelection(store: AppStore): void {
  const s = store.getState();
  const id = s.selection.length === 1 ? s.selection[0]! : null;
  const journey = selectJourney(s);
  if (id && (byId(journey.stages, id) || byId(journey.touchpoints, id))) s.setEditing(id);
}

/** Arrow keys: nudge the selected touchpoints (consecutive nudges are one undo step). */
export function nudgeSelection(store: AppStore, dx: number, dy: number): void {
  const s = store.getState();
  const journey = selectJourney(s);
  const placements = s.selection.flatMap((id) => {
    const t = byId(journey.touchpoints, id);
    return t ? [{ id, stageId: t.stageId, laneId: t.laneId, position: { x: t.position.x + dx, y: t.position.y + dy } }] : [];
  });
  if (placements.length) s.dispatch({ name: 'moveTouchpoints', payload: { journeyId: s.journeyId, placements, nudge: true } });
}

/** Alt+← / Alt+→: move the selected stage one column. */
export function moveSelectedStage(store: AppStore, delta: -1 | 1): void {
  const s = store.getState();
  const journey = selectJourney(s);
  const id = s.selection.length === 1 ? s.selection[0]! : null;
  const index = id ? journey.stages.findIndex((st) => st.id === id) : -1;
  if (index < 0) return;
  s.dispatch({ name: 'moveStage', payload: { journeyId: s.journeyId, stageId: id!, toIndex: index + delta } });
}
