/** Commands on friction points and the opportunities that address them. */
import type { Friction, Opportunity } from '../domain/model.ts';
import { defineCommand } from './define.ts';
import { patch, pruneIn, updateById, updateJourney } from './helpers.ts';

type FrictionFields = Partial<Omit<Friction, 'id' | 'touchpointId'>>;
type OpportunityFields = Partial<Omit<Opportunity, 'id'>>;

export const addFriction = defineCommand<{ journeyId: string; frictionId: string; touchpointId: string; title: string; fields?: FrictionFields }>({
  label: 'Add friction point',
  perform: (project, { journeyId, frictionId, touchpointId, title, fields }) => updateJourney(project, journeyId, (j) => {
    if (!j.touchpoints.some((t) => t.id === touchpointId) || j.frictions.some((f) => f.id === frictionId)) return j;
    const friction: Friction = {
      id: frictionId, touchpointId, title, description: '', severity: 'medium', evidence: 'assumed',
      ownerSide: 'unassigned', status: 'open', causedBySystemIds: [], ...fields,
    };
    return pruneCauses({ ...j, frictions: [...j.frictions, friction] }, project.systems.map((s) => s.id));
  }),
});

export const updateFriction = defineCommand<{ journeyId: string; frictionId: string; changes: FrictionFields & { touchpointId?: string } }>({
  label: 'Edit friction point',
  perform: (project, { journeyId, frictionId, changes }) => {
    const next = updateJourney(project, journeyId, (j) => {
      if (changes.touchpointId && !j.touchpoints.some((t) => t.id === changes.touchpointId)) return j;
      const frictions = updateById(j.frictions, frictionId, (f) => patch(f, changes));
      return frictions === j.frictions ? j : pruneCauses({ ...j, frictions }, project.systems.map((s) => s.id));
    });
    return next;
  },
  coalesceKey: ({ frictionId, changes }) => `friction:${frictionId}:${Object.keys(changes).sort().join(',')}`,
});

export const addOpportunity = defineCommand<{ journeyId: string; opportunityId: string; title: string; fields?: OpportunityFields }>({
  label: 'Add opportunity',
  perform: (project, { journeyId, opportunityId, title, fields }) => {
    const next = updateJourney(project, journeyId, (j) => {
      if (j.opportunities.some((o) => o.id === opportunityId)) return j;
      const opportunity: Opportunity = { id: opportunityId, title, description: '', owner: '', priority: 'medium', status: 'idea', frictionIds: [], ...fields };
      return { ...j, opportunities: [...j.opportunities, opportunity] };
    });
    return next === project ? project : pruneIn(next, journeyId);
  },
});

export const updateOpportunity = defineCommand<{ journeyId: string; opportunityId: string; changes: OpportunityFields }>({
  label: 'Edit opportunity',
  perform: (project, { journeyId, opportunityId, changes }) => {
    const next = updateJourney(project, journeyId, (j) => {
      const opportunities = updateById(j.opportunities, opportunityId, (o) => patch(o, changes));
      return opportunities === j.opportunities ? j : { ...j, opportunities };
    });
    return next === project ? project : pruneIn(next, journeyId);
  },
  coalesceKey: ({ opportunityId, changes }) => `opportunity:${opportunityId}:${Object.keys(changes).sort().join(',')}`,
});

/** Friction causes may only name systems in the catalog. */
function pruneCauses<J extends { frictions: Friction[] }>(journey: J, systemIds: string[]): J {
  const known = new Set(systemIds);
  let changed = false;
  const frictions = journey.frictions.map((f) => {
    if (f.causedBySystemIds.every((s) => known.has(s))) return f;
    changed = true;
    return { ...f, causedBySystemIds: f.causedBySystemIds.filter((s) => known.has(s)) };
  });
  return changed ? { ...journey, frictions } : journey;
}
