import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const connect = (p: ReturnType<typeof richProject>, from: string, to: string, connectionId = 'con_9') =>
  runCommand(p, { name: 'addConnection', payload: { journeyId: J, connectionId, from, to } });

describe('addConnection', () => {
  it('connects two touchpoints with an empty label; branches and the reverse direction are allowed', () => {
    const p = richProject();
    const reverse = connect(p, 'tp_1', 'tp_0');
    expect(reverse.journeys[0]!.connections.at(-1)).toEqual({ id: 'con_9', from: 'tp_1', to: 'tp_0', label: '' });
    const branch = connect(p, 'tp_0', 'tp_2');
    expect(branch.journeys[0]!.connections.map((c) => c.to)).toEqual(['tp_1', 'tp_2']);
  });

  it('refuses self-loops, duplicates, id clashes and unknown touchpoints', () => {
    const p = richProject();
    expect(connect(p, 'tp_0', 'tp_0')).toBe(p);
    expect(connect(p, 'tp_0', 'tp_1')).toBe(p);
    expect(connect(p, 'tp_1', 'tp_2', 'con_0')).toBe(p);
    expect(connect(p, 'tp_0', 'tp_nope')).toBe(p);
    expect(connect(p, 'tp_nope', 'tp_0')).toBe(p);
  });
});

describe('updateConnection', () => {
  it('sets the label and returns the same project when unchanged or unknown', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'updateConnection', payload: { journeyId: J, connectionId: 'con_0', changes: { label: 'clicks' } } });
    expect(after.journeys[0]!.connections[0]!.label).toBe('clicks');
    expect(runCommand(p, { name: 'updateConnection', payload: { journeyId: J, connectionId: 'con_0', changes: { label: '' } } })).toBe(p);
    expect(runCommand(p, { name: 'updateConnection', payload: { journeyId: J, connectionId: 'con_nope', changes: { label: 'x' } } })).toBe(p);
  });
});
