import { describe, expect, it } from 'vitest';
import { checkInvariants, elementExists } from '../../../shared/domain/invariants.ts';
import type { Journey, Project } from '../../../shared/domain/model.ts';
import { richProject } from '../../helpers/builders.ts';

const withJourney = (change: (j: Journey) => Partial<Journey>): Project => {
  const p = richProject();
  const j = p.journeys[0]!;
  return { ...p, journeys: [{ ...j, ...change(j) }] };
};
const paths = (p: Project) => checkInvariants(p).map((x) => x.path);

describe('checkInvariants', () => {
  it('finds nothing wrong in a consistent project', () => {
    expect(checkInvariants(richProject())).toEqual([]);
  });

  it('reports duplicate ids across kinds, naming the first use', () => {
    const p = withJourney((j) => ({ frictions: [...j.frictions, { ...j.frictions[0]!, id: 'tp_0' }] }));
    expect(checkInvariants(p)).toEqual([{ path: 'journeys[0].frictions[2].id', message: 'duplicate id "tp_0" (also used at journeys[0].touchpoints[0].id)' }]);
    const persona = { ...richProject(), systems: [...richProject().systems, { ...richProject().systems[0]!, id: 'per_0' }] };
    expect(paths(persona)).toEqual(['systems[2].id']);
    const note = withJourney((j) => ({ threads: [{ ...j.threads[0]!, notes: [{ ...j.threads[0]!.notes[0]!, id: 'prj_fixed' }] }, j.threads[1]!] }));
    expect(paths(note)).toEqual(['journeys[0].threads[0].notes[0].id']);
    // Ids claimed on their own (the project's, a journey's) are named by their own path.
    expect(checkInvariants(note)[0]!.message).toBe('duplicate id "prj_fixed" (also used at id)');
    const journey = withJourney(() => ({ id: richProject().personas[0]!.id }));
    expect(checkInvariants(journey)).toEqual([{ path: 'journeys[0].id', message: `duplicate id "${richProject().personas[0]!.id}" (also used at personas[0].id)` }]);
  });

  it('reports every kind of dangling reference', () => {
    const p = withJourney((j) => ({
      touchpoints: j.touchpoints.map((t, i) => (i === 0 ? { ...t, stageId: 'stg_x', laneId: 'lan_x', emotions: [{ personaId: 'per_x', current: 0, target: null }] } : t)),
      connections: [{ id: 'con_0', from: 'tp_x', to: 'tp_y', label: '' }],
      frictions: j.frictions.map((f, i) => (i === 0 ? { ...f, touchpointId: 'tp_x', causedBySystemIds: ['sys_x'] } : f)),
      opportunities: [{ ...j.opportunities[0]!, frictionIds: ['fr_x'] }],
      dataLinks: [{ ...j.dataLinks[0]!, touchpointId: 'tp_x', systemId: 'sys_x' }],
      systemPlacements: [{ systemId: 'sys_x', position: { x: 0, y: 0 } }],
      votes: [{ participant: 'Ana', frictionId: 'fr_x', count: 1 }],
      threads: [{ ...j.threads[0]!, target: { kind: 'dataLink', id: 'dl_x' } }],
      alignment: [{ target: { kind: 'system', id: 'sys_x' }, status: 'agreed' }],
    }));
    expect(paths(p)).toEqual([
      'journeys[0].touchpoints[0].stageId',
      'journeys[0].touchpoints[0].laneId',
      'journeys[0].touchpoints[0].emotions[0].personaId',
      'journeys[0].connections[0].from',
      'journeys[0].connections[0].to',
      'journeys[0].frictions[0].touchpointId',
      'journeys[0].frictions[0].causedBySystemIds[0]',
      'journeys[0].opportunities[0].frictionIds[0]',
      'journeys[0].dataLinks[0].touchpointId',
      'journeys[0].dataLinks[0].systemId',
      'journeys[0].systemPlacements[0].systemId',
      'journeys[0].votes[0].frictionId',
      'journeys[0].threads[0].target',
      'journeys[0].alignment[0].target',
    ]);
    expect(checkInvariants(p)[0]!.message).toBe('refers to stage "stg_x", which does not exist');
  });

  it('reports a persona scored twice on one touchpoint', () => {
    const p = withJourney((j) => ({
      touchpoints: j.touchpoints.map((t, i) => (i === 0 ? { ...t, emotions: [...t.emotions, { personaId: 'per_0', current: 1, target: null }] } : t)),
    }));
    expect(checkInvariants(p)).toEqual([{ path: 'journeys[0].touchpoints[0].emotions[1]', message: 'scores persona "per_0" twice' }]);
  });
});

describe('elementExists', () => {
  it('resolves references by kind', () => {
    const p = richProject();
    const exists = elementExists(p.journeys[0]!, new Set(p.systems.map((s) => s.id)));
    expect(exists({ kind: 'stage', id: 'stg_0' })).toBe(true);
    expect(exists({ kind: 'touchpoint', id: 'stg_0' })).toBe(false);
    expect(exists({ kind: 'system', id: 'sys_1' })).toBe(true);
    expect(exists({ kind: 'dataLink', id: 'dl_0' })).toBe(true);
    expect(exists({ kind: 'opportunity', id: 'opp_0' })).toBe(true);
    expect(exists({ kind: 'friction', id: 'fr_9' })).toBe(false);
  });
});
