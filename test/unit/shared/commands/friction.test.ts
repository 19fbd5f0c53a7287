import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import { richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const friction = (p: ReturnType<typeof richProject>, id: string) => p.journeys[0]!.frictions.find((f) => f.id === id);
const opportunity = (p: ReturnType<typeof richProject>, id: string) => p.journeys[0]!.opportunities.find((o) => o.id === id);

describe('addFriction', () => {
  it('adds an open, unassigned friction point of medium severity', () => {
    const after = runCommand(richProject(), { name: 'addFriction', payload: { journeyId: J, frictionId: 'fr_9', touchpointId: 'tp_2', title: 'No receipt' } });
    expect(friction(after, 'fr_9')).toEqual({
      id: 'fr_9', touchpointId: 'tp_2', title: 'No receipt', description: '', severity: 'medium', evidence: 'assumed',
      ownerSide: 'unassigned', status: 'open', causedBySystemIds: [],
    });
  });

  it('keeps only causes that are systems in the catalog', () => {
    const after = runCommand(richProject(), { name: 'addFriction', payload: {
      journeyId: J, frictionId: 'fr_9', touchpointId: 'tp_2', title: 'X', fields: { causedBySystemIds: ['sys_1', 'sys_gone'], severity: 'high' },
    } });
    expect(friction(after, 'fr_9')).toMatchObject({ causedBySystemIds: ['sys_1'], severity: 'high' });
  });

  it('refuses an unknown touchpoint and an existing id', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'addFriction', payload: { journeyId: J, frictionId: 'fr_9', touchpointId: 'tp_nope', title: 'X' } })).toBe(p);
    expect(runCommand(p, { name: 'addFriction', payload: { journeyId: J, frictionId: 'fr_0', touchpointId: 'tp_2', title: 'X' } })).toBe(p);
  });
});

describe('updateFriction', () => {
  it('moves a friction point to another touchpoint and changes its status', () => {
    const after = runCommand(richProject(), { name: 'updateFriction', payload: { journeyId: J, frictionId: 'fr_0', changes: { touchpointId: 'tp_2', status: 'resolved' } } });
    expect(friction(after, 'fr_0')).toMatchObject({ touchpointId: 'tp_2', status: 'resolved' });
  });

  it('refuses an unknown touchpoint, drops unknown causes, and ignores no-op and unknown ids', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'updateFriction', payload: { journeyId: J, frictionId: 'fr_0', changes: { touchpointId: 'tp_nope' } } })).toBe(p);
    const after = runCommand(p, { name: 'updateFriction', payload: { journeyId: J, frictionId: 'fr_0', changes: { causedBySystemIds: ['sys_0', 'sys_x'] } } });
    expect(friction(after, 'fr_0')!.causedBySystemIds).toEqual(['sys_0']);
    expect(runCommand(p, { name: 'updateFriction', payload: { journeyId: J, frictionId: 'fr_0', changes: { title: 'Slow' } } })).toBe(p);
    expect(runCommand(p, { name: 'updateFriction', payload: { journeyId: J, frictionId: 'fr_nope', changes: { title: 'Z' } } })).toBe(p);
  });
});

describe('opportunities', () => {
  it('adds an idea that addresses known friction points only', () => {
    const after = runCommand(richProject(), { name: 'addOpportunity', payload: {
      journeyId: J, opportunityId: 'opp_9', title: 'Wallet', fields: { frictionIds: ['fr_1', 'fr_gone'], owner: 'IT' },
    } });
    expect(opportunity(after, 'opp_9')).toEqual({
      id: 'opp_9', title: 'Wallet', description: '', owner: 'IT', priority: 'medium', status: 'idea', frictionIds: ['fr_1'],
    });
    expect(checkInvariants(after)).toEqual([]);
  });

  it('updates and prunes friction ids; refuses existing ids, no-ops and unknown ids', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'updateOpportunity', payload: { journeyId: J, opportunityId: 'opp_0', changes: { frictionIds: ['fr_1', 'fr_x'], status: 'planned' } } });
    expect(opportunity(after, 'opp_0')).toMatchObject({ frictionIds: ['fr_1'], status: 'planned' });
    expect(runCommand(p, { name: 'addOpportunity', payload: { journeyId: J, opportunityId: 'opp_0', title: 'Again' } })).toBe(p);
    expect(runCommand(p, { name: 'updateOpportunity', payload: { journeyId: J, opportunityId: 'opp_0', changes: { title: 'Speed up' } } })).toBe(p);
    expect(runCommand(p, { name: 'updateOpportunity', payload: { journeyId: J, opportunityId: 'opp_nope', changes: { title: 'Z' } } })).toBe(p);
  });
});
