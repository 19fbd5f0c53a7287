/** Layout commands: tidy a stage, and paste or duplicate a fragment. */
import { defaultCardLane } from '../domain/defaults.ts';
import type { Fragment } from '../domain/fragment.ts';
import { tidyPlacements } from '../domain/tidy.ts';
import { defineCommand } from './define.ts';
import { boardPosition, pruneIn, updateJourney } from './helpers.ts';
import { moveTouchpoints } from './touchpoint.ts';

export const tidyStage = defineCommand<{ journeyId: string; stageId: string }>({
  label: 'Tidy stage',
  perform: (project, { journeyId, stageId }) => {
    const journey = project.journeys.find((j) => j.id === journeyId);
    if (!journey) return project;
    return moveTouchpoints.perform(project, { journeyId, placements: tidyPlacements(journey, stageId) });
  },
});

/**
 * Insert a fragment whose ids are already fresh (see remapFragment). Cards
 * whose stage is neither in the fragment nor in this journey go to
 * `fallbackStageId`; cards whose lane is unknown go to the default card lane.
 * Everything is shifted by `offset` so a duplicate does not hide its original.
 */
export const insertFragment = defineCommand<{ journeyId: string; fragment: Fragment; fallbackStageId?: string; offset?: { x: number; y: number } }>({
  label: 'Paste',
  perform: (project, { journeyId, fragment, fallbackStageId, offset = { x: 0, y: 0 } }) => {
    const inserted = updateJourney(project, journeyId, (j) => {
      const taken = new Set([...j.stages, ...j.touchpoints, ...j.frictions, ...j.opportunities, ...j.connections].map((x) => x.id));
      const all = [...fragment.stages, ...fragment.touchpoints, ...fragment.frictions, ...fragment.opportunities, ...fragment.connections];
      if (all.length === 0 || all.some((x) => taken.has(x.id))) return j;
      const stages = [...j.stages, ...fragment.stages];
      const stageIds = new Set(stages.map((s) => s.id));
      const laneIds = new Set(j.lanes.map((l) => l.id));
      const fallbackStage = fallbackStageId && stageIds.has(fallbackStageId) ? fallbackStageId : j.stages.at(-1)?.id;
      const cardLane = defaultCardLane(j)?.id;
      const touchpoints = fragment.touchpoints.flatMap((t) => {
        const stageId = stageIds.has(t.stageId) ? t.stageId : fallbackStage;
        const laneId = laneIds.has(t.laneId) ? t.laneId : cardLane;
        if (!stageId || !laneId) return [];
        return [{ ...t, stageId, laneId, position: boardPosition({ x: t.position.x + offset.x, y: t.position.y + offset.y }) }];
      });
      return {
        ...j,
        stages,
        touchpoints: [...j.touchpoints, ...touchpoints],
        connections: [...j.connections, ...fragment.connections],
        frictions: [...j.frictions, ...fragment.frictions],
        opportunities: [...j.opportunities, ...fragment.opportunities],
      };
    });
    // Drop what lost its anchor (emotions of personas not in this project, causes of unknown systems).
    return inserted === project ? project : pruneIn(inserted, journeyId);
  },
});
