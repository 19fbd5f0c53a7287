/**
 * Referential integrity of a project, checked after schema validation on
 * every load and by the property tests after every command: ids unique across
 * the project, and every reference pointing at something that exists.
 */
import type { ElementRef, Journey, Project } from './model.ts';

export interface Problem {
  /** Where in the document, e.g. `journeys[0].touchpoints[3].stageId`. */
  path: string;
  message: string;
}

export function checkInvariants(project: Project): Problem[] {
  const problems: Problem[] = [];
  const ids = new IdRegistry(problems);
  ids.claim(project.id, 'id');
  ids.claimAll(project.personas, 'personas');
  ids.claimAll(project.systems, 'systems');
  const personaIds = new Set(project.personas.map((p) => p.id));
  const systemIds = new Set(project.systems.map((s) => s.id));

  project.journeys.forEach((journey, j) => {
    const at = `journeys[${j}]`;
    ids.claim(journey.id, `${at}.id`);
    for (const key of ['stages', 'lanes', 'touchpoints', 'connections', 'frictions', 'opportunities', 'dataLinks', 'threads'] as const) {
      ids.claimAll(journey[key], `${at}.${key}`);
    }
    journey.threads.forEach((thread, t) => ids.claimAll(thread.notes, `${at}.threads[${t}].notes`));
    checkJourneyRefs(journey, at, personaIds, systemIds, problems);
  });
  return problems;
}

/**
 * Ids must be unique across the project. Each id is remembered with where it was first seen as a
 * list and an index, and a path is spelt out only for a duplicate: a 5,000-touchpoint project has
 * some 20,000 ids, and writing a path string for each took a good part of every save's check.
 */
class IdRegistry {
  private readonly seen = new Map<string, number>();
  private readonly lists: string[] = [];

  constructor(private readonly problems: Problem[]) {}

  /** A single id at `path`. */
  claim(id: string, path: string): void {
    this.lists.push(path);
    this.add(id, (this.lists.length - 1) * LIST_STRIDE + SINGLE);
  }

  /** The ids of every item of the list at `path`. */
  claimAll(items: readonly { id: string }[], path: string): void {
    this.lists.push(path);
    const base = (this.lists.length - 1) * LIST_STRIDE;
    for (let i = 0; i < items.length; i++) this.add(items[i]!.id, base + i);
  }

  private add(id: string, place: number): void {
    const first = this.seen.get(id);
    if (first === undefined) this.seen.set(id, place);
    else this.problems.push({ path: this.pathOf(place), message: `duplicate id "${id}" (also used at ${this.pathOf(first)})` });
  }

  private pathOf(place: number): string {
    const list = this.lists[Math.floor(place / LIST_STRIDE)]!;
    const index = place % LIST_STRIDE;
    return index === SINGLE ? list : `${list}[${index}].id`;
  }
}

/** Places are numbered list * LIST_STRIDE + index: lists are far shorter (LIMITS.list, 50,000). */
const LIST_STRIDE = 1_000_000;
/** The "index" of an id claimed on its own, whose path is the list's path itself. */
const SINGLE = LIST_STRIDE - 1;

function checkJourneyRefs(journey: Journey, at: string, personaIds: Set<string>, systemIds: Set<string>, problems: Problem[]) {
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const laneIds = new Set(journey.lanes.map((l) => l.id));
  const touchpointIds = new Set(journey.touchpoints.map((t) => t.id));
  const frictionIds = new Set(journey.frictions.map((f) => f.id));
  const missing = (path: string, what: string, id: string) => problems.push({ path, message: `refers to ${what} "${id}", which does not exist` });

  journey.touchpoints.forEach((t, i) => {
    const p = `${at}.touchpoints[${i}]`;
    if (!stageIds.has(t.stageId)) missing(`${p}.stageId`, 'stage', t.stageId);
    if (!laneIds.has(t.laneId)) missing(`${p}.laneId`, 'lane', t.laneId);
    const personasSeen = new Set<string>();
    t.emotions.forEach((e, k) => {
      if (!personaIds.has(e.personaId)) missing(`${p}.emotions[${k}].personaId`, 'persona', e.personaId);
      if (personasSeen.has(e.personaId)) problems.push({ path: `${p}.emotions[${k}]`, message: `scores persona "${e.personaId}" twice` });
      personasSeen.add(e.personaId);
    });
  });
  journey.connections.forEach((c, i) => {
    if (!touchpointIds.has(c.from)) missing(`${at}.connections[${i}].from`, 'touchpoint', c.from);
    if (!touchpointIds.has(c.to)) missing(`${at}.connections[${i}].to`, 'touchpoint', c.to);
  });
  journey.frictions.forEach((f, i) => {
    if (!touchpointIds.has(f.touchpointId)) missing(`${at}.frictions[${i}].touchpointId`, 'touchpoint', f.touchpointId);
    f.causedBySystemIds.forEach((s, k) => { if (!systemIds.has(s)) missing(`${at}.frictions[${i}].causedBySystemIds[${k}]`, 'system', s); });
  });
  journey.opportunities.forEach((o, i) => o.frictionIds.forEach((f, k) => {
    if (!frictionIds.has(f)) missing(`${at}.opportunities[${i}].frictionIds[${k}]`, 'friction point', f);
  }));
  journey.dataLinks.forEach((d, i) => {
    if (!touchpointIds.has(d.touchpointId)) missing(`${at}.dataLinks[${i}].touchpointId`, 'touchpoint', d.touchpointId);
    if (!systemIds.has(d.systemId)) missing(`${at}.dataLinks[${i}].systemId`, 'system', d.systemId);
  });
  journey.systemPlacements.forEach((s, i) => { if (!systemIds.has(s.systemId)) missing(`${at}.systemPlacements[${i}].systemId`, 'system', s.systemId); });
  journey.votes.forEach((v, i) => { if (!frictionIds.has(v.frictionId)) missing(`${at}.votes[${i}].frictionId`, 'friction point', v.frictionId); });
  const exists = elementExists(journey, systemIds);
  journey.threads.forEach((t, i) => { if (!exists(t.target)) missing(`${at}.threads[${i}].target`, t.target.kind, t.target.id); });
  journey.alignment.forEach((a, i) => { if (!exists(a.target)) missing(`${at}.alignment[${i}].target`, a.target.kind, a.target.id); });
}

/** A predicate telling whether an element reference resolves in a journey. */
export function elementExists(journey: Journey, systemIds: Set<string>): (ref: ElementRef) => boolean {
  const byKind: Record<ElementRef['kind'], Set<string>> = {
    stage: new Set(journey.stages.map((s) => s.id)),
    touchpoint: new Set(journey.touchpoints.map((t) => t.id)),
    friction: new Set(journey.frictions.map((f) => f.id)),
    opportunity: new Set(journey.opportunities.map((o) => o.id)),
    system: systemIds,
    dataLink: new Set(journey.dataLinks.map((d) => d.id)),
  };
  return (ref) => byKind[ref.kind].has(ref.id);
}
