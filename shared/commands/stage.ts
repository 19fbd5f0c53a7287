/** Commands on stages (the columns of a journey). */
import { createStage } from '../domain/defaults.ts';
import type { Stage } from '../domain/model.ts';
import { defineCommand } from './define.ts';
import { moveItem, patch, pruneIn, updateById, updateJourney } from './helpers.ts';

export const addStage = defineCommand<{ journeyId: string; stageId: string; name: string; index?: number }>({
  label: 'Add stage',
  perform: (project, { journeyId, stageId, name, index }) => updateJourney(project, journeyId, (j) => {
    if (j.stages.some((s) => s.id === stageId)) return j;
    const stages = j.stages.slice();
    const at = index === undefined ? stages.length : Math.max(0, Math.min(stages.length, index));
    stages.splice(at, 0, createStage(stageId, name, j.stages.length));
    return { ...j, stages };
  }),
});

export const updateStage = defineCommand<{ journeyId: string; stageId: string; changes: Partial<Omit<Stage, 'id'>> }>({
  label: 'Edit stage',
  perform: (project, { journeyId, stageId, changes }) =>
    updateJourney(project, journeyId, (j) => {
      const stages = updateById(j.stages, stageId, (s) => patch(s, changes));
      return stages === j.stages ? j : { ...j, stages };
    }),
  coalesceKey: ({ stageId, changes }) => `stage:${stageId}:${Object.keys(changes).sort().join(',')}`,
});

export const renameStage = defineCommand<{ journeyId: string; stageId: string; name: string }>({
  label: 'Rename stage',
  perform: (project, { journeyId, stageId, name }) => updateStage.perform(project, { journeyId, stageId, changes: { name } }),
  coalesceKey: ({ stageId }) => `stage:${stageId}:name`,
});

export const moveStage = defineCommand<{ journeyId: string; stageId: string; toIndex: number }>({
  label: 'Move stage',
  perform: (project, { journeyId, stageId, toIndex }) => updateJourney(project, journeyId, (j) => {
    const stages = moveItem(j.stages, j.stages.findIndex((s) => s.id === stageId), toIndex);
    return stages === j.stages ? j : { ...j, stages };
  }),
});

/** Deletes the stages and, through the cascade, everything placed in them. */
export const deleteStages = defineCommand<{ journeyId: string; stageIds: string[] }>({
  label: 'Delete stage',
  perform: (project, { journeyId, stageIds }) => {
    const doomed = new Set(stageIds);
    const removed = updateJourney(project, journeyId, (j) => {
      const stages = j.stages.filter((s) => !doomed.has(s.id));
      return stages.length === j.stages.length ? j : { ...j, stages };
    });
    return removed === project ? project : pruneIn(removed, journeyId);
  },
});
