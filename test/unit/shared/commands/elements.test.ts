import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/commands/registry.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const del = (p: Project, ids: string[]) => runCommand(p, { name: 'deleteElements', payload: { journeyId: J, ids } });

describe('deleteElements', () => {
  it('deletes a mixed selection and lets the cascade remove what depended on it', () => {
    const after = del(richProject(), ['tp_1', 'fr_0', 'opp_0', 'thr_1']);
    const j = after.journeys[0]!;
    expect(j.touchpoints.map((t) => t.id)).toEqual(['tp_0', 'tp_2']);
    expect(j.frictions).toEqual([]);
    expect(j.opportunities).toEqual([]);
    expect(j.connections).toEqual([]);
    expect(j.votes).toEqual([]);
    expect(j.threads).toEqual([]);
    expect(j.alignment.map((a) => a.target.id)).toEqual(['stg_0', 'tp_0']);
    expect(j.dataLinks.map((d) => d.id)).toEqual(['dl_0']);
    expect(checkInvariants(after)).toEqual([]);
  });

  it('deletes a friction point: its votes go and opportunities lose its id', () => {
    const j = del(richProject(), ['fr_1']).journeys[0]!;
    expect(j.votes.map((v) => v.frictionId)).toEqual(['fr_0']);
    expect(j.opportunities[0]!.frictionIds).toEqual(['fr_0']);
  });

  it('deletes connections, data links and stages by id', () => {
    const j = del(richProject(), ['con_0', 'dl_0', 'stg_0']).journeys[0]!;
    expect(j.connections).toEqual([]);
    expect(j.dataLinks).toEqual([]);
    expect(j.stages.map((s) => s.id)).toEqual(['stg_1']);
    expect(j.touchpoints.map((t) => t.id)).toEqual(['tp_1', 'tp_2']);
  });

  it('keeps the last lane when every lane is selected', () => {
    const p = richProject();
    const after = del(p, [...p.journeys[0]!.lanes.map((l) => l.id), 'con_0']);
    expect(after.journeys[0]!.lanes).toBe(p.journeys[0]!.lanes);
    expect(after.journeys[0]!.connections).toEqual([]);
  });

  it('returns the same project for unknown ids, an empty selection and an unknown journey', () => {
    const p = richProject();
    expect(del(p, ['nothing', 'per_0', 'sys_0'])).toBe(p);
    expect(del(p, [])).toBe(p);
    expect(runCommand(p, { name: 'deleteElements', payload: { journeyId: 'jny_nope', ids: ['tp_0'] } })).toBe(p);
  });
});
