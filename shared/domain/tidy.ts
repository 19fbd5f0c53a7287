/**
 * Tidy a stage: within each lane, cards keep their reading order (top to
 * bottom, then left to right) and are stacked in a clean column.
 */
import { BOARD } from './layout.ts';
import type { Journey } from './model.ts';

export interface TidyPlacement { id: string; stageId: string; laneId: string; position: { x: number; y: number } }

export function tidyPlacements(journey: Journey, stageId: string): TidyPlacement[] {
  const placements: TidyPlacement[] = [];
  for (const lane of journey.lanes) {
    const cards = journey.touchpoints
      .filter((t) => t.stageId === stageId && t.laneId === lane.id)
      .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
    cards.forEach((t, i) => placements.push({
      id: t.id, stageId, laneId: lane.id,
      position: { x: BOARD.padding, y: BOARD.padding + i * (BOARD.cardHeight + BOARD.padding) },
    }));
  }
  return placements;
}
