/**
 * Marketing–IT alignment of a journey: where touchpoints have no data behind
 * them, where the data is weak (manual, stale, personal, on retiring systems)
 * and who owns the friction. Pure functions of the project; the Alignment
 * panel and `touchline stats` both read them, so they always agree.
 * docs/alignment.md explains every formula with a worked example.
 */
import type { DataLink, Journey, Project, System } from '../domain/model.ts';
import type { Freshness, Integration, Lifecycle } from '../domain/vocab.ts';

/** Link integrations that count as "manual or missing". */
export const WEAK_INTEGRATIONS: ReadonlySet<Integration> = new Set<Integration>(['manual', 'none']);
/** Link freshness that is too slow for a touchpoint needing real-time data. */
export const STALE_FRESHNESS: ReadonlySet<Freshness> = new Set<Freshness>(['daily', 'weekly', 'unknown']);
/** System lifecycles that count as "end-of-life or phase-out". */
export const RETIRING_LIFECYCLES: ReadonlySet<Lifecycle> = new Set<Lifecycle>(['phase-out', 'end-of-life']);

/** Score points lost per finding, divided by the stage's number of touchpoints. */
export const PENALTY = { weakIntegration: 10, stale: 15, unownedFriction: 10, retiringSystem: 20 } as const;

export interface Ref { id: string; name: string }

/** One heatmap row. Counts are whole numbers; `coverage`/`score` are null for a stage without touchpoints. */
export interface StageAlignment {
  stageId: string;
  name: string;
  touchpoints: number;
  /** Touchpoints with at least one data link. */
  linked: number;
  /** linked / touchpoints, 0–1. */
  coverage: number | null;
  /** Data links of the stage's touchpoints with `personalData`. */
  personalData: number;
  /** Data links of the stage's touchpoints with integration `manual` or `none`. */
  weakIntegrations: number;
  /** Touchpoints needing real-time data with at least one link of daily, weekly or unknown freshness. */
  stale: number;
  /** Distinct systems linked from the stage's touchpoints whose lifecycle is phase-out or end-of-life. */
  retiringSystems: number;
  /** Friction points on the stage's touchpoints with ownerSide `unassigned`. */
  unownedFrictions: number;
  /** Unrounded score, 0–100 (the overall score averages these). */
  exactScore: number | null;
  /** Math.round(exactScore). */
  score: number | null;
}

export interface CoverageSummary {
  /** Touchpoints with ≥1 data link / all touchpoints; 0 when there are none. */
  overall: number;
  byStage: { stageId: string; name: string; coverage: number | null }[];
}

export interface JourneyAlignment {
  journeyId: string;
  /** Overall alignment score, 0–100 (see `alignmentScore`). */
  score: number;
  coverage: CoverageSummary;
  stages: StageAlignment[];
  /** Journey totals of the heatmap columns (`retiringSystems` counts distinct systems of the journey). */
  totals: { personalData: number; weakIntegrations: number; stale: number; retiringSystems: number; unownedFrictions: number };
  /** Touchpoints without any data link, grouped by stage in stage order (stages with none are left out). */
  unlinkedTouchpoints: { stageId: string; name: string; touchpoints: Ref[] }[];
  unownedFrictions: (Ref & { touchpointId: string; stageId: string })[];
  /** Friction points with at least one cause, and the causing systems. */
  frictionSystems: (Ref & { systems: Ref[] })[];
  /** Catalog systems with no data link from any touchpoint of any journey. */
  unusedSystems: Ref[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** Data links by touchpoint id. */
function linksByTouchpoint(journey: Journey): Map<string, DataLink[]> {
  const byTp = new Map<string, DataLink[]>();
  for (const link of journey.dataLinks) byTp.set(link.touchpointId, [...(byTp.get(link.touchpointId) ?? []), link]);
  return byTp;
}

/**
 * Coverage = touchpoints with ≥1 data link / touchpoints, overall and per
 * stage (in stage order). A stage without touchpoints has coverage null;
 * with no touchpoints at all, overall is 0. Several journeys pool their
 * touchpoints (the CLI passes every journey of the project).
 */
export function coverage(...journeys: Journey[]): CoverageSummary {
  let linked = 0;
  let total = 0;
  const byStage: CoverageSummary['byStage'] = [];
  for (const journey of journeys) {
    const links = linksByTouchpoint(journey);
    for (const stage of journey.stages) {
      const tps = journey.touchpoints.filter((t) => t.stageId === stage.id);
      const covered = tps.filter((t) => links.has(t.id)).length;
      linked += covered;
      total += tps.length;
      byStage.push({ stageId: stage.id, name: stage.name, coverage: ratio(covered, tps.length) });
    }
  }
  return { overall: ratio(linked, total) ?? 0, byStage };
}

/**
 * Stage score = clamp(100 × coverage − (10 × weak integrations + 15 × stale
 * touchpoints + 10 × unowned friction points + 20 × retiring systems) /
 * touchpoints, 0, 100). `score` rounds it; null without touchpoints.
 */
export function stageScore(row: Omit<StageAlignment, 'exactScore' | 'score'>): number | null {
  if (row.touchpoints === 0 || row.coverage === null) return null;
  const penalty = PENALTY.weakIntegration * row.weakIntegrations + PENALTY.stale * row.stale
    + PENALTY.unownedFriction * row.unownedFrictions + PENALTY.retiringSystem * row.retiringSystems;
  return clamp(100 * row.coverage - penalty / row.touchpoints);
}

/** The heatmap rows of a journey, in stage order. */
export function stageAlignment(journey: Journey, systems: readonly System[]): StageAlignment[] {
  const links = linksByTouchpoint(journey);
  const lifecycle = new Map(systems.map((s) => [s.id, s.lifecycle]));
  return journey.stages.map((stage) => {
    const tps = journey.touchpoints.filter((t) => t.stageId === stage.id);
    const tpIds = new Set(tps.map((t) => t.id));
    const stageLinks = tps.flatMap((t) => links.get(t.id) ?? []);
    const retiring = new Set(stageLinks.filter((l) => RETIRING_LIFECYCLES.has(lifecycle.get(l.systemId) ?? 'active')).map((l) => l.systemId));
    const row = {
      stageId: stage.id,
      name: stage.name,
      touchpoints: tps.length,
      linked: tps.filter((t) => links.has(t.id)).length,
      coverage: ratio(tps.filter((t) => links.has(t.id)).length, tps.length),
      personalData: stageLinks.filter((l) => l.personalData).length,
      weakIntegrations: stageLinks.filter((l) => WEAK_INTEGRATIONS.has(l.integration)).length,
      stale: tps.filter((t) => t.needsRealTime && (links.get(t.id) ?? []).some((l) => STALE_FRESHNESS.has(l.freshness))).length,
      retiringSystems: retiring.size,
      unownedFrictions: journey.frictions.filter((f) => tpIds.has(f.touchpointId) && f.ownerSide === 'unassigned').length,
    };
    const exactScore = stageScore(row);
    return { ...row, exactScore, score: exactScore === null ? null : Math.round(exactScore) };
  });
}

/**
 * Overall score = round(Σ touchpoints × exactScore / Σ touchpoints) over the
 * given stage rows (stages without touchpoints weigh nothing); 0 when there
 * are no touchpoints at all.
 */
export function alignmentScore(stages: readonly StageAlignment[]): number {
  let weight = 0;
  let sum = 0;
  for (const s of stages) {
    if (s.exactScore === null) continue;
    weight += s.touchpoints;
    sum += s.touchpoints * s.exactScore;
  }
  return weight === 0 ? 0 : Math.round(sum / weight);
}

/** Catalog systems no data link of any journey points at, in catalog order. */
export function unusedSystems(journeys: readonly Journey[], systems: readonly System[]): Ref[] {
  const used = new Set(journeys.flatMap((j) => j.dataLinks.map((l) => l.systemId)));
  return systems.filter((s) => !used.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
}

/** Everything about one journey except `unusedSystems` (which depends on every journey). */
export function journeyAlignment(journey: Journey, systems: readonly System[]): Omit<JourneyAlignment, 'unusedSystems'> {
  const stages = stageAlignment(journey, systems);
  const links = linksByTouchpoint(journey);
  const byId = new Map(systems.map((s) => [s.id, s]));
  const stageOf = new Map(journey.touchpoints.map((t) => [t.id, t.stageId]));
  const sum = (key: 'personalData' | 'weakIntegrations' | 'stale' | 'unownedFrictions') => stages.reduce((n, s) => n + s[key], 0);
  const retiring = new Set(journey.dataLinks.filter((l) => RETIRING_LIFECYCLES.has(byId.get(l.systemId)?.lifecycle ?? 'active')).map((l) => l.systemId));
  return {
    journeyId: journey.id,
    score: alignmentScore(stages),
    coverage: coverage(journey),
    stages,
    totals: {
      personalData: sum('personalData'), weakIntegrations: sum('weakIntegrations'), stale: sum('stale'),
      retiringSystems: retiring.size, unownedFrictions: sum('unownedFrictions'),
    },
    unlinkedTouchpoints: journey.stages
      .map((stage) => ({
        stageId: stage.id,
        name: stage.name,
        touchpoints: journey.touchpoints.filter((t) => t.stageId === stage.id && !links.has(t.id)).map((t) => ({ id: t.id, name: t.title })),
      }))
      .filter((group) => group.touchpoints.length > 0),
    unownedFrictions: journey.frictions
      .filter((f) => f.ownerSide === 'unassigned')
      .map((f) => ({ id: f.id, name: f.title, touchpointId: f.touchpointId, stageId: stageOf.get(f.touchpointId) ?? '' })),
    frictionSystems: journey.frictions
      .map((f) => ({
        id: f.id,
        name: f.title,
        systems: f.causedBySystemIds.flatMap((id) => { const s = byId.get(id); return s ? [{ id: s.id, name: s.name }] : []; }),
      }))
      .filter((row) => row.systems.length > 0),
  };
}

/** The full alignment analysis of one journey; null when the project has no such journey. */
export function analyzeJourney(project: Project, journeyId: string): JourneyAlignment | null {
  const journey = project.journeys.find((j) => j.id === journeyId);
  if (!journey) return null;
  return { ...journeyAlignment(journey, project.systems), unusedSystems: unusedSystems(project.journeys, project.systems) };
}

/**
 * The project-wide figures `touchline stats` prints: coverage and score over
 * every journey's touchpoints pooled (for one journey, exactly that journey's).
 */
export function projectAlignment(project: Project): { coverage: CoverageSummary; alignmentScore: number } {
  return {
    coverage: coverage(...project.journeys),
    alignmentScore: alignmentScore(project.journeys.flatMap((j) => stageAlignment(j, project.systems))),
  };
}
