/**
 * Board geometry. The board is a grid: stages are columns (left to right, in
 * order), visible lanes are rows (top to bottom, in order). A touchpoint's
 * stored position is relative to its cell, so reordering, resizing or hiding
 * stages and lanes moves their contents with them.
 */
import { autoPlace, type AutoPlaced } from './autoPlace.ts';
import type { Journey, Lane, Position, Stage } from './model.ts';

export const BOARD = {
  /** Height of the stage title band above the lanes. */
  headerHeight: 88,
  /** Width of the lane-label gutter left of the first stage. */
  gutterWidth: 168,
  cardWidth: 220,
  cardHeight: 104,
  /** Padding inside a cell and between cards when tidying. */
  padding: 16,
  defaultStageWidth: 280,
  defaultLaneHeight: 150,
} as const;

export interface Rect { x: number; y: number; width: number; height: number }

export interface BoardLayout {
  /** Column rectangle of each stage (spanning header and every visible lane). */
  stages: Map<string, Rect>;
  /** Row rectangle of each visible lane (spanning every stage). */
  lanes: Map<string, Rect>;
  width: number;
  height: number;
  /** Where friction points and opportunities stack (see autoPlace.ts). */
  auto: AutoPlaced;
}

/**
 * Compute the rectangles of every stage column and visible lane row. Columns
 * and rows grow to hold their cards, so content never spills into a neighbour.
 */
export function computeBoardLayout(journey: Pick<Journey, 'stages' | 'lanes' | 'touchpoints'> & Partial<Pick<Journey, 'frictions' | 'opportunities'>>): BoardLayout {
  const auto = autoPlace(journey);
  const needWidth = new Map<string, number>();
  const needHeight = new Map<string, number>(auto.laneHeights);
  for (const t of journey.touchpoints) {
    const right = t.position.x + BOARD.cardWidth + BOARD.padding;
    const bottom = t.position.y + BOARD.cardHeight + BOARD.padding;
    if (right > (needWidth.get(t.stageId) ?? 0)) needWidth.set(t.stageId, right);
    if (bottom > (needHeight.get(t.laneId) ?? 0)) needHeight.set(t.laneId, bottom);
  }
  const lanes = new Map<string, Rect>();
  let y = BOARD.headerHeight;
  for (const lane of journey.lanes) {
    if (lane.hidden) continue;
    const height = Math.max(lane.height, needHeight.get(lane.id) ?? 0);
    lanes.set(lane.id, { x: -BOARD.gutterWidth, y, width: 0, height });
    y += height;
  }
  const height = y;
  const stages = new Map<string, Rect>();
  let x = 0;
  for (const stage of journey.stages) {
    const width = Math.max(stage.width, needWidth.get(stage.id) ?? 0);
    stages.set(stage.id, { x, y: 0, width, height });
    x += width;
  }
  for (const rect of lanes.values()) rect.width = x + BOARD.gutterWidth;
  return { stages, lanes, width: x, height, auto };
}

/** Absolute board position of something placed relative to a cell. */
export function toBoard(layout: BoardLayout, stageId: string, laneId: string, relative: Position): Position | null {
  const column = layout.stages.get(stageId);
  const row = layout.lanes.get(laneId);
  if (!column || !row) return null;
  return { x: column.x + relative.x, y: row.y + relative.y };
}

export interface Cell { stageId: string; laneId: string; relative: Position }

/**
 * The cell under an absolute board point (the card's centre), clamped to the
 * board, so a card dropped past the edge lands in the nearest cell.
 */
export function cellAt(layout: BoardLayout, journey: Pick<Journey, 'stages' | 'lanes'>, topLeft: Position): Cell | null {
  const centre = { x: topLeft.x + BOARD.cardWidth / 2, y: topLeft.y + BOARD.cardHeight / 2 };
  const stage = nearest(journey.stages, layout.stages, centre.x, 'x', 'width');
  const lane = nearest(journey.lanes.filter((l) => !l.hidden), layout.lanes, centre.y, 'y', 'height');
  if (!stage || !lane) return null;
  const column = layout.stages.get(stage.id)!;
  const row = layout.lanes.get(lane.id)!;
  return { stageId: stage.id, laneId: lane.id, relative: { x: topLeft.x - column.x, y: topLeft.y - row.y } };
}

function nearest<T extends Stage | Lane>(items: T[], rects: Map<string, Rect>, at: number, axis: 'x' | 'y', size: 'width' | 'height'): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const rect = rects.get(item.id);
    if (!rect) continue;
    const start = rect[axis];
    const end = start + rect[size];
    const distance = at < start ? start - at : at > end ? at - end : 0;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A free slot for a new card in a cell: below the lowest card already there,
 * so quick-added touchpoints stack in reading order.
 */
export function nextSlot(journey: Journey, stageId: string, laneId: string): Position {
  const inCell = journey.touchpoints.filter((t) => t.stageId === stageId && t.laneId === laneId);
  if (inCell.length === 0) return { x: BOARD.padding, y: BOARD.padding };
  const lowest = Math.max(...inCell.map((t) => t.position.y));
  return { x: BOARD.padding, y: lowest + BOARD.cardHeight + BOARD.padding };
}
