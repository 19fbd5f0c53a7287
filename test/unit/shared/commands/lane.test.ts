import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import { fixedProject, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const laneIds = (p: ReturnType<typeof richProject>) => p.journeys[0]!.lanes.map((l) => l.id);

describe('addLane', () => {
  it('adds a lane with the role label as its default name', () => {
    const after = runCommand(fixedProject(), { name: 'addLane', payload: { journeyId: J, laneId: 'lan_x', role: 'backstage', index: 1 } });
    expect(laneIds(after)).toEqual(['lan_0', 'lan_x', 'lan_1', 'lan_2', 'lan_3', 'lan_4', 'lan_5']);
    expect(after.journeys[0]!.lanes[1]).toEqual({ id: 'lan_x', name: 'Backstage', role: 'backstage', height: 150, hidden: false });
  });

  it('gives the emotions lane its own height and accepts a custom name', () => {
    const after = runCommand(fixedProject(), { name: 'addLane', payload: { journeyId: J, laneId: 'lan_x', role: 'emotions', name: 'Feelings' } });
    expect(after.journeys[0]!.lanes.at(-1)).toMatchObject({ name: 'Feelings', height: 120 });
  });

  it('refuses an existing lane id', () => {
    const p = fixedProject();
    expect(runCommand(p, { name: 'addLane', payload: { journeyId: J, laneId: 'lan_0', role: 'custom' } })).toBe(p);
  });
});

describe('updateLane and moveLane', () => {
  it('hides a lane', () => {
    const after = runCommand(fixedProject(), { name: 'updateLane', payload: { journeyId: J, laneId: 'lan_2', changes: { hidden: true } } });
    expect(after.journeys[0]!.lanes[2]!.hidden).toBe(true);
  });

  it('moves a lane, clamping the index', () => {
    const after = runCommand(fixedProject(), { name: 'moveLane', payload: { journeyId: J, laneId: 'lan_0', toIndex: 40 } });
    expect(laneIds(after)).toEqual(['lan_1', 'lan_2', 'lan_3', 'lan_4', 'lan_5', 'lan_0']);
  });

  it('returns the same project when nothing changes', () => {
    const p = fixedProject();
    expect(runCommand(p, { name: 'updateLane', payload: { journeyId: J, laneId: 'lan_2', changes: { hidden: false } } })).toBe(p);
    expect(runCommand(p, { name: 'moveLane', payload: { journeyId: J, laneId: 'lan_5', toIndex: 5 } })).toBe(p);
  });
});

describe('deleteLanes', () => {
  it('removes the lane and the cards in it, with their cascade', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'deleteLanes', payload: { journeyId: J, laneIds: ['lan_1'] } });
    const j = after.journeys[0]!;
    expect(laneIds(after)).not.toContain('lan_1');
    expect(j.touchpoints).toEqual([]);
    expect([j.frictions, j.connections, j.dataLinks, j.votes, j.threads, j.alignment.filter((a) => a.target.kind !== 'stage')])
      .toEqual([[], [], [], [], [], []]);
    expect(j.stages).toBe(p.journeys[0]!.stages);
    expect(checkInvariants(after)).toEqual([]);
  });

  it('never removes the last lane', () => {
    const p = richProject();
    const all = laneIds(p);
    expect(runCommand(p, { name: 'deleteLanes', payload: { journeyId: J, laneIds: all } })).toBe(p);
    const one = runCommand(p, { name: 'deleteLanes', payload: { journeyId: J, laneIds: all.slice(1) } });
    expect(laneIds(one)).toEqual(['lan_0']);
    expect(runCommand(one, { name: 'deleteLanes', payload: { journeyId: J, laneIds: ['lan_0'] } })).toBe(one);
  });

  it('returns the same project for unknown lanes', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'deleteLanes', payload: { journeyId: J, laneIds: ['lan_nope'] } })).toBe(p);
  });
});
