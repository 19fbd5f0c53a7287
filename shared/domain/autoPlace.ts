/**
 * Friction points and opportunities are not dragged around: they stack
 * automatically in the journey's "Friction" and "Opportunities" lanes, in the
 * stage of the touchpoint they belong to, in the touchpoints' reading order.
 */
import type { Journey, Position } from './model.ts';
import { firstLinkedStages, SYSTEM_NODE } from './systemLane.ts';
import type { LaneRole } from './vocab.ts';

export const CHIP = { height: 44, gap: 8, padding: 16, width: 220 } as const;

export interface AutoPlacement { stageId: string; laneId: string; relative: Position }

export interface AutoPlaced {
  frictions: Map<string, AutoPlacement>;
  opportunities: Map<string, AutoPlacement>;
  /** Height each auto lane needs to hold its chips. */
  laneHeights: Map<string, number>;
}

type Placeable = Pick<Journey, 'stages' | 'lanes' | 'touchpoints'> & Partial<Pick<Journey, 'frictions' | 'opportunities' | 'dataLinks' | 'systemPlacements'>>;

export function autoPlace(journey: Placeable): AutoPlaced {
  const result: AutoPlaced = { frictions: new Map(), opportunities: new Map(), laneHeights: new Map() };
  systemLaneHeight(journey, result.laneHeights);
  const frictions = journey.frictions ?? [];
  const opportunities = journey.opportunities ?? [];
  if (frictions.length === 0 && opportunities.length === 0) return result;

  const touchpointIndex = new Map(journey.touchpoints.map((t, i) => [t.id, i]));
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));

  const frictionLane = laneWithRole(journey, 'friction');
  const frictionStage = new Map<string, string>();
  // Each friction point with its touchpoint's place in reading order: stage order, then top to
  // bottom, then left to right, then the touchpoints' own order. Only the friction points are sorted,
  // not every touchpoint (a quarter as many, on every rebuild of a 5,000-card board).
  const keyed: { f: (typeof frictions)[number]; stageId: string; stage: number; y: number; x: number; i: number }[] = [];
  for (const f of frictions) {
    const i = touchpointIndex.get(f.touchpointId);
    if (i === undefined) continue;
    const t = journey.touchpoints[i]!;
    frictionStage.set(f.id, t.stageId);
    keyed.push({ f, stageId: t.stageId, stage: stageIndex.get(t.stageId) ?? 0, y: t.position.y, x: t.position.x, i });
  }
  if (frictionLane) {
    // Stable: friction points of one touchpoint keep their order.
    const sorted = keyed.sort((a, b) => a.stage - b.stage || a.y - b.y || a.x - b.x || a.i - b.i);
    stack(sorted.map((k) => k.f), sorted.map((k) => k.stageId), frictionLane, result.frictions, result.laneHeights);
  }
  const opportunityLane = laneWithRole(journey, 'opportunities');
  const firstStage = journey.stages[0]?.id;
  if (opportunityLane && firstStage) {
    const stageOf = (o: (typeof opportunities)[number]) => o.frictionIds.map((f) => frictionStage.get(f)).find((s) => s !== undefined) ?? firstStage;
    stack(opportunities, opportunities.map(stageOf), opportunityLane, result.opportunities, result.laneHeights);
  }
  return result;
}

/** Height the support-systems lane needs (see systemLane.ts for where systems go). */
function systemLaneHeight(journey: Placeable, heights: Map<string, number>) {
  const laneId = laneWithRole(journey, 'systems');
  if (!laneId) return;
  const placements = journey.systemPlacements ?? [];
  const perStage = new Map<string, number>();
  for (const stageId of firstLinkedStages(journey).values()) perStage.set(stageId, (perStage.get(stageId) ?? 0) + 1);
  const stacked = Math.max(0, ...perStage.values());
  const auto = stacked ? SYSTEM_NODE.padding * 2 + stacked * (SYSTEM_NODE.height + SYSTEM_NODE.gap) - SYSTEM_NODE.gap : 0;
  const manual = Math.max(0, ...placements.map((p) => p.position.y + SYSTEM_NODE.height + SYSTEM_NODE.padding));
  heights.set(laneId, Math.max(heights.get(laneId) ?? 0, auto, manual));
}

function laneWithRole(journey: Placeable, role: LaneRole): string | undefined {
  return journey.lanes.find((l) => l.role === role && !l.hidden)?.id;
}

/**
 * Stack `items` down `laneId` in their stages (`stageIds[i]` is `items[i]`'s). Given as a list, not a
 * function: a new function per rebuild made the optimised code of this loop be thrown away
 * ("wrong call target").
 */
function stack<T extends { id: string }>(items: readonly T[], stageIds: readonly string[], laneId: string, into: Map<string, AutoPlacement>, heights: Map<string, number>) {
  const counts = new Map<string, number>();
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    const stageId = stageIds[n]!;
    const i = counts.get(stageId) ?? 0;
    counts.set(stageId, i + 1);
    into.set(item.id, { stageId, laneId, relative: { x: CHIP.padding, y: CHIP.padding + i * (CHIP.height + CHIP.gap) } });
  }
  const most = Math.max(0, ...counts.values());
  heights.set(laneId, Math.max(heights.get(laneId) ?? 0, CHIP.padding * 2 + most * (CHIP.height + CHIP.gap) - CHIP.gap));
}
