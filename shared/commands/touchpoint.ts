/** Commands on touchpoints (the cards of a journey). */
import { createTouchpoint, defaultCardLane } from '../domain/defaults.ts';
import { nextSlot } from '../domain/layout.ts';
import type { Position, Touchpoint } from '../domain/model.ts';
import { defineCommand } from './define.ts';
import { boardPosition, keep, patch, pruneIn, updateById, updateJourney } from './helpers.ts';

export const addTouchpoint = defineCommand<{
  journeyId: string; touchpointId: string; stageId: string; laneId?: string; title: string;
  position?: Position; fields?: Partial<Omit<Touchpoint, 'id' | 'stageId' | 'laneId' | 'position'>>;
}>({
  label: 'Add touchpoint',
  perform: (project, { journeyId, touchpointId, stageId, laneId, title, position, fields }) => {
    const next = updateJourney(project, journeyId, (j) => {
      if (!j.stages.some((s) => s.id === stageId)) return j;
      if (j.touchpoints.some((t) => t.id === touchpointId)) return j;
      const lane = laneId ? j.lanes.find((l) => l.id === laneId) : defaultCardLane(j);
      if (!lane) return j;
      const touchpoint = { ...createTouchpoint(touchpointId, stageId, lane.id, title, position ?? boardPosition(nextSlot(j, stageId, lane.id))), ...fields };
      return { ...j, touchpoints: [...j.touchpoints, touchpoint] };
    });
    // `fields.emotions` may name personas that are not in the project: drop those scores.
    return next === project ? project : pruneIn(next, journeyId);
  },
});

export const updateTouchpoint = defineCommand<{ journeyId: string; touchpointId: string; changes: Partial<Omit<Touchpoint, 'id' | 'stageId' | 'laneId' | 'position'>> }>({
  label: 'Edit touchpoint',
  perform: (project, { journeyId, touchpointId, changes }) => {
    const next = updateJourney(project, journeyId, (j) => {
      const touchpoints = updateById(j.touchpoints, touchpointId, (t) => patch(t, changes));
      return touchpoints === j.touchpoints ? j : { ...j, touchpoints };
    });
    // `changes.emotions` may name personas that are not in the project: drop those scores.
    return next === project ? project : pruneIn(next, journeyId);
  },
  coalesceKey: ({ touchpointId, changes }) => `touchpoint:${touchpointId}:${Object.keys(changes).sort().join(',')}`,
});

export const renameTouchpoint = defineCommand<{ journeyId: string; touchpointId: string; title: string }>({
  label: 'Rename touchpoint',
  perform: (project, { journeyId, touchpointId, title }) => updateTouchpoint.perform(project, { journeyId, touchpointId, changes: { title } }),
  coalesceKey: ({ touchpointId }) => `touchpoint:${touchpointId}:title`,
});

export interface Placement { id: string; stageId: string; laneId: string; position: Position }

/** Place touchpoints in cells (a drag, a nudge, a tidy): one undo step for all of them. */
export const moveTouchpoints = defineCommand<{ journeyId: string; placements: Placement[]; nudge?: boolean }>({
  label: 'Move touchpoints',
  perform: (project, { journeyId, placements }) => updateJourney(project, journeyId, (j) => {
    const stageIds = new Set(j.stages.map((s) => s.id));
    const laneIds = new Set(j.lanes.map((l) => l.id));
    let touchpoints = j.touchpoints;
    for (const { id, stageId, laneId, position } of placements) {
      if (!stageIds.has(stageId) || !laneIds.has(laneId)) continue;
      touchpoints = updateById(touchpoints, id, (t) => patch(t, { stageId, laneId, position: boardPosition(position) }));
    }
    return touchpoints === j.touchpoints ? j : { ...j, touchpoints };
  }),
  // Arrow-key nudges of the same selection merge; drags are separate steps.
  coalesceKey: ({ placements, nudge }) => (nudge ? `nudge:${placements.map((p) => p.id).sort().join(',')}` : null),
});

export const deleteTouchpoints = defineCommand<{ journeyId: string; touchpointIds: string[] }>({
  label: 'Delete touchpoint',
  perform: (project, { journeyId, touchpointIds }) => {
    const doomed = new Set(touchpointIds);
    const removed = updateJourney(project, journeyId, (j) => {
      const touchpoints = keep(j.touchpoints, (t) => !doomed.has(t.id));
      return touchpoints === j.touchpoints ? j : { ...j, touchpoints };
    });
    return removed === project ? project : pruneIn(removed, journeyId);
  },
});
