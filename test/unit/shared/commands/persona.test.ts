import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { loadProjectText } from '../../../../shared/file/load.ts';
import { serializeProject } from '../../../../shared/file/save.ts';
import { richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const emotionsOf = (p: Project, id: string) => p.journeys[0]!.touchpoints.find((t) => t.id === id)!.emotions;
const setEmotion = (p: Project, payload: { touchpointId?: string; personaId?: string; current?: number | null; target?: number | null }) =>
  runCommand(p, { name: 'setEmotion', payload: { journeyId: J, touchpointId: 'tp_2', personaId: 'per_1', ...payload } });

describe('personas', () => {
  it('adds a persona with a palette colour; refuses an existing id', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'addPersona', payload: { personaId: 'per_9', name: 'Visitor', fields: { role: 'Tourist' } } });
    expect(after.personas.at(-1)).toMatchObject({ id: 'per_9', name: 'Visitor', role: 'Tourist' });
    expect(after.personas.at(-1)!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(runCommand(p, { name: 'addPersona', payload: { personaId: 'per_0', name: 'Again' } })).toBe(p);
  });

  it('updates a persona; no-op and unknown ids return the same project', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'updatePersona', payload: { personaId: 'per_1', changes: { quote: 'Hi' } } }).personas[1]!.quote).toBe('Hi');
    expect(runCommand(p, { name: 'updatePersona', payload: { personaId: 'per_1', changes: { name: 'Newcomer' } } })).toBe(p);
    expect(runCommand(p, { name: 'updatePersona', payload: { personaId: 'per_nope', changes: { name: 'X' } } })).toBe(p);
  });

  it('deleting a persona removes its scores on every touchpoint', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'deletePersonas', payload: { personaIds: ['per_0'] } });
    expect(after.personas.map((x) => x.id)).toEqual(['per_1']);
    expect(emotionsOf(after, 'tp_0')).toEqual([]);
    expect(emotionsOf(after, 'tp_1')).toEqual([]);
    expect(checkInvariants(after)).toEqual([]);
    expect(runCommand(p, { name: 'deletePersonas', payload: { personaIds: ['per_nope'] } })).toBe(p);
  });
});

describe('setEmotion', () => {
  it('adds a score with no target by default', () => {
    expect(emotionsOf(setEmotion(richProject(), { current: 2 }), 'tp_2')).toEqual([{ personaId: 'per_1', current: 2, target: null }]);
    expect(emotionsOf(setEmotion(richProject(), {}), 'tp_2')).toEqual([{ personaId: 'per_1', current: 0, target: null }]);
  });

  it('clamps and rounds to −2…+2', () => {
    const p = richProject();
    expect(emotionsOf(setEmotion(p, { current: 7, target: -9 }), 'tp_2')[0]).toMatchObject({ current: 2, target: -2 });
    expect(emotionsOf(setEmotion(p, { current: -1.6, target: 0.4 }), 'tp_2')[0]).toMatchObject({ current: -2, target: 0 });
  });

  // Found by the property tests: Math.round(-0.2) is -0, which a save turns into 0, so the loaded file differed.
  it('never stores -0', () => {
    const after = setEmotion(richProject(), { current: -0.2, target: -0.4 });
    const score = emotionsOf(after, 'tp_2')[0]!;
    expect(Object.is(score.current, 0)).toBe(true);
    expect(Object.is(score.target, 0)).toBe(true);
    const loaded = loadProjectText(serializeProject(after));
    expect(loaded.ok && loaded.project).toEqual(after);
  });

  it('changes only the part given, and `target: null` clears the to-be score', () => {
    const p = richProject();
    const current = runCommand(p, { name: 'setEmotion', payload: { journeyId: J, touchpointId: 'tp_0', personaId: 'per_0', current: 2 } });
    expect(emotionsOf(current, 'tp_0')).toEqual([{ personaId: 'per_0', current: 2, target: 1 }]);
    const cleared = runCommand(p, { name: 'setEmotion', payload: { journeyId: J, touchpointId: 'tp_0', personaId: 'per_0', target: null } });
    expect(emotionsOf(cleared, 'tp_0')).toEqual([{ personaId: 'per_0', current: -1, target: null }]);
  });

  it('`current: null` removes the score', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'setEmotion', payload: { journeyId: J, touchpointId: 'tp_0', personaId: 'per_0', current: null } });
    expect(emotionsOf(after, 'tp_0')).toEqual([]);
    expect(setEmotion(p, { current: null })).toBe(p);
  });

  it('returns the same project for unknown persona, touchpoint or an unchanged score', () => {
    const p = richProject();
    expect(setEmotion(p, { personaId: 'per_nope', current: 1 })).toBe(p);
    expect(setEmotion(p, { touchpointId: 'tp_nope', current: 1 })).toBe(p);
    expect(runCommand(p, { name: 'setEmotion', payload: { journeyId: J, touchpointId: 'tp_0', personaId: 'per_0', current: -1, target: 1 } })).toBe(p);
    expect(runCommand(p, { name: 'setEmotion', payload: { journeyId: 'jny_nope', touchpointId: 'tp_0', personaId: 'per_0', current: 2 } })).toBe(p);
  });
});
