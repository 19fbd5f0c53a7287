import { describe, expect, it } from 'vitest';
import { createLane, createStage, createTouchpoint } from '../../../shared/domain/defaults.ts';
import { BOARD, cellAt, computeBoardLayout, nextSlot, toBoard } from '../../../shared/domain/layout.ts';
import type { Friction, Journey } from '../../../shared/domain/model.ts';
import { fixedProject } from '../../helpers/builders.ts';

/** Two stages (280, 400 wide) and three lanes (150, 90, 150 high), no cards. */
function board(): Journey {
  const j = fixedProject().journeys[0]!;
  return {
    ...j,
    stages: [createStage('stg_a', 'A'), { ...createStage('stg_b', 'B'), width: 400 }],
    lanes: [createLane('lan_a', 'touchpoints'), { ...createLane('lan_b', 'backstage'), height: 90 }, createLane('lan_c', 'systems')],
  };
}

describe('computeBoardLayout', () => {
  it('lays stages out left to right and lanes top to bottom below the header', () => {
    const layout = computeBoardLayout(board());
    expect(layout.stages.get('stg_a')).toEqual({ x: 0, y: 0, width: 280, height: BOARD.headerHeight + 390 });
    expect(layout.stages.get('stg_b')).toEqual({ x: 280, y: 0, width: 400, height: BOARD.headerHeight + 390 });
    expect(layout.lanes.get('lan_a')).toEqual({ x: -BOARD.gutterWidth, y: BOARD.headerHeight, width: 680 + BOARD.gutterWidth, height: 150 });
    expect(layout.lanes.get('lan_b')!.y).toBe(BOARD.headerHeight + 150);
    expect(layout.lanes.get('lan_c')!.y).toBe(BOARD.headerHeight + 240);
    expect([layout.width, layout.height]).toEqual([680, BOARD.headerHeight + 390]);
  });

  it('grows a column and a row to hold a card placed past their edge', () => {
    const j = board();
    const layout = computeBoardLayout({ ...j, touchpoints: [createTouchpoint('tp_a', 'stg_a', 'lan_b', 'A', { x: 300, y: 50 })] });
    expect(layout.stages.get('stg_a')!.width).toBe(300 + BOARD.cardWidth + BOARD.padding);
    expect(layout.stages.get('stg_b')!.x).toBe(300 + BOARD.cardWidth + BOARD.padding);
    expect(layout.lanes.get('lan_b')!.height).toBe(50 + BOARD.cardHeight + BOARD.padding);
    expect(layout.lanes.get('lan_c')!.y).toBe(BOARD.headerHeight + 150 + 50 + BOARD.cardHeight + BOARD.padding);
  });

  it('does not shrink below the configured size for cards that fit', () => {
    const j = board();
    const layout = computeBoardLayout({ ...j, touchpoints: [createTouchpoint('tp_a', 'stg_b', 'lan_a', 'A')] });
    expect(layout.stages.get('stg_b')!.width).toBe(400);
    expect(layout.lanes.get('lan_a')!.height).toBe(150);
  });

  it('gives hidden lanes no space', () => {
    const j = board();
    const layout = computeBoardLayout({ ...j, lanes: j.lanes.map((l) => (l.id === 'lan_b' ? { ...l, hidden: true } : l)) });
    expect(layout.lanes.has('lan_b')).toBe(false);
    expect(layout.lanes.get('lan_c')!.y).toBe(BOARD.headerHeight + 150);
    expect(layout.height).toBe(BOARD.headerHeight + 300);
  });

  it('handles an empty board', () => {
    const layout = computeBoardLayout({ stages: [], lanes: [], touchpoints: [] });
    expect([layout.width, layout.height, layout.stages.size, layout.lanes.size]).toEqual([0, BOARD.headerHeight, 0, 0]);
  });
});

describe('toBoard and cellAt', () => {
  const j = board();
  const layout = computeBoardLayout(j);
  const topLeftFor = (x: number, y: number) => ({ x: x - BOARD.cardWidth / 2, y: y - BOARD.cardHeight / 2 });

  it('converts a cell-relative position to the board and back', () => {
    const abs = toBoard(layout, 'stg_b', 'lan_b', { x: 20, y: 10 })!;
    expect(abs).toEqual({ x: 300, y: BOARD.headerHeight + 160 });
    expect(cellAt(layout, j, abs)).toEqual({ stageId: 'stg_b', laneId: 'lan_b', relative: { x: 20, y: 10 } });
    expect(toBoard(layout, 'stg_nope', 'lan_a', { x: 0, y: 0 })).toBeNull();
  });

  it('finds the cell under the card centre', () => {
    expect(cellAt(layout, j, topLeftFor(100, BOARD.headerHeight + 200))).toMatchObject({ stageId: 'stg_a', laneId: 'lan_b' });
    expect(cellAt(layout, j, topLeftFor(500, BOARD.headerHeight + 300))).toMatchObject({ stageId: 'stg_b', laneId: 'lan_c' });
  });

  it('clamps a drop past the edges to the nearest cell', () => {
    const farLeftTop = cellAt(layout, j, topLeftFor(-2000, -2000))!;
    expect(farLeftTop).toMatchObject({ stageId: 'stg_a', laneId: 'lan_a' });
    expect(farLeftTop.relative.x).toBeLessThan(0);
    expect(cellAt(layout, j, topLeftFor(99_999, 99_999))).toMatchObject({ stageId: 'stg_b', laneId: 'lan_c' });
    // Over the header band: the first lane.
    expect(cellAt(layout, j, topLeftFor(10, 10))).toMatchObject({ laneId: 'lan_a' });
  });

  it('skips hidden lanes and gives null on a board without stages or lanes', () => {
    const hidden = { ...j, lanes: j.lanes.map((l) => (l.id === 'lan_b' ? { ...l, hidden: true } : l)) };
    const hiddenLayout = computeBoardLayout(hidden);
    expect(cellAt(hiddenLayout, hidden, topLeftFor(100, BOARD.headerHeight + 160))!.laneId).toBe('lan_c');
    expect(cellAt(computeBoardLayout({ ...j, stages: [] }), { ...j, stages: [] }, { x: 0, y: 0 })).toBeNull();
    const noLanes = { ...j, lanes: j.lanes.map((l) => ({ ...l, hidden: true })) };
    expect(cellAt(computeBoardLayout(noLanes), noLanes, { x: 0, y: 0 })).toBeNull();
  });
});

describe('nextSlot', () => {
  it('starts at the padding in an empty cell and goes below the lowest card', () => {
    const j = board();
    expect(nextSlot(j, 'stg_a', 'lan_a')).toEqual({ x: BOARD.padding, y: BOARD.padding });
    const withCards = { ...j, touchpoints: [
      createTouchpoint('tp_a', 'stg_a', 'lan_a', 'A', { x: 60, y: 200 }),
      createTouchpoint('tp_b', 'stg_a', 'lan_a', 'B', { x: 16, y: 16 }),
      createTouchpoint('tp_c', 'stg_b', 'lan_a', 'Other stage', { x: 16, y: 900 }),
    ] };
    expect(nextSlot(withCards, 'stg_a', 'lan_a')).toEqual({ x: BOARD.padding, y: 200 + BOARD.cardHeight + BOARD.padding });
    expect(nextSlot(withCards, 'stg_a', 'lan_b')).toEqual({ x: BOARD.padding, y: BOARD.padding });
  });
});

describe('friction points in the friction lane', () => {
  const friction = (id: string, touchpointId: string): Friction => ({
    id, touchpointId, title: id, description: '', severity: 'medium', evidence: 'assumed', ownerSide: 'marketing', status: 'open', causedBySystemIds: [],
  });

  it('stack in each stage in the reading order of their touchpoints: top to bottom, left to right, then list order', () => {
    const j = board();
    const lanes = [...j.lanes, createLane('lan_f', 'friction')];
    const touchpoints = [
      createTouchpoint('tp_low', 'stg_a', 'lan_a', 'Low', { x: 16, y: 90 }),
      createTouchpoint('tp_right', 'stg_a', 'lan_a', 'Right', { x: 120, y: 16 }),
      createTouchpoint('tp_left', 'stg_a', 'lan_a', 'Left', { x: 16, y: 16 }),
      createTouchpoint('tp_twin', 'stg_a', 'lan_a', 'Twin', { x: 16, y: 16 }),
      createTouchpoint('tp_b', 'stg_b', 'lan_a', 'In B', { x: 16, y: 16 }),
    ];
    const frictions = [friction('f_b', 'tp_b'), friction('f_low', 'tp_low'), friction('f_twin', 'tp_twin'), friction('f_right', 'tp_right'),
      friction('f_left1', 'tp_left'), friction('f_left2', 'tp_left'), friction('f_gone', 'tp_missing')];
    const { auto } = computeBoardLayout({ ...j, lanes, touchpoints, frictions });
    const stacked = (stageId: string) => [...auto.frictions].filter(([, p]) => p.stageId === stageId).sort(([, a], [, b]) => a.relative.y - b.relative.y).map(([id]) => id);
    // Same place: the touchpoint listed first goes first (Left before Twin), and one card's friction points keep their order.
    expect(stacked('stg_a')).toEqual(['f_left1', 'f_left2', 'f_twin', 'f_right', 'f_low']);
    expect(stacked('stg_b')).toEqual(['f_b']);
    expect(auto.frictions.has('f_gone')).toBe(false);
  });
});
