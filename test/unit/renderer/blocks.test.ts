// @vitest-environment node
import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { linesInView, linesOfBlocks, nodesInView, sameItems, splitOffBlocks } from '../../../renderer/canvas/blocks.ts';

const node = (id: string, type: string, x = 0, y = 0, selected = false): Node => ({ id, type, position: { x, y }, width: 100, height: 50, data: {}, selected });
const line = (id: string, source: string, target: string): Edge => ({ id, source, target });
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('blocks drawn outside React Flow', () => {
  const board = [
    node('stage', 'stage'), node('lane', 'lane'), node('curve', 'curve'),
    node('card', 'touchpoint'), node('picked', 'touchpoint', 0, 0, true), node('renaming', 'touchpoint'),
    node('friction', 'friction'), node('opportunity', 'opportunity'), node('system', 'system'), node('chosen system', 'system', 0, 0, true),
  ];

  it('leaves columns, lane labels, the curve, the selection and the card being renamed to React Flow', () => {
    const { flow, blocks } = splitOffBlocks(board, 'renaming');
    expect(ids(flow)).toEqual(['stage', 'lane', 'curve', 'picked', 'renaming', 'chosen system']);
    expect(ids(blocks)).toEqual(['card', 'friction', 'opportunity', 'system']);
  });

  it('draws the lines React Flow skips: those with a block at an end, when both ends are on the board handed out', () => {
    const { flow, blocks } = splitOffBlocks(board, null);
    const edges = [
      line('block to block', 'card', 'renaming'), line('block to selected', 'card', 'picked'),
      line('selected to selected', 'picked', 'chosen system'), line('to a card out of the window', 'card', 'elsewhere'),
    ];
    expect(ids(linesOfBlocks(edges, blocks, flow))).toEqual(['block to block', 'block to selected']);
    expect(linesOfBlocks(edges, [], flow)).toEqual([]);
  });

  it('mounts only the blocks in view, and knows when that set is unchanged', () => {
    const row = [node('left', 'touchpoint', -500), node('middle', 'touchpoint', 200), node('edge', 'touchpoint', 990), node('right', 'touchpoint', 1500)];
    const view = { x: 0, y: 0, width: 1000, height: 600 };
    const shown = nodesInView(row, view);
    expect(ids(shown)).toEqual(['middle', 'edge']);
    expect(sameItems(shown, nodesInView(row, { ...view, x: 5 }))).toBe(true);
    expect(sameItems(shown, nodesInView(row, { ...view, x: -450 }))).toBe(false);
    expect(ids(nodesInView(row, null))).toEqual(['left', 'middle', 'edge', 'right']);
  });

  it('mounts the lines whose span meets the view, including one crossing it with both ends outside', () => {
    const at = [node('left', 'touchpoint', -500), node('far left', 'touchpoint', -3000), node('right', 'touchpoint', 1500), node('middle', 'touchpoint', 200)];
    const ends = new Map(at.map((n) => [n.id, n]));
    const lines = [line('across', 'left', 'right'), line('outside', 'far left', 'left'), line('into', 'middle', 'right'), line('dangling', 'middle', 'gone')];
    expect(ids(linesInView(lines, ends, { x: 0, y: 0, width: 1000, height: 600 }))).toEqual(['across', 'into']);
  });
});
