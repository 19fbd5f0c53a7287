// @vitest-environment node
import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { contains, grownBy, inWindow, viewRect } from '../../../renderer/canvas/viewWindow.ts';
import { buildFlowModel } from '../../../renderer/canvas/flowModel.ts';
import { generateProject } from '../../../bench/generate.ts';

const card = (id: string, x: number, y: number, selected = false): Node => ({ id, position: { x, y }, width: 100, height: 50, data: {}, selected });
const line = (id: string, source: string, target: string): Edge => ({ id, source, target });
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('the view window', () => {
  it('turns React Flow’s transform and size into the part of the board in view', () => {
    expect(viewRect({ transform: [-200, 100, 0.5], width: 1000, height: 800 })).toEqual({ x: 400, y: -200, width: 2000, height: 1600 });
    expect(viewRect({ transform: [0, 0, 1], width: 0, height: 0 })).toBeNull();
  });

  it('grows the view by a share of its size on every side and knows what lies inside', () => {
    const window = grownBy({ x: 0, y: 0, width: 100, height: 50 }, 0.5);
    expect(window).toEqual({ x: -50, y: -25, width: 200, height: 100 });
    expect(contains(window, { x: 40, y: 10, width: 100, height: 50 })).toBe(true);
    expect(contains(window, { x: 60, y: 10, width: 100, height: 50 })).toBe(false);
  });

  const area = { x: 0, y: 0, width: 1000, height: 500 };

  it('hands React Flow the nodes in the window and the selected ones anywhere, in their order', () => {
    const nodes = [card('far', 5000, 0), card('in', 100, 100), card('edge', 950, 480), card('picked', 9000, 9000, true)];
    expect(ids(inWindow(nodes, [], area).nodes)).toEqual(['in', 'edge', 'picked']);
  });

  it('keeps every line with an end in the window, or crossing it, and both ends of each', () => {
    const nodes = [card('in', 100, 100), card('right', 3000, 100), card('above', 500, -2000), card('below', 500, 2000), card('far', 6000, 6000), card('farther', 7000, 6000)];
    const edges = [line('out', 'in', 'right'), line('across', 'above', 'below'), line('away', 'far', 'farther'), line('dangling', 'in', 'gone')];
    const shown = inWindow(nodes, edges, area);
    expect(ids(shown.edges)).toEqual(['out', 'across']);
    expect(ids(shown.nodes)).toEqual(['in', 'right', 'above', 'below']);
  });

  it('returns the very lists it was given when everything is in the window', () => {
    const nodes = [card('a', 0, 0), card('b', 300, 0)];
    const edges = [line('ab', 'a', 'b')];
    const shown = inWindow(nodes, edges, area);
    expect(shown.nodes).toBe(nodes);
    expect(shown.edges).toBe(edges);
  });

  it('keeps the previous list of lines when the same lines are kept, so React Flow has no lines to redo', () => {
    const edges = [line('ab', 'a', 'b')];
    const first = inWindow([card('a', 0, 0), card('b', 300, 0), card('far', 5000, 0)], edges, area);
    const moved = inWindow([card('a', 10, 0), card('b', 310, 0), card('far', 5010, 0)], edges, area, first);
    expect(moved.edges).toBe(first.edges);
    expect(moved.nodes).not.toBe(first.nodes);
    const other = inWindow([card('a', 10, 0), card('b', 310, 0), card('far', 5010, 0)], [line('ba', 'b', 'a')], area, first);
    expect(ids(other.edges)).toEqual(['ba']);
  });

  it('holds a few hundred of a big journey’s nodes in a window twice the size of the view', () => {
    const project = generateProject(1000);
    const model = buildFlowModel(project.journeys[0]!, [], { curvePersonaId: null, systems: project.systems, lens: 'combined' });
    const view = viewRect({ transform: [0, 0, 0.5], width: 1280, height: 800 })!;
    const shown = inWindow(model.nodes, model.edges, grownBy(view, 0.5));
    expect(model.nodes.length).toBeGreaterThan(1400);
    expect(shown.nodes.length).toBeLessThan(model.nodes.length / 4);
    // Every line React Flow gets has both its ends.
    const held = new Set(ids(shown.nodes));
    expect(shown.edges.every((e) => held.has(e.source) && held.has(e.target))).toBe(true);
  });
});
