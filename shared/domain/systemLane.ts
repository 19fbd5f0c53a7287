/**
 * Where systems sit in a journey's support-systems lane. A system appears
 * when it is placed there or linked from one of the journey's touchpoints.
 * Placed systems keep their position (x from the first stage's left edge, y
 * from the lane's top); linked but unplaced ones line up under the first
 * stage that uses them.
 */
import type { BoardLayout } from './layout.ts';
import type { Journey, Position, System } from './model.ts';

export const SYSTEM_NODE = { width: 200, height: 56, gap: 12, padding: 16 } as const;

export interface SystemSpot { systemId: string; position: Position }

type Linked = Pick<Journey, 'stages' | 'touchpoints'> & Partial<Pick<Journey, 'dataLinks' | 'systemPlacements'>>;
const firstStages = new WeakMap<Linked, ReadonlyMap<string, string>>();

/**
 * For each system not placed by hand: the leftmost stage with a card linked to it (where it lines
 * up). Remembered per journey object: one rebuild of the board needs it twice (the lane's height in
 * the layout, then the system nodes), and on a 5,000-card journey it is a pass over every card.
 */
export function firstLinkedStages(journey: Linked): ReadonlyMap<string, string> {
  const known = firstStages.get(journey);
  if (known) return known;
  const placed = new Set((journey.systemPlacements ?? []).map((p) => p.systemId));
  const stageOf = new Map(journey.touchpoints.map((t) => [t.id, t.stageId]));
  const stageOrder = new Map(journey.stages.map((s, i) => [s.id, i]));
  const first = new Map<string, string>();
  for (const link of journey.dataLinks ?? []) {
    const stageId = stageOf.get(link.touchpointId);
    if (!stageId || placed.has(link.systemId)) continue;
    const current = first.get(link.systemId);
    if (current === undefined || (stageOrder.get(stageId) ?? 0) < (stageOrder.get(current) ?? 0)) first.set(link.systemId, stageId);
  }
  firstStages.set(journey, first);
  return first;
}

export function systemSpots(journey: Journey, systems: readonly System[], layout: BoardLayout): { laneId: string; spots: SystemSpot[]; height: number } | null {
  const lane = journey.lanes.find((l) => l.role === 'systems' && !l.hidden);
  const row = lane ? layout.lanes.get(lane.id) : undefined;
  if (!lane || !row) return null;
  const known = new Set(systems.map((s) => s.id));
  const placed = new Map(journey.systemPlacements.filter((p) => known.has(p.systemId)).map((p) => [p.systemId, p.position]));
  const firstStage = firstLinkedStages(journey);
  const spots: SystemSpot[] = [...placed].map(([systemId, p]) => ({ systemId, position: { x: p.x, y: row.y + p.y } }));
  const perStage = new Map<string, number>();
  // Catalog order keeps automatic placement stable as links come and go.
  for (const system of systems) {
    const stageId = firstStage.get(system.id);
    if (!stageId) continue;
    const column = layout.stages.get(stageId);
    if (!column) continue;
    const i = perStage.get(stageId) ?? 0;
    perStage.set(stageId, i + 1);
    spots.push({ systemId: system.id, position: { x: column.x + SYSTEM_NODE.padding, y: row.y + SYSTEM_NODE.padding + i * (SYSTEM_NODE.height + SYSTEM_NODE.gap) } });
  }
  const bottom = Math.max(0, ...spots.map((s) => s.position.y - row.y + SYSTEM_NODE.height + SYSTEM_NODE.padding));
  return { laneId: lane.id, spots, height: bottom };
}
