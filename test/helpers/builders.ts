/** Test builders: small valid projects made through the same commands the app uses. */
import { runCommand, type CommandCall } from '../../shared/commands/registry.ts';
import { createJourney, createProject, createSystem } from '../../shared/domain/defaults.ts';
import type { Project } from '../../shared/domain/model.ts';

export const NOW = '2026-01-01T00:00:00.000Z';

export function emptyProject(name = 'Test journey'): Project {
  return createProject({ id: 'prj_test', name, now: NOW });
}

export function journeyId(project: Project): string {
  return project.journeys[0]!.id;
}

/** Apply commands in order; `journeyId` may be omitted and is filled in. */
export function apply(project: Project, ...calls: CommandCall[]): Project {
  return calls.reduce(runCommand, project);
}

/** A project with stages `names` and one touchpoint per stage. */
export function projectWithStages(...names: string[]): Project {
  let project = emptyProject();
  const j = journeyId(project);
  names.forEach((name, i) => {
    project = apply(project,
      { name: 'addStage', payload: { journeyId: j, stageId: `stg_${i}`, name } },
      { name: 'addTouchpoint', payload: { journeyId: j, touchpointId: `tp_${i}`, stageId: `stg_${i}`, title: `${name} touchpoint` } });
  });
  return project;
}

/**
 * A project made only of predictable ids (no random lane or journey ids):
 * journey `jny_1`, the journey-map lanes `lan_0`…`lan_5` (`lan_1` holds cards).
 */
export function fixedProject(name = 'Fixed journey'): Project {
  let n = 0;
  const journey = createJourney('jny_1', name, 'journey-map', () => `lan_${n++}`);
  return { ...createProject({ id: 'prj_fixed', name, now: NOW }), journeys: [journey] };
}

/**
 * A small project touching every kind of reference: personas `per_0`, `per_1`;
 * systems `sys_0`, `sys_1`; stages `stg_0`, `stg_1` with touchpoints `tp_0`,
 * `tp_1`, `tp_2`; connection `con_0` (tp_0 → tp_1); friction `fr_0` on tp_0
 * caused by sys_0 and `fr_1` on tp_1; opportunity `opp_0` for both; a data
 * link `dl_0` (tp_0 ↔ sys_0); votes; threads on tp_1 and fr_0; alignment
 * entries on stg_0, tp_0 and fr_0; emotions of per_0 on tp_0 and tp_1.
 */
export function richProject(): Project {
  const base = fixedProject('Rich journey');
  const withCatalog: Project = {
    ...base,
    systems: [createSystem('sys_0', 'CRM'), createSystem('sys_1', 'Shop')],
    workshop: { votesPerParticipant: 3, participants: ['Ana', 'Ben'] },
  };
  const j = 'jny_1';
  const built = apply(withCatalog,
    { name: 'addPersona', payload: { personaId: 'per_0', name: 'Regular' } },
    { name: 'addPersona', payload: { personaId: 'per_1', name: 'Newcomer' } },
    { name: 'addStage', payload: { journeyId: j, stageId: 'stg_0', name: 'Discover' } },
    { name: 'addStage', payload: { journeyId: j, stageId: 'stg_1', name: 'Buy' } },
    { name: 'addTouchpoint', payload: { journeyId: j, touchpointId: 'tp_0', stageId: 'stg_0', title: 'Ad' } },
    { name: 'addTouchpoint', payload: { journeyId: j, touchpointId: 'tp_1', stageId: 'stg_1', title: 'Checkout' } },
    { name: 'addTouchpoint', payload: { journeyId: j, touchpointId: 'tp_2', stageId: 'stg_1', title: 'Receipt' } },
    { name: 'addConnection', payload: { journeyId: j, connectionId: 'con_0', from: 'tp_0', to: 'tp_1' } },
    { name: 'addFriction', payload: { journeyId: j, frictionId: 'fr_0', touchpointId: 'tp_0', title: 'Slow', fields: { causedBySystemIds: ['sys_0'] } } },
    { name: 'addFriction', payload: { journeyId: j, frictionId: 'fr_1', touchpointId: 'tp_1', title: 'Confusing' } },
    { name: 'addOpportunity', payload: { journeyId: j, opportunityId: 'opp_0', title: 'Speed up', fields: { frictionIds: ['fr_0', 'fr_1'] } } },
    { name: 'setEmotion', payload: { journeyId: j, touchpointId: 'tp_0', personaId: 'per_0', current: -1, target: 1 } },
    { name: 'setEmotion', payload: { journeyId: j, touchpointId: 'tp_1', personaId: 'per_0', current: 1 } },
    { name: 'castVote', payload: { journeyId: j, participant: 'Ana', frictionId: 'fr_0', delta: 1 } },
    { name: 'castVote', payload: { journeyId: j, participant: 'Ben', frictionId: 'fr_1', delta: 1 } },
  );
  const journey = built.journeys[0]!;
  return {
    ...built,
    journeys: [{
      ...journey,
      dataLinks: [{
        id: 'dl_0', touchpointId: 'tp_0', systemId: 'sys_0', dataObjects: ['Customer'], direction: 'reads',
        personalData: true, personalDataCategories: ['contact'], integration: 'real-time', freshness: 'real-time', evidence: 'validated',
      }],
      systemPlacements: [{ systemId: 'sys_1', position: { x: 16, y: 16 } }],
      threads: [
        { id: 'thr_0', target: { kind: 'touchpoint', id: 'tp_1' }, resolved: false, notes: [{ id: 'note_0', author: 'Ana', role: 'marketing', at: NOW, text: 'Why?' }] },
        { id: 'thr_1', target: { kind: 'friction', id: 'fr_0' }, resolved: true, notes: [] },
      ],
      alignment: [
        { target: { kind: 'stage', id: 'stg_0' }, status: 'agreed' },
        { target: { kind: 'touchpoint', id: 'tp_0' }, status: 'disputed' },
        { target: { kind: 'friction', id: 'fr_0' }, status: 'needs-data' },
      ],
    }],
  };
}
