/**
 * Helpers shared by the exporters: choosing a journey and persona, the
 * weakest integration, and reading order of touchpoints. Pure: no Node/DOM.
 */
import type { Journey, Persona, Project, Touchpoint } from '../domain/model.ts';
import { INTEGRATIONS, type Integration } from '../domain/vocab.ts';

export type Pick1<T> = { ok: true; value: T } | { ok: false; error: string };

/** The journey with `id`, or the project's first journey when no id is given. */
export function pickJourney(project: Project, id?: string): Pick1<Journey> {
  if (id === undefined) return { ok: true, value: project.journeys[0]! };
  const found = project.journeys.find((j) => j.id === id);
  if (found) return { ok: true, value: found };
  return { ok: false, error: `journey "${id}" is not in this project (its journeys: ${project.journeys.map((j) => j.id).join(', ')})` };
}

/** The persona with `id`, the first persona when no id is given, or null when the project has none. */
export function pickPersona(project: Project, id?: string): Pick1<Persona | null> {
  if (id === undefined) return { ok: true, value: project.personas[0] ?? null };
  const found = project.personas.find((p) => p.id === id);
  if (found) return { ok: true, value: found };
  const known = project.personas.map((p) => p.id).join(', ') || 'none';
  return { ok: false, error: `persona "${id}" is not in this project (its personas: ${known})` };
}

/** Integrations from weakest to strongest: none < manual < file-batch < api-batch < real-time. */
export const INTEGRATION_ORDER: readonly Integration[] = INTEGRATIONS.values;

/** The weakest integration of a list, or 'none' for an empty list. */
export function weakestIntegration(integrations: Iterable<Integration>): Integration {
  let weakest: Integration | undefined;
  for (const i of integrations) {
    if (weakest === undefined || INTEGRATION_ORDER.indexOf(i) < INTEGRATION_ORDER.indexOf(weakest)) weakest = i;
  }
  return weakest ?? 'none';
}

/**
 * Touchpoints of a journey in reading order: stage order, then lane order
 * (top to bottom), then position within the cell (top to bottom, left to right).
 */
export function readingOrder(journey: Journey): Touchpoint[] {
  const stage = new Map(journey.stages.map((s, i) => [s.id, i]));
  const lane = new Map(journey.lanes.map((l, i) => [l.id, i]));
  return [...journey.touchpoints].sort((a, b) =>
    (stage.get(a.stageId) ?? 0) - (stage.get(b.stageId) ?? 0)
    || (lane.get(a.laneId) ?? 0) - (lane.get(b.laneId) ?? 0)
    || a.position.y - b.position.y
    || a.position.x - b.position.x);
}

/** One line of text: every run of whitespace (newlines, tabs) becomes one space; trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
