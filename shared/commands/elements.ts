/**
 * Deleting any mix of elements by id — what Delete does with a selection.
 * Removes what was chosen, then the cascade removes what depended on it.
 */
import { defineCommand } from './define.ts';
import { keep, pruneIn, updateJourney } from './helpers.ts';

export const deleteElements = defineCommand<{ journeyId: string; ids: string[] }>({
  label: 'Delete',
  perform: (project, { journeyId, ids }) => {
    const doomed = new Set(ids);
    const gone = <T extends { id: string }>(items: T[]) => keep(items, (item) => !doomed.has(item.id));
    const removed = updateJourney(project, journeyId, (j) => {
      const lanes = gone(j.lanes);
      const next = {
        ...j,
        stages: gone(j.stages),
        lanes: lanes.length === 0 ? j.lanes : lanes,
        touchpoints: gone(j.touchpoints),
        connections: gone(j.connections),
        frictions: gone(j.frictions),
        opportunities: gone(j.opportunities),
        dataLinks: gone(j.dataLinks),
        threads: gone(j.threads),
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== j[k]);
      return changed ? next : j;
    });
    return removed === project ? project : pruneIn(removed, journeyId);
  },
});
