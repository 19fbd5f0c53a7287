import { describe, expect, it } from 'vitest';
import { commandCoalesceKey, runCommand } from '../../../../shared/commands/registry.ts';
import { createSystem } from '../../../../shared/domain/defaults.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { apply, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const system = (p: Project, id: string) => p.systems.find((s) => s.id === id);
const link = (p: Project, id: string) => p.journeys[0]!.dataLinks.find((d) => d.id === id);

describe('addSystem', () => {
  it('adds an active system with the given fields, and refuses an existing id', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'addSystem', payload: { systemId: 'sys_9', name: 'ERP', fields: { kind: 'erp', lifecycle: 'phase-out' } } });
    expect(system(after, 'sys_9')).toEqual({ ...createSystem('sys_9', 'ERP'), kind: 'erp', lifecycle: 'phase-out' });
    expect(after.systems.map((s) => s.id)).toEqual(['sys_0', 'sys_1', 'sys_9']);
    expect(runCommand(after, { name: 'addSystem', payload: { systemId: 'sys_9', name: 'Again' } })).toBe(after);
  });
});

describe('updateSystem', () => {
  it('changes fields, keeps the object when nothing changes, and coalesces edits of the same fields', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'updateSystem', payload: { systemId: 'sys_0', changes: { vendor: 'Acme', lifecycle: 'end-of-life' } } });
    expect(system(after, 'sys_0')).toMatchObject({ name: 'CRM', vendor: 'Acme', lifecycle: 'end-of-life' });
    expect(runCommand(after, { name: 'updateSystem', payload: { systemId: 'sys_0', changes: { vendor: 'Acme' } } })).toBe(after);
    expect(commandCoalesceKey({ name: 'updateSystem', payload: { systemId: 'sys_0', changes: { vendor: 'A', name: 'B' } } })).toBe('system:sys_0:name,vendor');
  });
});

describe('deleteSystems', () => {
  it('removes the systems with their data links, placements and friction causes', () => {
    const p = apply(richProject(), { name: 'placeSystem', payload: { journeyId: J, systemId: 'sys_0', position: { x: 100, y: 10 } } });
    const after = runCommand(p, { name: 'deleteSystems', payload: { systemIds: ['sys_0', 'sys_1'] } });
    const j = after.journeys[0]!;
    expect(after.systems).toEqual([]);
    expect(j.dataLinks).toEqual([]);
    expect(j.systemPlacements).toEqual([]);
    expect(j.frictions.find((f) => f.id === 'fr_0')!.causedBySystemIds).toEqual([]);
    expect(checkInvariants(after)).toEqual([]);
  });
});

describe('importSystems', () => {
  it('adds new systems once and updates known ones in one step', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'importSystems', payload: {
      add: [createSystem('sys_7', 'CDP'), createSystem('sys_7', 'CDP twice'), createSystem('sys_0', 'Ignored')],
      update: [{ systemId: 'sys_1', changes: { hosting: 'cloud' } }],
    } });
    expect(after.systems.map((s) => [s.id, s.name])).toEqual([['sys_0', 'CRM'], ['sys_1', 'Shop'], ['sys_7', 'CDP']]);
    expect(system(after, 'sys_1')!.hosting).toBe('cloud');
    expect(runCommand(p, { name: 'importSystems', payload: { add: [], update: [] } })).toBe(p);
  });
});

describe('addDataLink', () => {
  it('attaches a system with defaults, dropping categories without personal data', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'addDataLink', payload: {
      journeyId: J, dataLinkId: 'dl_1', touchpointId: 'tp_2', systemId: 'sys_1', fields: { personalDataCategories: ['contact'], integration: 'manual' },
    } });
    expect(link(after, 'dl_1')).toEqual({
      id: 'dl_1', touchpointId: 'tp_2', systemId: 'sys_1', dataObjects: [], direction: 'reads', personalData: false,
      personalDataCategories: [], integration: 'manual', freshness: 'unknown', evidence: 'assumed',
    });
    expect(checkInvariants(after)).toEqual([]);
  });

  it('refuses a second link between the same touchpoint and system, unknown systems and touchpoints', () => {
    const p = richProject();
    expect(runCommand(p, { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_1', touchpointId: 'tp_0', systemId: 'sys_0' } })).toBe(p);
    expect(runCommand(p, { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_1', touchpointId: 'tp_0', systemId: 'sys_x' } })).toBe(p);
    expect(runCommand(p, { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_1', touchpointId: 'tp_x', systemId: 'sys_1' } })).toBe(p);
  });
});

describe('updateDataLink', () => {
  it('changes fields and clears categories when personal data is switched off', () => {
    const p = richProject();
    const after = runCommand(p, { name: 'updateDataLink', payload: { journeyId: J, dataLinkId: 'dl_0', changes: { personalData: false, freshness: 'daily' } } });
    expect(link(after, 'dl_0')).toMatchObject({ personalData: false, personalDataCategories: [], freshness: 'daily' });
    expect(runCommand(after, { name: 'updateDataLink', payload: { journeyId: J, dataLinkId: 'dl_0', changes: { freshness: 'daily' } } })).toBe(after);
  });
});

describe('placeSystem', () => {
  it('places a system once, moves it, and clamps to the board', () => {
    const p = richProject();
    const placed = runCommand(p, { name: 'placeSystem', payload: { journeyId: J, systemId: 'sys_0', position: { x: -20, y: 30.6 } } });
    expect(placed.journeys[0]!.systemPlacements).toEqual([
      { systemId: 'sys_1', position: { x: 16, y: 16 } },
      { systemId: 'sys_0', position: { x: 0, y: 31 } },
    ]);
    const moved = runCommand(placed, { name: 'placeSystem', payload: { journeyId: J, systemId: 'sys_1', position: { x: 50, y: 60 } } });
    expect(moved.journeys[0]!.systemPlacements[0]).toEqual({ systemId: 'sys_1', position: { x: 50, y: 60 } });
    expect(runCommand(moved, { name: 'placeSystem', payload: { journeyId: J, systemId: 'sys_1', position: { x: 50, y: 60 } } })).toBe(moved);
  });
});
