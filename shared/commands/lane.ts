/** Commands on lanes (the rows of a journey). */
import { createLane } from '../domain/defaults.ts';
import type { Lane } from '../domain/model.ts';
import type { LaneRole } from '../domain/vocab.ts';
import { defineCommand } from './define.ts';
import { moveItem, patch, pruneIn, updateById, updateJourney } from './helpers.ts';

export const addLane = defineCommand<{ journeyId: string; laneId: string; role: LaneRole; name?: string; index?: number }>({
  label: 'Add lane',
  perform: (project, { journeyId, laneId, role, name, index }) => updateJourney(project, journeyId, (j) => {
    if (j.lanes.some((l) => l.id === laneId)) return j;
    const lanes = j.lanes.slice();
    lanes.splice(index === undefined ? lanes.length : Math.max(0, Math.min(lanes.length, index)), 0, createLane(laneId, role, name));
    return { ...j, lanes };
  }),
});

export const updateLane = defineCommand<{ journeyId: string; laneId: string; changes: Partial<Omit<Lane, 'id'>> }>({
  label: 'Edit lane',
  perform: (project, { journeyId, laneId, changes }) => updateJourney(project, journeyId, (j) => {
    const lanes = updateById(j.lanes, laneId, (l) => patch(l, changes));
    return lanes === j.lanes ? j : { ...j, lanes };
  }),
  coalesceKey: ({ laneId, changes }) => ('name' in changes ? `lane:${laneId}:name` : null),
});

export const moveLane = defineCommand<{ journeyId: string; laneId: string; toIndex: number }>({
  label: 'Move lane',
  perform: (project, { journeyId, laneId, toIndex }) => updateJourney(project, journeyId, (j) => {
    const lanes = moveItem(j.lanes, j.lanes.findIndex((l) => l.id === laneId), toIndex);
    return lanes === j.lanes ? j : { ...j, lanes };
  }),
});

/** Deletes lanes and, through the cascade, the cards in them. */
export const deleteLanes = defineCommand<{ journeyId: string; laneIds: string[] }>({
  label: 'Delete lane',
  perform: (project, { journeyId, laneIds }) => {
    const doomed = new Set(laneIds);
    const removed = updateJourney(project, journeyId, (j) => {
      const lanes = j.lanes.filter((l) => !doomed.has(l.id));
      // A journey always keeps at least one lane to hold cards.
      return lanes.length === j.lanes.length || lanes.length === 0 ? j : { ...j, lanes };
    });
    return removed === project ? project : pruneIn(removed, journeyId);
  },
});
