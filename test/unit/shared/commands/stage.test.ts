import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import { apply, projectWithStages, journeyId, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';

describe('addStage', () => {
  it('appends a stage with a palette colour and default width', () => {
    const before = projectWithStages('A');
    const after = runCommand(before, { name: 'addStage', payload: { journeyId: journeyId(before), stageId: 'stg_new', name: 'New' } });
    const stages = after.journeys[0]!.stages;
    expect(stages.map((s) => s.id)).toEqual(['stg_0', 'stg_new']);
    expect(stages[1]).toMatchObject({ name: 'New', width: 280, goal: '', kpi: '' });
    expect(stages[1]!.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('inserts at a clamped index', () => {
    const p = richProject();
    const first = runCommand(p, { name: 'addStage', payload: { journeyId: J, stageId: 'stg_a', name: 'A', index: -5 } });
    expect(first.journeys[0]!.stages.map((s) => s.id)).toEqual(['stg_a', 'stg_0', 'stg_1']);
    const last = runCommand(p, { name: 'addStage', payload: { journeyId: J, stageId: 'stg_z', name: 'Z', index: 99 } });
    expect(last.journeys[0]!.stages.map((s) => s.id)).toEqual(['stg_0', 'stg_1', 'stg_z']);
  });

  it('refuses an id that is already a stage and an unknown journey', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'addStage', payload: { journeyId: J, stageId: 'stg_0', name: 'Again' } })).toBe(p);
    expect(runCommand(p, { name: 'addStage', payload: { journeyId: 'jny_nope', stageId: 'stg_9', name: 'X' } })).toBe(p);
  });
});

describe('updateStage and renameStage', () => {
  it('patches only the stage named', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'updateStage', payload: { journeyId: J, stageId: 'stg_1', changes: { goal: 'Convert', width: 400 } } });
    expect(after.journeys[0]!.stages[1]).toMatchObject({ goal: 'Convert', width: 400 });
    expect(after.journeys[0]!.stages[0]).toBe(p.journeys[0]!.stages[0]);
    expect(after.journeys[0]!.touchpoints).toBe(p.journeys[0]!.touchpoints);
  });

  it('returns the same project when the values are already set', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'renameStage', payload: { journeyId: J, stageId: 'stg_0', name: 'Discover' } })).toBe(p);
    expect(runCommand(p, { name: 'updateStage', payload: { journeyId: J, stageId: 'stg_0', changes: { width: 280 } } })).toBe(p);
  });

  it('renames', () => {
    const after = runCommand(richProject(), { name: 'renameStage', payload: { journeyId: J, stageId: 'stg_0', name: 'Awareness' } });
    expect(after.journeys[0]!.stages[0]!.name).toBe('Awareness');
  });
});

describe('moveStage', () => {
  it('reorders and clamps the target index', () => {
    const p = apply(richProject(), { name: 'addStage', payload: { journeyId: J, stageId: 'stg_2', name: 'Use' } });
    const order = (toIndex: number) => runCommand(p, { name: 'moveStage', payload: { journeyId: J, stageId: 'stg_0', toIndex } }).journeys[0]!.stages.map((s) => s.id);
    expect(order(2)).toEqual(['stg_1', 'stg_2', 'stg_0']);
    expect(order(50)).toEqual(['stg_1', 'stg_2', 'stg_0']);
    expect(order(1)).toEqual(['stg_1', 'stg_0', 'stg_2']);
  });

  it('returns the same project for a move to the same place', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'moveStage', payload: { journeyId: J, stageId: 'stg_0', toIndex: 0 } })).toBe(p);
    expect(runCommand(p, { name: 'moveStage', payload: { journeyId: J, stageId: 'stg_0', toIndex: -3 } })).toBe(p);
  });
});

describe('deleteStages', () => {
  it('removes the stage and, by cascade, everything hanging off its touchpoints', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'deleteStages', payload: { journeyId: J, stageIds: ['stg_0'] } });
    const j = after.journeys[0]!;
    expect(j.stages.map((s) => s.id)).toEqual(['stg_1']);
    expect(j.touchpoints.map((t) => t.id)).toEqual(['tp_1', 'tp_2']);
    expect(j.frictions.map((f) => f.id)).toEqual(['fr_1']);
    expect(j.connections).toEqual([]);
    expect(j.dataLinks).toEqual([]);
    expect(j.votes).toEqual([{ participant: 'Ben', frictionId: 'fr_1', count: 1 }]);
    expect(j.threads.map((t) => t.id)).toEqual(['thr_0']);
    expect(j.alignment).toEqual([]);
    expect(j.opportunities[0]!.frictionIds).toEqual(['fr_1']);
    // The catalog and the placements of systems are not the stage's to delete.
    expect(after.systems).toBe(p.systems);
    expect(j.systemPlacements).toBe(p.journeys[0]!.systemPlacements);
    expect(checkInvariants(after)).toEqual([]);
  });

  it('removes several stages at once', () => {
    const after = runCommand(richProject(), { name: 'deleteStages', payload: { journeyId: J, stageIds: ['stg_0', 'stg_1'] } });
    const j = after.journeys[0]!;
    expect([j.stages, j.touchpoints, j.frictions, j.votes, j.threads]).toEqual([[], [], [], [], []]);
    expect(j.opportunities[0]!.frictionIds).toEqual([]);
  });

  it('returns the same project for unknown stages', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'deleteStages', payload: { journeyId: J, stageIds: ['stg_nope'] } })).toBe(p);
    expect(runCommand(p, { name: 'deleteStages', payload: { journeyId: J, stageIds: [] } })).toBe(p);
  });
});
