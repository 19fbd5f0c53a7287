// @vitest-environment node
import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { contains, grownBy, nodesInWindow, rememberedWindows, viewRect } from '../../../renderer/canvas/viewWindow.ts';
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
    expect(ids(nodesInWindow(nodes, [], area))).toEqual(['in', 'edge', 'picked']);
  });

  it('adds both ends of every line with an end in the window or crossing it, so the line is drawn', () => {
    const nodes = [card('in', 100, 100), card('right', 3000, 100), card('above', 500, -2000), card('below', 500, 2000), card('far', 6000, 6000), card('farther', 7000, 6000)];
    const edges = [line('out', 'in', 'right'), line('across', 'above', 'below'), line('away', 'far', 'farther'), line('dangling', 'in', 'gone')];
    expect(ids(nodesInWindow(nodes, edges, area))).toEqual(['in', 'right', 'above', 'below']);
  });

  it('brings in the far end of a line from the window, not the lines beyond that end', () => {
    const nodes = [card('in', 100, 100), card('next', 3000, 100), card('after next', 6000, 100)];
    const edges = [line('one', 'in', 'next'), line('two', 'next', 'after next')];
    expect(ids(nodesInWindow(nodes, edges, area))).toEqual(['in', 'next']);
  });

  it('hands back the nodes picked for a board shown before at the same window (an undo), and picks again otherwise', () => {
    const pick = rememberedWindows<Node>();
    const before = [card('in', 100, 100), card('far', 5000, 0)];
    const after = [card('in', 6000, 100), card('far', 5000, 0)];
    const picked = pick(before, [], area);
    expect(ids(picked)).toEqual(['in']);
    expect(pick(after, [], area)).toEqual([]);
    // Back to the first board, the window unchanged: the same list, so nothing downstream is redone.
    expect(pick(before, [], area)).toBe(picked);
    // The same board at another window is picked afresh.
    expect(ids(pick(before, [], { ...area, x: 4500 }))).toEqual(['far']);
  });

  it('returns the very list it was given when everything is in the window', () => {
    const nodes = [card('a', 0, 0), card('b', 300, 0)];
    expect(nodesInWindow(nodes, [line('ab', 'a', 'b')], area)).toBe(nodes);
  });

  it('holds a few hundred of a big journey’s nodes in a window twice the size of the view', () => {
    const project = generateProject(1000);
    const model = buildFlowModel(project.journeys[0]!, [], { curvePersonaId: null, systems: project.systems, lens: 'combined' });
    const view = viewRect({ transform: [0, 0, 0.5], width: 1280, height: 800 })!;
    const area = grownBy(view, 0.5);
    const shown = nodesInWindow(model.nodes, model.edges, area);
    expect(model.nodes.length).toBeGreaterThan(1400);
    expect(shown.length).toBeLessThan(model.nodes.length / 4);
    // Every line that touches the window has both its ends.
    const held = new Set(ids(shown));
    const touching = model.edges.filter((e) => held.has(e.source) || held.has(e.target));
    expect(touching.length).toBeGreaterThan(50);
    expect(touching.every((e) => held.has(e.source) && held.has(e.target))).toBe(true);
  });
});
