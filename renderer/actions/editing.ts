/** Editing actions shared by the toolbar, the keyboard and the native menu. */
import { createId } from '../../shared/domain/ids.ts';
import { defaultCardLane } from '../../shared/domain/defaults.ts';
import { BOARD, nextSlot } from '../../shared/domain/layout.ts';
import type { CommandCall } from '../../shared/commands/registry.ts';
import { byId } from '../state/indexes.ts';
import { selectJourney, type AppStore } from '../state/store.ts';

export function addStage(store: AppStore): string {
  const s = store.getState();
  const stageId = createId('stage');
  const number = selectJourney(s).stages.length + 1;
  s.dispatch({ name: 'addStage', payload: { journeyId: s.journeyId, stageId, name: `Stage ${number}` } }, [stageId]);
  s.setEditing(stageId);
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
  s.dispatch({ name: 'addTouchpoint', payload: { journeyId: s.journeyId, touchpointId, stageId: targetStage, laneId, title: 'New touchpoint', position } }, [touchpointId]);
  s.setEditing(touchpointId);
  s.reveal(touchpointId);
  return touchpointId;
}

/** Delete everything selected as one undo step. */
export function deleteSelection(store: AppStore): void {
  const s = store.getState();
  const journey = selectJourney(s);
  const touchpointIds = s.selection.filter((id) => byId(journey.touchpoints, id));
  const stageIds = s.selection.filter((id) => byId(journey.stages, id));
  const calls: CommandCall[] = [];
  if (touchpointIds.length) calls.push({ name: 'deleteTouchpoints', payload: { journeyId: s.journeyId, touchpointIds } });
  if (stageIds.length) calls.push({ name: 'deleteStages', payload: { journeyId: s.journeyId, stageIds } });
  if (calls.length === 0) return;
  const count = touchpointIds.length + stageIds.length;
  s.dispatchAll(calls, count === 1 ? (stageIds.length ? 'Delete stage' : 'Delete touchpoint') : `Delete ${count} items`, []);
}

export function selectAll(store: AppStore): void {
  const s = store.getState();
  s.setSelection(selectJourney(s).touchpoints.map((t) => t.id));
}

/** F2 / Enter: rename the one selected stage or touchpoint. */
export function renameSelection(store: AppStore): void {
  const s = store.getState();
  if (s.selection.length === 1) s.setEditing(s.selection[0]!);
}
