/** Dot voting: the facilitator sets a budget, participants place votes on friction points. */
import type { Workshop } from '../domain/model.ts';
import { defineCommand } from './define.ts';
import { patch, updateJourney } from './helpers.ts';

export const updateWorkshop = defineCommand<{ changes: Partial<Workshop> }>({
  label: 'Edit workshop settings',
  perform: (project, { changes }) => {
    const participants = changes.participants?.map((p) => p.trim()).filter((p, i, all) => p && all.indexOf(p) === i);
    const workshop = patch(project.workshop, participants ? { ...changes, participants } : changes);
    return workshop === project.workshop ? project : { ...project, workshop };
  },
});

/** Votes a participant has placed in a journey. */
export function votesUsed(votes: { participant: string; count: number }[], participant: string): number {
  return votes.reduce((n, v) => (v.participant === participant ? n + v.count : n), 0);
}

/**
 * Add (+1) or take back (−1) one vote. A participant cannot exceed the
 * budget in `workshop.votesPerParticipant`; taking back below zero does nothing.
 */
export const castVote = defineCommand<{ journeyId: string; participant: string; frictionId: string; delta: 1 | -1 }>({
  label: 'Vote',
  perform: (project, { journeyId, participant, frictionId, delta }) => {
    const name = participant.trim();
    if (!name) return project;
    return updateJourney(project, journeyId, (j) => {
      if (!j.frictions.some((f) => f.id === frictionId)) return j;
      const existing = j.votes.find((v) => v.participant === name && v.frictionId === frictionId);
      if (delta > 0 && votesUsed(j.votes, name) >= project.workshop.votesPerParticipant) return j;
      if (delta < 0 && !existing) return j;
      const count = (existing?.count ?? 0) + delta;
      const votes = existing
        ? count === 0 ? j.votes.filter((v) => v !== existing) : j.votes.map((v) => (v === existing ? { ...v, count } : v))
        : [...j.votes, { participant: name, frictionId, count }];
      return { ...j, votes };
    });
  },
});

export const clearVotes = defineCommand<{ journeyId: string }>({
  label: 'Clear votes',
  perform: (project, { journeyId }) => updateJourney(project, journeyId, (j) => (j.votes.length ? { ...j, votes: [] } : j)),
});
