/** Alignment analysis against hand-computed numbers (see docs/alignment.md for the formulas). */
import { describe, expect, it } from 'vitest';
import {
  alignmentScore, analyzeJourney, coverage, projectAlignment, stageAlignment, stageScore, unusedSystems,
} from '../../../../shared/analysis/alignment.ts';
import { createJourney, createSystem } from '../../../../shared/domain/defaults.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { apply, emptyProject, journeyId, projectWithStages } from '../../../helpers/builders.ts';
import { J, mixedProject } from './fixtures.ts';

const journey = (p: Project) => p.journeys[0]!;

describe('an empty journey', () => {
  it('has coverage 0, score 0 and nothing to list', () => {
    const p = emptyProject();
    expect(analyzeJourney(p, journeyId(p))).toEqual({
      journeyId: journeyId(p), score: 0, coverage: { overall: 0, byStage: [] }, stages: [],
      totals: { personalData: 0, weakIntegrations: 0, stale: 0, retiringSystems: 0, unownedFrictions: 0 },
      unlinkedTouchpoints: [], unownedFrictions: [], frictionSystems: [], unusedSystems: [],
    });
  });

  it('a stage without touchpoints has coverage and score null and weighs nothing', () => {
    const base = emptyProject();
    const p = apply(base, { name: 'addStage', payload: { journeyId: journeyId(base), stageId: 'stg_x', name: 'Empty' } });
    const a = analyzeJourney(p, journeyId(p))!;
    expect(a.coverage).toEqual({ overall: 0, byStage: [{ stageId: 'stg_x', name: 'Empty', coverage: null }] });
    expect(a.stages[0]).toMatchObject({ touchpoints: 0, linked: 0, coverage: null, exactScore: null, score: null });
    expect(a.score).toBe(0);
  });

  it('an unknown journey gives null', () => {
    expect(analyzeJourney(emptyProject(), 'jny_nope')).toBeNull();
  });
});

describe('a journey with no systems', () => {
  const base = projectWithStages('Order', 'Pickup');
  const p = apply(base, { name: 'addFriction', payload: { journeyId: journeyId(base), frictionId: 'fr_q', touchpointId: 'tp_1', title: 'Queue' } });
  const a = analyzeJourney(p, journeyId(p))!;

  it('has coverage 0 everywhere and lists every touchpoint as without data', () => {
    expect(a.coverage).toEqual({ overall: 0, byStage: [{ stageId: 'stg_0', name: 'Order', coverage: 0 }, { stageId: 'stg_1', name: 'Pickup', coverage: 0 }] });
    expect(a.unlinkedTouchpoints).toEqual([
      { stageId: 'stg_0', name: 'Order', touchpoints: [{ id: 'tp_0', name: 'Order touchpoint' }] },
      { stageId: 'stg_1', name: 'Pickup', touchpoints: [{ id: 'tp_1', name: 'Pickup touchpoint' }] },
    ]);
  });

  it('clamps a negative stage score to 0 (0 − 10/1 for the unowned friction)', () => {
    expect(a.stages.map((s) => [s.unownedFrictions, s.exactScore, s.score])).toEqual([[0, 0, 0], [1, 0, 0]]);
    expect(a.score).toBe(0);
    expect(a.unownedFrictions).toEqual([{ id: 'fr_q', name: 'Queue', touchpointId: 'tp_1', stageId: 'stg_1' }]);
    expect(a.frictionSystems).toEqual([]);
    expect(a.unusedSystems).toEqual([]);
  });
});

describe('a mixed journey', () => {
  const p = mixedProject();
  const a = analyzeJourney(p, J)!;

  it('counts the heatmap of every stage', () => {
    const [sa, sb, sc] = a.stages;
    expect(sa).toMatchObject({
      stageId: 'stg_a', name: 'Discover', touchpoints: 3, linked: 2, personalData: 2, weakIntegrations: 2,
      stale: 1, retiringSystems: 1, unownedFrictions: 1, score: 45,
    });
    expect(sa!.coverage).toBeCloseTo(2 / 3, 12);
    // 100 × 2/3 − (10×2 + 15×1 + 10×1 + 20×1) / 3 = 66.67 − 21.67 = 45
    expect(sa!.exactScore).toBeCloseTo(45, 9);
    // 100 × 1 − (20×2 + 10×1) / 1 = 50; hourly data is not stale.
    expect(sb).toEqual({
      stageId: 'stg_b', name: 'Buy', touchpoints: 1, linked: 1, coverage: 1, personalData: 1, weakIntegrations: 0,
      stale: 0, retiringSystems: 2, unownedFrictions: 1, exactScore: 50, score: 50,
    });
    expect(sc).toEqual({
      stageId: 'stg_c', name: 'Later', touchpoints: 0, linked: 0, coverage: null, personalData: 0, weakIntegrations: 0,
      stale: 0, retiringSystems: 0, unownedFrictions: 0, exactScore: null, score: null,
    });
  });

  it('weights the overall score by touchpoints: (3 × 45 + 1 × 50) / 4 = 46.25 → 46', () => {
    expect(a.score).toBe(46);
    expect(alignmentScore(a.stages)).toBe(46);
  });

  it('has coverage 3/4 overall', () => {
    expect(a.coverage.overall).toBe(0.75);
    expect(a.coverage.byStage.map((s) => s.coverage)).toEqual([a.stages[0]!.coverage, 1, null]);
    expect(coverage(journey(p))).toEqual(a.coverage);
  });

  it('totals count a retiring system used in two stages once', () => {
    expect(a.totals).toEqual({ personalData: 3, weakIntegrations: 2, stale: 1, retiringSystems: 2, unownedFrictions: 2 });
  });

  it('lists touchpoints without data (a real-time touchpoint with no link is not stale), unowned frictions and causes', () => {
    expect(a.unlinkedTouchpoints).toEqual([{ stageId: 'stg_a', name: 'Discover', touchpoints: [{ id: 'tp_a3', name: 'Poster' }] }]);
    expect(a.unownedFrictions).toEqual([
      { id: 'fr_1', name: 'Stale points', touchpointId: 'tp_a1', stageId: 'stg_a' },
      { id: 'fr_3', name: 'Till freezes', touchpointId: 'tp_b1', stageId: 'stg_b' },
    ]);
    expect(a.frictionSystems).toEqual([
      { id: 'fr_1', name: 'Stale points', systems: [{ id: 'sys_old', name: 'Old loyalty' }] },
      { id: 'fr_2', name: 'Faded poster', systems: [{ id: 'sys_spare', name: 'Spare' }] },
      { id: 'fr_3', name: 'Till freezes', systems: [{ id: 'sys_pos', name: 'POS' }, { id: 'sys_crm', name: 'CRM' }] },
    ]);
  });

  it('a system only placed on the canvas or blamed for friction is still unused', () => {
    expect(a.unusedSystems).toEqual([{ id: 'sys_spare', name: 'Spare' }]);
  });

  it('attaching a system updates coverage, unused systems and score', () => {
    const after = apply(p, { name: 'addDataLink', payload: { journeyId: J, dataLinkId: 'dl_9', touchpointId: 'tp_a3', systemId: 'sys_spare', fields: { integration: 'real-time', freshness: 'real-time' } } });
    const b = analyzeJourney(after, J)!;
    expect(b.coverage.overall).toBe(1);
    expect(b.unusedSystems).toEqual([]);
    expect(b.unlinkedTouchpoints).toEqual([]);
    // Stage A: 100 − 65/3 = 78.33; overall (3 × 78.33 + 50) / 4 = 71.25 → 71.
    expect(b.stages[0]!.score).toBe(78);
    expect(b.score).toBe(71);
  });
});

describe('helpers', () => {
  it('stageScore clamps to 0–100 and is null without touchpoints', () => {
    const row = { stageId: 's', name: 'S', touchpoints: 2, linked: 2, coverage: 1, personalData: 9, weakIntegrations: 0, stale: 0, retiringSystems: 0, unownedFrictions: 0 };
    expect(stageScore(row)).toBe(100);
    expect(stageScore({ ...row, stale: 1 })).toBe(92.5);
    expect(stageScore({ ...row, retiringSystems: 20 })).toBe(0);
    expect(stageScore({ ...row, touchpoints: 0, linked: 0, coverage: null })).toBeNull();
  });

  it('unusedSystems looks at data links of every journey', () => {
    const p = mixedProject();
    const other = { ...createJourney('jny_2', 'Other', 'journey-map', () => 'lan_x'), dataLinks: [] };
    expect(unusedSystems([other], p.systems).map((s) => s.id)).toEqual(['sys_crm', 'sys_old', 'sys_pos', 'sys_spare']);
    expect(unusedSystems([other, journey(p)], [...p.systems, createSystem('sys_new', 'New')]).map((s) => s.id)).toEqual(['sys_spare', 'sys_new']);
  });

  it('projectAlignment pools the touchpoints of every journey', () => {
    const mixed = mixedProject();
    const none = projectWithStages('Order', 'Pickup');
    const two: Project = { ...mixed, journeys: [journey(mixed), { ...journey(none), id: 'jny_2', lanes: journey(mixed).lanes }] };
    const { coverage: cov, alignmentScore: score } = projectAlignment(two);
    // 3 of 4 + 0 of 2 touchpoints linked; (3 × 45 + 1 × 50 + 2 × 0) / 6 = 30.8 → 31.
    expect(cov.overall).toBe(0.5);
    expect(cov.byStage.map((s) => s.stageId)).toEqual(['stg_a', 'stg_b', 'stg_c', 'stg_0', 'stg_1']);
    expect(score).toBe(31);
    expect(projectAlignment(mixed)).toEqual({ coverage: coverage(journey(mixed)), alignmentScore: 46 });
    expect(stageAlignment(journey(mixed), [])[1]!.retiringSystems).toBe(0);
  });
});
