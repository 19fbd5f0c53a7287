import { describe, expect, it } from 'vitest';
import { commandCoalesceKey, commandLabel, runCommand } from '../../../../shared/commands/registry.ts';
import { richProject } from '../../../helpers/builders.ts';

describe('renameProject', () => {
  it('renames, but never to a blank name', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'renameProject', payload: { name: 'Loyalty' } }).name).toBe('Loyalty');
    expect(runCommand(p, { name: 'renameProject', payload: { name: '   ' } })).toBe(p);
    expect(runCommand(p, { name: 'renameProject', payload: { name: p.name } })).toBe(p);
  });
});

describe('renameJourney', () => {
  it('renames the journey named; same project for an unknown journey or the same name', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'renameJourney', payload: { journeyId: 'jny_1', name: 'Onboarding' } }).journeys[0]!.name).toBe('Onboarding');
    expect(runCommand(p, { name: 'renameJourney', payload: { journeyId: 'jny_nope', name: 'X' } })).toBe(p);
    expect(runCommand(p, { name: 'renameJourney', payload: { journeyId: 'jny_1', name: 'Rich journey' } })).toBe(p);
  });
});

describe('labels and coalescing keys', () => {
  it('gives the Edit menu a label and merges typing in the same field only', () => {
    const rename = { name: 'renameStage', payload: { journeyId: 'jny_1', stageId: 'stg_0', name: 'A' } } as const;
    expect(commandLabel(rename)).toBe('Rename stage');
    expect(commandCoalesceKey(rename)).toBe('stage:stg_0:name');
    expect(commandCoalesceKey({ name: 'updateStage', payload: { journeyId: 'jny_1', stageId: 'stg_0', changes: { name: 'B' } } })).toBe('stage:stg_0:name');
    expect(commandCoalesceKey({ name: 'addStage', payload: { journeyId: 'jny_1', stageId: 'stg_9', name: 'A' } })).toBeNull();
    const nudge = (nudge: boolean) => commandCoalesceKey({ name: 'moveTouchpoints', payload: { journeyId: 'jny_1', nudge, placements: [
      { id: 'tp_1', stageId: 'stg_0', laneId: 'lan_1', position: { x: 0, y: 0 } }, { id: 'tp_0', stageId: 'stg_0', laneId: 'lan_1', position: { x: 0, y: 0 } },
    ] } });
    expect(nudge(true)).toBe('nudge:tp_0,tp_1');
    expect(nudge(false)).toBeNull();
  });
});
