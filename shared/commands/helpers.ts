/** Small immutable-update helpers shared by the command modules. */
import { elementExists } from '../domain/invariants.ts';
import type { Journey, Position, Project } from '../domain/model.ts';
import { LIMITS } from '../domain/schema.ts';

/** Apply `change` to one journey; returns the same project when nothing changed. */
export function updateJourney(project: Project, journeyId: string, change: (journey: Journey) => Journey): Project {
  const index = project.journeys.findIndex((j) => j.id === journeyId);
  if (index < 0) return project;
  const before = project.journeys[index]!;
  const after = change(before);
  if (after === before) return project;
  const journeys = project.journeys.slice();
  journeys[index] = after;
  return { ...project, journeys };
}

/** Replace the item with `id` in a list by `change(item)`; same list when absent or unchanged. */
export function updateById<T extends { id: string }>(items: T[], id: string, change: (item: T) => T): T[] {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return items;
  const after = change(items[index]!);
  if (after === items[index]) return items;
  const copy = items.slice();
  copy[index] = after;
  return copy;
}

/** Shallow-merge a patch; returns the same object when every value is already equal. */
export function patch<T extends object, C extends Partial<T>>(item: T, changes: C): T {
  for (const key of Object.keys(changes) as (keyof T & keyof C)[]) {
    if (!sameValue(item[key], changes[key])) return { ...item, ...changes };
  }
  return item;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Small arrays and records in patches (ids, categories, positions) compare by value.
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/** Keep the same array when the filter removes nothing (so unchanged stays `===`). */
export function keep<T>(items: T[], predicate: (item: T) => boolean): T[] {
  const kept = items.filter(predicate);
  return kept.length === items.length ? items : kept;
}

/**
 * Remove everything in a journey that refers to something no longer there.
 * Deleting a stage removes its touchpoints; deleting a touchpoint removes its
 * connections, friction points, data links and notes; and so on. Delete
 * commands remove what the user chose and let this cascade do the rest, so
 * no command can leave a dangling reference.
 */
export function pruneJourney(journey: Journey, personaIds: Set<string>, systemIds: Set<string>): Journey {
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const laneIds = new Set(journey.lanes.map((l) => l.id));
  const touchpoints = keep(journey.touchpoints, (t) => stageIds.has(t.stageId) && laneIds.has(t.laneId))
    .map((t) => {
      const emotions = keep(t.emotions, (e) => personaIds.has(e.personaId));
      return emotions === t.emotions ? t : { ...t, emotions };
    });
  const touchpointIds = new Set(touchpoints.map((t) => t.id));
  const frictions = keep(journey.frictions, (f) => touchpointIds.has(f.touchpointId)).map((f) => {
    const causedBySystemIds = keep(f.causedBySystemIds, (s) => systemIds.has(s));
    return causedBySystemIds === f.causedBySystemIds ? f : { ...f, causedBySystemIds };
  });
  const frictionIds = new Set(frictions.map((f) => f.id));
  const next: Journey = {
    ...journey,
    touchpoints: sameItems(journey.touchpoints, touchpoints),
    connections: keep(journey.connections, (c) => touchpointIds.has(c.from) && touchpointIds.has(c.to)),
    frictions: sameItems(journey.frictions, frictions),
    opportunities: journey.opportunities.map((o) => {
      const ids = keep(o.frictionIds, (f) => frictionIds.has(f));
      return ids === o.frictionIds ? o : { ...o, frictionIds: ids };
    }),
    dataLinks: keep(journey.dataLinks, (d) => touchpointIds.has(d.touchpointId) && systemIds.has(d.systemId)),
    systemPlacements: keep(journey.systemPlacements, (p) => systemIds.has(p.systemId)),
    votes: keep(journey.votes, (v) => frictionIds.has(v.frictionId)),
  };
  next.opportunities = sameItems(journey.opportunities, next.opportunities);
  const exists = elementExists(next, systemIds);
  next.threads = keep(journey.threads, (t) => exists(t.target));
  next.alignment = keep(journey.alignment, (a) => exists(a.target));
  const changed = (Object.keys(next) as (keyof Journey)[]).some((k) => next[k] !== journey[k]);
  return changed ? next : journey;
}

/** Prune every journey of a project (after deleting personas or systems). */
export function pruneProject(project: Project): Project {
  const personaIds = new Set(project.personas.map((p) => p.id));
  const systemIds = new Set(project.systems.map((s) => s.id));
  let changed = false;
  const journeys = project.journeys.map((j) => {
    const pruned = pruneJourney(j, personaIds, systemIds);
    if (pruned !== j) changed = true;
    return pruned;
  });
  return changed ? { ...project, journeys } : project;
}

/** Prune one journey of a project. */
export function pruneIn(project: Project, journeyId: string): Project {
  const personaIds = new Set(project.personas.map((p) => p.id));
  const systemIds = new Set(project.systems.map((s) => s.id));
  return updateJourney(project, journeyId, (j) => pruneJourney(j, personaIds, systemIds));
}

/** `after` when some element differs by identity from `before`, else `before`. */
function sameItems<T>(before: T[], after: T[]): T[] {
  if (before.length !== after.length) return after;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return after;
  return before;
}

/** A card position on the board: whole pixels, not left of or above its cell, within the file format's limit. */
export function boardPosition(position: Position): Position {
  const clamp = (n: number) => Math.min(LIMITS.coordinate, Math.round(Math.max(0, n)));
  return { x: clamp(position.x), y: clamp(position.y) };
}

/** Move an item within a list to a new index (clamped). */
export function moveItem<T>(items: T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return items;
  const copy = items.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item!);
  return copy;
}
