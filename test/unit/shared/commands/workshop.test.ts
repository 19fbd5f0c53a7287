import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { votesUsed } from '../../../../shared/commands/workshop.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { apply, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const vote = (participant: string, frictionId: string, delta: 1 | -1 = 1) =>
  ({ name: 'castVote' as const, payload: { journeyId: J, participant, frictionId, delta } });
const votes = (p: Project) => p.journeys[0]!.votes;

describe('castVote', () => {
  it('adds to an existing vote and creates new ones per participant and friction point', () => {
    const after = apply(richProject(), vote('Ana', 'fr_0'), vote('Ana', 'fr_1'));
    expect(votes(after)).toEqual([
      { participant: 'Ana', frictionId: 'fr_0', count: 2 },
      { participant: 'Ben', frictionId: 'fr_1', count: 1 },
      { participant: 'Ana', frictionId: 'fr_1', count: 1 },
    ]);
  });

  it('cannot exceed votesPerParticipant across all friction points', () => {
    const full = apply(richProject(), vote('Ana', 'fr_0'), vote('Ana', 'fr_1'));
    expect(votesUsed(votes(full), 'Ana')).toBe(3);
    expect(runCommand(full, vote('Ana', 'fr_1'))).toBe(full);
    expect(runCommand(full, vote('Ana', 'fr_0'))).toBe(full);
    // Another participant still has their own budget.
    expect(runCommand(full, vote('Ben', 'fr_0'))).not.toBe(full);
  });

  it('with a budget of zero nobody can vote', () => {
    const p = apply(richProject(), { name: 'updateWorkshop', payload: { changes: { votesPerParticipant: 0 } } });
    expect(runCommand(p, vote('Cleo', 'fr_0'))).toBe(p);
  });

  it('taking a vote back removes it at zero; below zero does nothing', () => {
    const p = richProject();
    const back = runCommand(p, vote('Ana', 'fr_0', -1));
    expect(votes(back)).toEqual([{ participant: 'Ben', frictionId: 'fr_1', count: 1 }]);
    expect(runCommand(back, vote('Ana', 'fr_0', -1))).toBe(back);
    expect(runCommand(p, vote('Cleo', 'fr_0', -1))).toBe(p);
  });

  it('trims the participant name and ignores blank names and unknown friction points', () => {
    const p = richProject();
    expect(votes(runCommand(p, vote('  Ana ', 'fr_0')))[0]).toEqual({ participant: 'Ana', frictionId: 'fr_0', count: 2 });
    expect(runCommand(p, vote('   ', 'fr_0'))).toBe(p);
    expect(runCommand(p, vote('Ana', 'fr_nope'))).toBe(p);
  });
});

describe('clearVotes and updateWorkshop', () => {
  it('clears every vote once', () => {
    const cleared = runCommand(richProject(), { name: 'clearVotes', payload: { journeyId: J } });
    expect(votes(cleared)).toEqual([]);
    expect(runCommand(cleared, { name: 'clearVotes', payload: { journeyId: J } })).toBe(cleared);
  });

  it('trims and de-duplicates participants', () => {
    const after = runCommand(richProject(), { name: 'updateWorkshop', payload: { changes: { participants: [' Ana', 'Ana ', '', 'Cleo', '  '] } } });
    expect(after.workshop.participants).toEqual(['Ana', 'Cleo']);
  });

  it('returns the same project when the settings are unchanged', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'updateWorkshop', payload: { changes: { votesPerParticipant: 3, participants: ['Ana', ' Ben'] } } })).toBe(p);
    expect(runCommand(p, { name: 'updateWorkshop', payload: { changes: {} } })).toBe(p);
  });
});
