import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { BOARD } from '../../../../shared/domain/layout.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import { LIMITS, ProjectSchema } from '../../../../shared/domain/schema.ts';
import { apply, fixedProject, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const tp = (p: ReturnType<typeof richProject>, id: string) => p.journeys[0]!.touchpoints.find((t) => t.id === id);

describe('addTouchpoint', () => {
  it('goes into the default card lane and stacks below the cards already in the cell', () => {
    const p = apply(fixedProject(),
      { name: 'addStage', payload: { journeyId: J, stageId: 'stg_0', name: 'S' } },
      { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_a', stageId: 'stg_0', title: 'A' } },
      { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_b', stageId: 'stg_0', title: 'B' } });
    expect(tp(p, 'tp_a')).toMatchObject({ laneId: 'lan_1', position: { x: BOARD.padding, y: BOARD.padding }, channel: 'web', emotions: [] });
    expect(tp(p, 'tp_b')!.position).toEqual({ x: BOARD.padding, y: BOARD.padding * 2 + BOARD.cardHeight });
  });

  it('uses the lane, position and fields given', () => {
    const after = runCommand(richProject(), { name: 'addTouchpoint', payload: {
      journeyId: J, touchpointId: 'tp_9', stageId: 'stg_0', laneId: 'lan_0', title: 'Store', position: { x: 40, y: 50 }, fields: { channel: 'store' },
    } });
    expect(tp(after, 'tp_9')).toMatchObject({ stageId: 'stg_0', laneId: 'lan_0', title: 'Store', position: { x: 40, y: 50 }, channel: 'store' });
  });

  it('refuses unknown stage, unknown lane, an existing id and a journey with every lane hidden', () => {
    const p = richProject();
    const add = (payload: Partial<{ stageId: string; laneId: string; touchpointId: string }>) =>
      runCommand(p, { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_9', stageId: 'stg_0', title: 'X', ...payload } });
    expect(add({ stageId: 'stg_nope' })).toBe(p);
    expect(add({ laneId: 'lan_nope' })).toBe(p);
    expect(add({ touchpointId: 'tp_0' })).toBe(p);
    const hidden = apply(p, ...p.journeys[0]!.lanes.map((l) => ({ name: 'updateLane' as const, payload: { journeyId: J, laneId: l.id, changes: { hidden: true } } })));
    expect(runCommand(hidden, { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_9', stageId: 'stg_0', title: 'X' } })).toBe(hidden);
  });

  // Found by the property tests: the slot below a card near the limit was past the file format's limit.
  it('keeps the next free slot within the file format limit', () => {
    const p = apply(richProject(),
      { name: 'moveTouchpoints', payload: { journeyId: J, placements: [{ id: 'tp_0', stageId: 'stg_1', laneId: 'lan_2', position: { x: 0, y: 999_881 } }] } },
      { name: 'addTouchpoint', payload: { journeyId: J, touchpointId: 'tp_4', stageId: 'stg_1', laneId: 'lan_2', title: '' } });
    expect(tp(p, 'tp_4')!.position).toEqual({ x: BOARD.padding, y: LIMITS.coordinate });
    expect(ProjectSchema.safeParse(p).success).toBe(true);
  });

  // Found by the property tests: scores of unknown personas passed in `fields` stayed in the document.
  it('drops emotion scores of personas that are not in the project', () => {
    const after = runCommand(richProject(), { name: 'addTouchpoint', payload: {
      journeyId: J, touchpointId: 'tp_9', stageId: 'stg_0', title: 'X',
      fields: { emotions: [{ personaId: 'per_1', current: 1, target: null }, { personaId: 'per_gone', current: 0, target: null }] },
    } });
    expect(tp(after, 'tp_9')!.emotions).toEqual([{ personaId: 'per_1', current: 1, target: null }]);
    expect(checkInvariants(after)).toEqual([]);
  });
});

describe('updateTouchpoint and renameTouchpoint', () => {
  it('patches fields', () => {
    const after = runCommand(richProject(), { name: 'updateTouchpoint', payload: { journeyId: J, touchpointId: 'tp_1', changes: { needsRealTime: true, channel: 'email' } } });
    expect(tp(after, 'tp_1')).toMatchObject({ needsRealTime: true, channel: 'email' });
  });

  it('returns the same project when unchanged or unknown', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'renameTouchpoint', payload: { journeyId: J, touchpointId: 'tp_0', title: 'Ad' } })).toBe(p);
    expect(runCommand(p, { name: 'renameTouchpoint', payload: { journeyId: J, touchpointId: 'tp_nope', title: 'Z' } })).toBe(p);
  });

  // Found by the property tests: `updateTouchpoint` with unknown persona scores left a dangling reference.
  it('drops emotion scores of personas that are not in the project', () => {
    const after = runCommand(richProject(), { name: 'updateTouchpoint', payload: {
      journeyId: J, touchpointId: 'tp_0', changes: { emotions: [{ personaId: 'per_2', current: 0, target: null }] },
    } });
    expect(tp(after, 'tp_0')!.emotions).toEqual([]);
    expect(checkInvariants(after)).toEqual([]);
  });
});

describe('moveTouchpoints', () => {
  it('moves cards to other cells, rounding and keeping them inside their cell', () => {
    const after = runCommand(richProject(), { name: 'moveTouchpoints', payload: { journeyId: J, placements: [
      { id: 'tp_0', stageId: 'stg_1', laneId: 'lan_0', position: { x: 10.6, y: 20.2 } },
      { id: 'tp_1', stageId: 'stg_1', laneId: 'lan_1', position: { x: -30, y: 5 } },
    ] } });
    expect(tp(after, 'tp_0')).toMatchObject({ stageId: 'stg_1', laneId: 'lan_0', position: { x: 11, y: 20 } });
    expect(tp(after, 'tp_1')!.position).toEqual({ x: 0, y: 5 });
  });

  // Found by the property tests: a far drag produced a file the schema refuses (and so could not be saved).
  it('keeps positions within the file format limit', () => {
    const after = runCommand(richProject(), { name: 'moveTouchpoints', payload: { journeyId: J, placements: [
      { id: 'tp_0', stageId: 'stg_0', laneId: 'lan_0', position: { x: 1_000_001, y: 5_000_000 } },
    ] } });
    expect(tp(after, 'tp_0')!.position).toEqual({ x: LIMITS.coordinate, y: LIMITS.coordinate });
    expect(ProjectSchema.safeParse(after).success).toBe(true);
  });

  it('skips placements into unknown stages or lanes and of unknown cards', () => {
    const p = richProject();
    const move = (stageId: string, laneId: string, id = 'tp_0') =>
      runCommand(p, { name: 'moveTouchpoints', payload: { journeyId: J, placements: [{ id, stageId, laneId, position: { x: 50, y: 50 } }] } });
    expect(move('stg_nope', 'lan_1')).toBe(p);
    expect(move('stg_1', 'lan_nope')).toBe(p);
    expect(move('stg_1', 'lan_1', 'tp_nope')).toBe(p);
    expect(runCommand(p, { name: 'moveTouchpoints', payload: { journeyId: J, placements: [] } })).toBe(p);
  });

  it('returns the same project for a move to where the card already is', () => {
    const p = richProject();
    const t = tp(p, 'tp_0')!;
    expect(runCommand(p, { name: 'moveTouchpoints', payload: { journeyId: J, placements: [{ id: t.id, stageId: t.stageId, laneId: t.laneId, position: { ...t.position } }] } })).toBe(p);
  });
});

describe('deleteTouchpoints', () => {
  it('removes the cards with their connections, friction points, data links, votes, threads and alignment', () => {
    const after = runCommand(richProject(), { name: 'deleteTouchpoints', payload: { journeyId: J, touchpointIds: ['tp_0'] } });
    const j = after.journeys[0]!;
    expect(j.touchpoints.map((t) => t.id)).toEqual(['tp_1', 'tp_2']);
    expect(j.connections).toEqual([]);
    expect(j.frictions.map((f) => f.id)).toEqual(['fr_1']);
    expect(j.dataLinks).toEqual([]);
    expect(j.votes.map((v) => v.frictionId)).toEqual(['fr_1']);
    expect(j.threads.map((t) => t.id)).toEqual(['thr_0']);
    expect(j.alignment.map((a) => a.target.id)).toEqual(['stg_0']);
    expect(j.opportunities[0]!.frictionIds).toEqual(['fr_1']);
    expect(checkInvariants(after)).toEqual([]);
  });

  it('returns the same project for unknown ids', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'deleteTouchpoints', payload: { journeyId: J, touchpointIds: ['tp_nope'] } })).toBe(p);
  });
});
