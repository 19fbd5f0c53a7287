/**
 * Roadmap export: one item per opportunity and per friction point that is not
 * resolved, with everything a backlog tool needs to file and later update it.
 * The format is versioned and documented in docs/exports.md.
 */
import type { Friction, Journey, Opportunity, Project } from '../domain/model.ts';
import { SEVERITIES, type Integration, type OpportunityStatus, type FrictionStatus, type OwnerSide, type Severity } from '../domain/vocab.ts';
import { weakestIntegration } from './common.ts';

export const ROADMAP_FORMAT = 'touchline-roadmap';
export const ROADMAP_VERSION = 1;

export type RoadmapPriority = 'highest' | 'high' | 'medium' | 'low';
export interface Ref { id: string; name: string }

export interface RoadmapItem {
  /** `touchline:<projectId>:<journeyId>:<frictionId|opportunityId>`; stable across exports. */
  sourceId: string;
  kind: 'opportunity' | 'friction';
  id: string;
  title: string;
  description: string;
  journey: Ref;
  /** Stages of the item's touchpoints, in journey order (one for a friction point). */
  stages: Ref[];
  /** The friction point's touchpoint, or the touchpoints of an opportunity's friction points. */
  touchpoints: Ref[];
  /** The friction point's severity, or the highest of an opportunity's friction points (null when it has none). */
  severity: Severity | null;
  votes: number;
  ownerSide: OwnerSide;
  /** The opportunity's owner (free text); null for friction points. */
  owner: string | null;
  status: FrictionStatus | OpportunityStatus;
  priority: RoadmapPriority;
  /** Friction ids an opportunity addresses (empty for a friction point). */
  frictionIds: string[];
  systems: Ref[];
  personalData: boolean;
  integration: Integration;
}

export interface Roadmap {
  format: typeof ROADMAP_FORMAT;
  version: typeof ROADMAP_VERSION;
  project: { id: string; name: string; updatedAt: string };
  items: RoadmapItem[];
}

const SEVERITY_PRIORITY: Record<Severity, RoadmapPriority> = { critical: 'highest', high: 'high', medium: 'medium', low: 'low' };

/** The roadmap of every journey, or of one when `journeyIds` names it. */
export function buildRoadmap(project: Project, journeyIds?: readonly string[]): Roadmap {
  const journeys = journeyIds ? project.journeys.filter((j) => journeyIds.includes(j.id)) : project.journeys;
  const items = journeys.flatMap((journey) => journeyItems(project, journey));
  return { format: ROADMAP_FORMAT, version: ROADMAP_VERSION, project: { id: project.id, name: project.name, updatedAt: project.updatedAt }, items };
}

function journeyItems(project: Project, journey: Journey): RoadmapItem[] {
  const ctx = context(project, journey);
  const opportunities = journey.opportunities.map((o) => opportunityItem(ctx, o));
  const frictions = journey.frictions.filter((f) => f.status !== 'resolved').map((f) => frictionItem(ctx, f));
  return [...opportunities, ...frictions];
}

type Ctx = ReturnType<typeof context>;

function context(project: Project, journey: Journey) {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const touchpointIndex = new Map(journey.touchpoints.map((t, i) => [t.id, i]));
  const systemIndex = new Map(project.systems.map((s, i) => [s.id, i]));
  const votes = new Map<string, number>();
  for (const v of journey.votes) votes.set(v.frictionId, (votes.get(v.frictionId) ?? 0) + v.count);
  return {
    project, journey, votes, stageIndex, touchpointIndex, systemIndex,
    touchpoints: new Map(journey.touchpoints.map((t) => [t.id, t])),
    stages: new Map(journey.stages.map((s) => [s.id, s])),
    frictions: new Map(journey.frictions.map((f) => [f.id, f])),
    systems: new Map(project.systems.map((s) => [s.id, s])),
  };
}

/** Location, systems and data facts of a set of friction points (one for a friction item). */
function facts(ctx: Ctx, frictions: readonly Friction[]) {
  const touchpointIds = new Set(frictions.map((f) => f.touchpointId).filter((id) => ctx.touchpoints.has(id)));
  const links = ctx.journey.dataLinks.filter((l) => touchpointIds.has(l.touchpointId));
  const systemIds = new Set([...frictions.flatMap((f) => f.causedBySystemIds), ...links.map((l) => l.systemId)].filter((id) => ctx.systems.has(id)));
  const tps = [...touchpointIds].sort((a, b) => ctx.touchpointIndex.get(a)! - ctx.touchpointIndex.get(b)!).map((id) => ctx.touchpoints.get(id)!);
  const stageIds = [...new Set(tps.map((t) => t.stageId))].filter((id) => ctx.stages.has(id)).sort((a, b) => ctx.stageIndex.get(a)! - ctx.stageIndex.get(b)!);
  return {
    stages: stageIds.map((id) => ({ id, name: ctx.stages.get(id)!.name })),
    touchpoints: tps.map((t) => ({ id: t.id, name: t.title })),
    systems: [...systemIds].sort((a, b) => ctx.systemIndex.get(a)! - ctx.systemIndex.get(b)!).map((id) => ({ id, name: ctx.systems.get(id)!.name })),
    personalData: links.some((l) => l.personalData),
    integration: weakestIntegration(links.map((l) => l.integration)),
    votes: frictions.reduce((n, f) => n + (ctx.votes.get(f.id) ?? 0), 0),
  };
}

const sourceId = (ctx: Ctx, id: string) => `touchline:${ctx.project.id}:${ctx.journey.id}:${id}`;

function frictionItem(ctx: Ctx, f: Friction): RoadmapItem {
  const { votes, ...rest } = facts(ctx, [f]);
  return {
    sourceId: sourceId(ctx, f.id), kind: 'friction', id: f.id, title: f.title, description: f.description,
    journey: { id: ctx.journey.id, name: ctx.journey.name }, stages: rest.stages, touchpoints: rest.touchpoints,
    severity: f.severity, votes, ownerSide: f.ownerSide, owner: null, status: f.status,
    priority: SEVERITY_PRIORITY[f.severity], frictionIds: [],
    systems: rest.systems, personalData: rest.personalData, integration: rest.integration,
  };
}

function opportunityItem(ctx: Ctx, o: Opportunity): RoadmapItem {
  const frictions = o.frictionIds.map((id) => ctx.frictions.get(id)).filter((f): f is Friction => f !== undefined);
  const { votes, ...rest } = facts(ctx, frictions);
  const severity = frictions.reduce<Severity | null>((top, f) =>
    top === null || SEVERITIES.values.indexOf(f.severity) > SEVERITIES.values.indexOf(top) ? f.severity : top, null);
  return {
    sourceId: sourceId(ctx, o.id), kind: 'opportunity', id: o.id, title: o.title, description: o.description,
    journey: { id: ctx.journey.id, name: ctx.journey.name }, stages: rest.stages, touchpoints: rest.touchpoints,
    severity, votes, ownerSide: combinedSide(frictions), owner: o.owner, status: o.status,
    priority: o.priority, frictionIds: frictions.map((f) => f.id),
    systems: rest.systems, personalData: rest.personalData, integration: rest.integration,
  };
}

/** One side when every assigned friction point agrees, 'shared' when they differ, else 'unassigned'. */
function combinedSide(frictions: readonly Friction[]): OwnerSide {
  const sides = new Set(frictions.map((f) => f.ownerSide).filter((s) => s !== 'unassigned'));
  if (sides.size === 0) return 'unassigned';
  if (sides.size === 1) return [...sides][0]!;
  return 'shared';
}

/** The roadmap as pretty JSON with a final newline. */
export function roadmapJson(project: Project, journeyIds?: readonly string[]): string {
  return `${JSON.stringify(buildRoadmap(project, journeyIds), null, 2)}\n`;
}
