// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildFlowModel, FlowCache } from '../../../renderer/canvas/flowModel.ts';
import { RECENT_MODELS } from '../../../renderer/canvas/flowCache.ts';
import { buildCurve } from '../../../renderer/canvas/emotionCurve.ts';
import { computeBoardLayout } from '../../../shared/domain/layout.ts';
import { runCommand } from '../../../shared/commands/registry.ts';
import { generateProject } from '../../../bench/generate.ts';

const project = generateProject(60);
const journey = project.journeys[0]!;
const options = { curvePersonaId: 'per_bench', systems: project.systems, lens: 'combined' as const };

describe('the flow model React Flow draws', () => {
  it('gives every node its size, and cards and systems their handles, so nothing is mounted just to be measured', () => {
    const { nodes } = buildFlowModel(journey, [], options);
    for (const node of nodes) expect(node.measured).toEqual({ width: node.width, height: node.height });
    const card = nodes.find((n) => n.type === 'touchpoint')!;
    expect(card.handles!.map((h) => `${h.id}:${h.type}:${h.position}`)).toEqual(['in:target:left', 'out:source:right', 'data:source:bottom']);
    // The outgoing handle sits on the card's right edge, centred vertically.
    const out = card.handles!.find((h) => h.id === 'out')!;
    expect(out.x! + out.width! / 2).toBe(card.width! - 1);
    expect(out.y! + out.height! / 2).toBe(card.height! / 2);
    expect(nodes.find((n) => n.type === 'system')!.handles!.map((h) => h.id)).toEqual(['in']);
    // The rest have none, and say so (React Flow would otherwise measure each one in the DOM).
    for (const node of nodes.filter((n) => n.type !== 'touchpoint' && n.type !== 'system')) expect(node.handles).toEqual([]);
  });

  it('with a cache, rebuilds only what a change touched and returns the same objects for the rest', () => {
    const cache = new FlowCache();
    const before = buildFlowModel(journey, [], { ...options, cache });
    const renamed = runCommand(project, { name: 'renameTouchpoint', payload: { journeyId: journey.id, touchpointId: 'tp_5', title: 'Renamed' } });
    const after = buildFlowModel(renamed.journeys[0]!, ['tp_7'], { ...options, cache });
    const rebuilt = after.nodes.filter((n) => !before.nodes.includes(n)).map((n) => n.id);
    expect(rebuilt.sort()).toEqual(['tp_5', 'tp_7']); // renamed, and newly selected (the curve segments too are the same objects)
    expect(after.nodes.find((n) => n.id === 'tp_5')!.ariaLabel).toBe('Touchpoint: Renamed');
    expect(after.nodes.find((n) => n.id === 'tp_7')!.selected).toBe(true);
    // Flows quoting the renamed card's title are rebuilt; every other edge is the same object.
    const quoting = new Set(after.edges.filter((e) => e.source === 'tp_5' || e.target === 'tp_5').map((e) => e.id));
    expect(after.edges.filter((e) => !before.edges.includes(e)).map((e) => e.id).sort()).toEqual([...quoting].sort());
    // The same input gives the same model as without a cache.
    expect(after).toEqual(buildFlowModel(renamed.journeys[0]!, ['tp_7'], options));
  });

  it('gives a card that only moved a new node but its old data, and every card the same size fields', () => {
    const cache = new FlowCache();
    const before = buildFlowModel(journey, [], { ...options, cache });
    // Far to the right in the first stage: that column widens and every later card shifts.
    const moved = runCommand(project, { name: 'moveTouchpoints', payload: { journeyId: journey.id, placements: [{ id: 'tp_3', stageId: 'stg_0', laneId: journey.touchpoints[3]!.laneId, position: { x: 900, y: 40 } }] } });
    const after = buildFlowModel(moved.journeys[0]!, [], { ...options, cache });
    const shifted = after.nodes.filter((n) => n.type === 'touchpoint' && n.id !== 'tp_3' && !before.nodes.includes(n));
    expect(shifted.length).toBeGreaterThan(10);
    for (const node of shifted) {
      const old = before.nodes.find((n) => n.id === node.id)!;
      expect(node.position).not.toEqual(old.position);
      expect(node.data).toBe(old.data);
    }
    const cards = after.nodes.filter((n) => n.type === 'touchpoint');
    expect(new Set(cards.map((n) => n.measured)).size).toBe(1);
    expect(new Set(cards.map((n) => n.handles)).size).toBe(1);
  });

  it('hands back the very same edge array when no edge changed (React Flow then skips its edge work)', () => {
    const cache = new FlowCache();
    const before = buildFlowModel(journey, [], { ...options, cache });
    const moved = runCommand(project, { name: 'moveTouchpoints', payload: { journeyId: journey.id, placements: [{ id: 'tp_3', stageId: 'stg_0', laneId: journey.touchpoints[3]!.laneId, position: { x: 40, y: 600 } }] } });
    const after = buildFlowModel(moved.journeys[0]!, [], { ...options, cache });
    expect(after.edges).toBe(before.edges);
    const selected = buildFlowModel(moved.journeys[0]!, [before.edges[0]!.id], { ...options, cache });
    expect(selected.edges).not.toBe(before.edges);
    expect(selected.edges.filter((e, i) => e !== before.edges[i])).toHaveLength(1);
  });

  it('hands an undo or redo the model of the state it goes back to, without building it again', () => {
    const cache = new FlowCache();
    const selection = ['tp_3'];
    const shown = buildFlowModel(journey, selection, { ...options, cache });
    const moved = runCommand(project, { name: 'moveTouchpoints', payload: { journeyId: journey.id, placements: [{ id: 'tp_3', stageId: 'stg_0', laneId: journey.touchpoints[3]!.laneId, position: { x: 900, y: 40 } }] } });
    const afterMove = buildFlowModel(moved.journeys[0]!, selection, { ...options, cache });
    expect(afterMove).not.toBe(shown);
    // Undo: the history hands back the very journey and selection objects shown before the move.
    expect(buildFlowModel(journey, selection, { ...options, cache })).toBe(shown);
    expect(buildFlowModel(moved.journeys[0]!, selection, { ...options, cache })).toBe(afterMove);
    // Any other input is another model, built afresh: equal contents are not enough to reuse one.
    const other = [
      buildFlowModel(journey, [...selection], { ...options, cache }),
      buildFlowModel(journey, selection, { ...options, cache, curvePersonaId: null }),
      buildFlowModel(journey, selection, { ...options, cache, lens: 'it' }),
      buildFlowModel(journey, selection, { ...options, cache, systems: [...project.systems] }),
    ];
    for (const model of other) expect(model).not.toBe(shown);
    expect(other[0]).toEqual(shown);
    // Without a cache (the export view) nothing is remembered.
    expect(buildFlowModel(journey, selection, options)).not.toBe(buildFlowModel(journey, selection, options));
  });

  it('remembers only the last few models, so a long editing session does not hold every board it showed', () => {
    const cache = new FlowCache();
    const selections = Array.from({ length: RECENT_MODELS + 1 }, (_, i) => [`tp_${i}`]);
    const models = selections.map((s) => buildFlowModel(journey, s, { ...options, cache }));
    // The oldest was forgotten; the rest are still at hand.
    expect(buildFlowModel(journey, selections[0]!, { ...options, cache })).not.toBe(models[0]);
    expect(buildFlowModel(journey, selections[0]!, { ...options, cache })).toEqual(models[0]);
    for (let i = 2; i <= RECENT_MODELS; i++) expect(buildFlowModel(journey, selections[i]!, { ...options, cache })).toBe(models[i]);
  });

  it('keeps a curve segment whose points did not change, and redraws the one whose did', () => {
    const big = generateProject(200); // 17 stages: three curve segments
    const bigJourney = big.journeys[0]!;
    const cache = new FlowCache();
    const curveOf = (j: typeof bigJourney) => buildFlowModel(j, [], { ...options, systems: big.systems, cache }).nodes.filter((n) => n.type === 'curve');
    const before = curveOf(bigJourney);
    expect(before).toHaveLength(3);
    const scored = bigJourney.touchpoints.find((t) => t.emotions.some((e) => e.personaId === 'per_bench'))!;
    const now = scored.emotions.find((e) => e.personaId === 'per_bench')!.current;
    const rescored = runCommand(big, { name: 'setEmotion', payload: { journeyId: bigJourney.id, touchpointId: scored.id, personaId: 'per_bench', current: now === 2 ? -2 : 2 } });
    const after = curveOf(rescored.journeys[0]!);
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual([before[0]!.id]);
  });

  it('keeps the drawing of curve segments that only moved sideways', () => {
    const big = generateProject(200);
    const bigJourney = big.journeys[0]!;
    const cache = new FlowCache();
    const curveOf = (j: typeof bigJourney) => buildFlowModel(j, [], { ...options, systems: big.systems, cache }).nodes.filter((n) => n.type === 'curve');
    const before = curveOf(bigJourney);
    const first = bigJourney.touchpoints.find((t) => t.stageId === bigJourney.stages[0]!.id)!;
    const widened = runCommand(big, { name: 'moveTouchpoints', payload: { journeyId: bigJourney.id, placements: [{ id: first.id, stageId: first.stageId, laneId: first.laneId, position: { x: 500, y: first.position.y } }] } });
    const after = curveOf(widened.journeys[0]!);
    // The first segment holds the wider stage and is redrawn; the later ones moved right with their points.
    expect(after[0]!.data).not.toBe(before[0]!.data);
    for (const i of [1, 2]) {
      expect(after[i]!.position.x).toBeGreaterThan(before[i]!.position.x);
      expect(after[i]!.data).toBe(before[i]!.data);
    }
  });
});

describe('the emotion curve', () => {
  it('has one point per scored card, stage by stage, left to right', () => {
    const layout = computeBoardLayout(journey);
    const visible = new Set(journey.touchpoints.map((t) => t.id));
    const points = buildCurve(journey, 'per_bench', layout, { x: 0, height: 120 }, visible);
    expect(points).toHaveLength(journey.touchpoints.length);
    const order = journey.stages.flatMap((st) => points.filter((p) => journey.touchpoints.find((t) => t.id === p.touchpointId)!.stageId === st.id));
    expect(order).toEqual(points);
    for (let i = 1; i < points.length; i++) expect(points[i]!.x).toBeGreaterThan(points[i - 1]!.x);
    // Scores map onto the band: +2 at the top margin, −2 at the bottom.
    for (const p of points) expect(p.yCurrent).toBeCloseTo(18 + ((2 - p.current) / 4) * (120 - 36));
    const hidden = buildCurve(journey, 'per_bench', layout, { x: 0, height: 120 }, new Set(['tp_0', 'tp_1']));
    expect(hidden.map((p) => p.touchpointId)).toEqual(['tp_0', 'tp_1']);
  });
});
