/**
 * Clipboard fragments: the part of a journey that Copy puts on the
 * clipboard (as JSON text, so it also pastes into another open project).
 * Pasting gives every element a fresh id and keeps references inside the
 * fragment intact.
 */
import { z } from 'zod';
import type { Journey, Project } from './model.ts';
import { ConnectionSchema, FrictionSchema, OpportunitySchema, StageSchema, TouchpointSchema } from './schema.ts';
import type { IdKind } from './ids.ts';

export const FRAGMENT_KIND = 'touchline-fragment';

export const FragmentSchema = z.object({
  kind: z.literal(FRAGMENT_KIND),
  version: z.literal(1),
  stages: z.array(StageSchema).max(500),
  touchpoints: z.array(TouchpointSchema).max(5000),
  connections: z.array(ConnectionSchema).max(10000),
  frictions: z.array(FrictionSchema).max(10000),
  opportunities: z.array(OpportunitySchema).max(5000),
});
export type Fragment = z.infer<typeof FragmentSchema>;

/** Copy the selected stages (with their cards) and touchpoints (with their friction points). */
export function copyFragment(journey: Journey, ids: readonly string[]): Fragment | null {
  const chosen = new Set(ids);
  const stages = journey.stages.filter((s) => chosen.has(s.id));
  const stageIds = new Set(stages.map((s) => s.id));
  const touchpoints = journey.touchpoints.filter((t) => chosen.has(t.id) || stageIds.has(t.stageId));
  const touchpointIds = new Set(touchpoints.map((t) => t.id));
  const frictions = journey.frictions.filter((f) => touchpointIds.has(f.touchpointId));
  const frictionIds = new Set(frictions.map((f) => f.id));
  const connections = journey.connections.filter((c) => touchpointIds.has(c.from) && touchpointIds.has(c.to));
  const opportunities = journey.opportunities
    .filter((o) => chosen.has(o.id) || (o.frictionIds.length > 0 && o.frictionIds.every((f) => frictionIds.has(f))));
  if (stages.length + touchpoints.length + opportunities.length === 0) return null;
  return { kind: FRAGMENT_KIND, version: 1, stages, touchpoints, connections, frictions, opportunities };
}

/** Give every element of a fragment a new id, rewriting the references between them. */
export function remapFragment(fragment: Fragment, makeId: (kind: IdKind) => string): Fragment {
  const map = new Map<string, string>();
  const fresh = (kind: IdKind, id: string) => { const next = makeId(kind); map.set(id, next); return next; };
  const stages = fragment.stages.map((s) => ({ ...s, id: fresh('stage', s.id) }));
  const touchpoints = fragment.touchpoints.map((t) => ({ ...t, id: fresh('touchpoint', t.id) }));
  const frictions = fragment.frictions.map((f) => ({ ...f, id: fresh('friction', f.id) }));
  const opportunities = fragment.opportunities.map((o) => ({ ...o, id: fresh('opportunity', o.id) }));
  const connections = fragment.connections.map((c) => ({ ...c, id: makeId('connection') }));
  const ref = (id: string) => map.get(id) ?? id;
  return {
    ...fragment,
    stages,
    touchpoints: touchpoints.map((t) => ({ ...t, stageId: ref(t.stageId) })),
    frictions: frictions.map((f) => ({ ...f, touchpointId: ref(f.touchpointId) })),
    opportunities: opportunities.map((o) => ({ ...o, frictionIds: o.frictionIds.map(ref) })),
    connections: connections.map((c) => ({ ...c, from: ref(c.from), to: ref(c.to) })),
  };
}

/** Parse clipboard text; null when it is not a Touchline fragment. */
export function parseFragment(text: string): Fragment | null {
  if (!text.includes(FRAGMENT_KIND) || text.length > 5_000_000) return null;
  try {
    const parsed = FragmentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Ids of a fragment's elements as they will be selected after pasting. */
export function fragmentIds(fragment: Fragment): string[] {
  return [...fragment.stages, ...fragment.touchpoints].map((x) => x.id);
}

export type { Project };
