/**
 * Derive React Flow nodes and edges from the document (plus view state).
 * Pure: the canvas memoises the result on the journey, the selection and
 * the persona shown; drag positions are laid over it by the canvas. Node `data` carries only ids and derived
 * display values; node components read the rest from the store, so callbacks
 * never live in `data`.
 */
import { Position as Side, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { CHIP, type AutoPlacement } from '../../shared/domain/autoPlace.ts';
import { blueprintLines, type BlueprintLine } from '../../shared/domain/blueprint.ts';
import { BOARD, computeBoardLayout, type BoardLayout } from '../../shared/domain/layout.ts';
import type { Connection, Friction, Journey, Opportunity, System, Touchpoint } from '../../shared/domain/model.ts';
import { SYSTEM_NODE, systemSpots } from '../../shared/domain/systemLane.ts';
import { ALIGNMENT_STATUSES, FRESHNESS, INTEGRATIONS } from '../../shared/domain/vocab.ts';
import type { Lens } from '../state/viewSlice.ts';
import { byId } from '../state/indexes.ts';
import type { Selection } from '../state/selection.ts';
import { buildCurve, type CurvePoint } from './emotionCurve.ts';
import { FlowCache, samePoint } from './flowCache.ts';

export { FlowCache };

/** A lane's band as drawn inside every stage column (y relative to the column's top). */
export interface LaneBand { laneId: string; y: number; height: number; role: string; line: BlueprintLine | null }
export type StageFlowNode = Node<{ stageId: string; bands: readonly LaneBand[] }, 'stage'>;
export type LaneFlowNode = Node<{ laneId: string; line: BlueprintLine | null }, 'lane'>;
export type TouchpointFlowNode = Node<{ touchpointId: string }, 'touchpoint'>;
export type FrictionFlowNode = Node<{ frictionId: string }, 'friction'>;
export type OpportunityFlowNode = Node<{ opportunityId: string }, 'opportunity'>;
export type CurveFlowNode = Node<{ personaId: string; points: CurvePoint[]; legend: boolean }, 'curve'>;
export type SystemFlowNode = Node<{ systemId: string }, 'system'>;
export type JourneyFlowNode = StageFlowNode | LaneFlowNode | TouchpointFlowNode | FrictionFlowNode | OpportunityFlowNode | CurveFlowNode | SystemFlowNode;

export interface FlowModel {
  layout: BoardLayout;
  nodes: JourneyFlowNode[];
  edges: Edge[];
}

const FLOW_ARROW = { type: 'arrowclosed' as never, width: 16, height: 16, color: '#94a3b8' };

/** Above this many data links, only the selection's links are drawn as lines. */
export const DATA_LINK_LINES_LIMIT = 150;

/** How many stages one emotion-curve segment spans. */
const CURVE_STAGES_PER_SEGMENT = 8;

/** Height of the curve band drawn above the stage headers when the journey has no emotions lane. */
export const CURVE_BAND = { height: 120, gap: 12 } as const;

/**
 * Every node says its size and where its handles are, so React Flow never has
 * to mount a node just to measure it. Without this, each node object that
 * changes (an undo that shifts the board shifts every card) loses its measured
 * handles and React Flow mounts it, off screen or not, to measure it again:
 * thousands of mounts on a big map. The geometry matches the CSS: handles sit
 * centred on the edge of the node's padding box, inside a 1 px border.
 * Nodes without handles (stages, lanes, chips, the curve) say so too: a node
 * with no known handles is measured from the DOM each time it mounts, a forced
 * layout per stage scrolling into view and per node of a picture.
 */
const BORDER = 1;
const NO_HANDLES: NodeHandle[] = [];

function sized(width: number, height: number) {
  return { width, height, measured: { width, height }, handles: NO_HANDLES };
}

function handle(id: string, type: 'source' | 'target', position: Side, size: number, node: { width: number; height: number }): NodeHandle {
  const half = size / 2;
  const x = position === Side.Left ? BORDER - half : position === Side.Right ? node.width - BORDER - half : node.width / 2 - half;
  const y = position === Side.Top ? BORDER - half : position === Side.Bottom ? node.height - BORDER - half : node.height / 2 - half;
  return { id, type, position, x, y, width: size, height: size };
}

const CARD = { width: BOARD.cardWidth, height: BOARD.cardHeight };
/** Card handles: flows in on the left and out on the right (8 px), data links leave from the bottom (6 px). */
export const CARD_HANDLES: readonly NodeHandle[] = [
  handle('in', 'target', Side.Left, 8, CARD),
  handle('out', 'source', Side.Right, 8, CARD),
  handle('data', 'source', Side.Bottom, 6, CARD),
];
/** A system node receives data links on its top edge. */
export const SYSTEM_HANDLES: readonly NodeHandle[] = [handle('in', 'target', Side.Top, 6, SYSTEM_NODE)];

// The nodes of one kind share one `measured` object: an undo that shifts the board makes a new node
// for every card, and each object it allocates is one more for the garbage collector to copy while
// the nodes live. Their fields are written out, not spread: a literal of fixed shape is quicker to make.
const CARD_MEASURED = { width: CARD.width, height: CARD.height };
const CHIP_MEASURED = { width: CHIP.width, height: CHIP.height };
const SYSTEM_MEASURED = { width: SYSTEM_NODE.width, height: SYSTEM_NODE.height };

export interface FlowOptions {
  curvePersonaId: string | null;
  systems: readonly System[];
  /** The marketing lens collapses systems to chips on the cards: no system nodes, no data-link edges. */
  lens: Lens;
  /** The canvas's memory of its last model: unchanged things come back as the same objects, without being rebuilt. */
  cache?: FlowCache;
}

// The makers of the many nodes and edges: functions of their arguments alone (see `FlowCache.reuse3`).
// `last` was made for this same document object: its data and label still hold.
const makeCard = (t: Touchpoint, x: number, y: number, isSelected: boolean, last: TouchpointFlowNode | undefined): TouchpointFlowNode => ({
  id: t.id, type: 'touchpoint', data: last?.data ?? { touchpointId: t.id }, position: { x, y },
  width: CARD.width, height: CARD.height, measured: CARD_MEASURED, handles: CARD_HANDLES as NodeHandle[], selected: isSelected,
  ariaLabel: last?.ariaLabel ?? `Touchpoint: ${t.title || 'untitled'}`,
});
const makeFriction = (f: Friction, x: number, y: number, isSelected: boolean, last: FrictionFlowNode | undefined): FrictionFlowNode => ({
  id: f.id, type: 'friction', data: last?.data ?? { frictionId: f.id }, position: { x, y },
  width: CHIP.width, height: CHIP.height, measured: CHIP_MEASURED, handles: NO_HANDLES,
  draggable: false, selected: isSelected, ariaLabel: last?.ariaLabel ?? `Friction point: ${f.title || 'untitled'}`,
});
const makeOpportunity = (o: Opportunity, x: number, y: number, isSelected: boolean, last: OpportunityFlowNode | undefined): OpportunityFlowNode => ({
  id: o.id, type: 'opportunity', data: last?.data ?? { opportunityId: o.id }, position: { x, y },
  width: CHIP.width, height: CHIP.height, measured: CHIP_MEASURED, handles: NO_HANDLES,
  draggable: false, selected: isSelected, ariaLabel: last?.ariaLabel ?? `Opportunity: ${o.title || 'untitled'}`,
});
const makeFlow = (c: Connection, isSelected: boolean, from: string | undefined, to: string | undefined): Edge => ({
  id: c.id, source: c.from, target: c.to, sourceHandle: 'out', targetHandle: 'in', label: c.label || undefined,
  type: 'default', markerEnd: FLOW_ARROW,
  selected: isSelected,
  ariaLabel: `Flow from ${from || 'untitled'} to ${to || 'untitled'}`,
});

/**
 * The flow model of a journey as shown. With a cache, the last few models are kept: undo and redo
 * go back to a document (and selection) shown before, whose model is then handed back as it was.
 */
export function buildFlowModel(shown: Journey, selection: Selection, options: FlowOptions): FlowModel {
  const { curvePersonaId, systems, lens, cache } = options;
  const inputs = [shown, selection, curvePersonaId, systems, lens];
  const recent = cache?.recentModel(inputs);
  if (recent) return recent;
  const model = buildModel(shown, selection, options);
  cache?.rememberModel(inputs, model);
  return model;
}

/**
 * The model is built by one small function per kind of node and edge, not one long function. V8
 * optimises a function once it has run hot: as one function of some 150 lines of loops, this took
 * 126 ms to optimise (on a background thread, but this machine has two cores) just as the first undo
 * of a session ran, and the optimised code was thrown away in that undo for lack of type feedback on
 * one branch (`--js-flags=--trace-opt,--trace-deopt`). Split up, each part is optimised on its own in
 * a few milliseconds, and none was thrown away. The first undo's latency did not measurably change
 * (docs/performance.md), but the work is smaller and each function has one job.
 */
function buildModel(shown: Journey, selection: Selection, { curvePersonaId, systems, lens, cache }: FlowOptions): FlowModel {
  // Without a cache (the export view, tests) every node is made afresh: in an empty one. The parts
  // call the cache's methods, not bound copies made per build: optimised code that had inlined one
  // build's copy was thrown away by the next ("wrong call target").
  const flowCache = cache ?? new FlowCache();
  const journey = lens === 'marketing' ? withoutEmptySystemsLane(shown) : shown;
  const layout = computeBoardLayout(journey);
  const selected = new Set(selection);
  const nodes: JourneyFlowNode[] = [];
  const bands = laneNodes(journey, layout, flowCache, nodes);
  stageNodes(journey, layout, bands, selected, flowCache, nodes);
  const placed = cardNodes(journey, layout, selected, flowCache, nodes);
  chipNodes(journey.frictions, layout.auto.frictions, layout, selected, flowCache, makeFriction, nodes);
  chipNodes(journey.opportunities, layout.auto.opportunities, layout, selected, flowCache, makeOpportunity, nodes);
  const curve = curveNodes(journey, layout, placed, curvePersonaId, flowCache).map((n) => flowCache.segment(n));
  flowCache.keepSegments(curve);
  nodes.push(...curve);
  const systemsById = new Map(systems.map((sys) => [sys.id, sys]));
  const shownSystems = lens === 'marketing' ? new Set<string>() : systemNodes(journey, systems, systemsById, layout, selected, flowCache, nodes);
  // The id index the cards' own selectors use too: built once per list of touchpoints, not per rebuild.
  const title = (id: string) => byId(journey.touchpoints, id)?.title;
  const edges = flowEdges(journey.connections, selected, title, flowCache);
  dataLinkEdges(journey, { shownSystems, placed, selected, systemsById, title, lens }, flowCache, edges);
  return { layout, nodes, edges: flowCache.edgeList(edges) };
}

/**
 * Lane nodes are only the labels in the gutter; each stage column draws the lane bands itself, so
 * no element is as wide as the whole board (a 5,000-card journey is 200,000 px wide). Returns the bands.
 */
function laneNodes(journey: Journey, layout: BoardLayout, cache: FlowCache, nodes: JourneyFlowNode[]): readonly LaneBand[] {
  const lines = journey.kind === 'service-blueprint' ? blueprintLines(journey.lanes) : new Map<string, BlueprintLine>();
  const bandList: LaneBand[] = [];
  for (const lane of journey.lanes) {
    const row = layout.lanes.get(lane.id);
    if (!row) continue;
    const line = lines.get(lane.id) ?? null;
    bandList.push({ laneId: lane.id, y: row.y, height: row.height, role: lane.role, line });
    nodes.push(cache.reuse(lane, [row.x, row.y, row.height, line], (): LaneFlowNode => ({
      id: lane.id, type: 'lane', data: { laneId: lane.id, line },
      position: { x: row.x, y: row.y }, ...sized(BOARD.gutterWidth, row.height),
      draggable: false, selectable: false, focusable: false, zIndex: -2,
    })));
  }
  return sharedBands(bandList);
}

function stageNodes(journey: Journey, layout: BoardLayout, bands: readonly LaneBand[], selected: Set<string>, cache: FlowCache, nodes: JourneyFlowNode[]): void {
  for (const stage of journey.stages) {
    const column = layout.stages.get(stage.id)!;
    const isSelected = selected.has(stage.id);
    nodes.push(cache.reuse(stage, [column.x, column.y, column.width, column.height, isSelected, bands], (): StageFlowNode => ({
      id: stage.id, type: 'stage', data: { stageId: stage.id, bands },
      position: { x: column.x, y: column.y }, ...sized(column.width, column.height),
      draggable: true, dragHandle: '.stage-grip', selectable: true, selected: isSelected, zIndex: -1,
      ariaLabel: `Stage: ${stage.name || 'untitled'}`,
    })));
  }
}

/**
 * The cards, each worked out as two numbers: a position object is made only for a new node.
 * Returns the ids of the cards on the board (not in a hidden lane).
 */
function cardNodes(journey: Journey, layout: BoardLayout, selected: Set<string>, cache: FlowCache, nodes: JourneyFlowNode[]): Set<string> {
  const placed = new Set<string>();
  for (const t of journey.touchpoints) {
    const column = layout.stages.get(t.stageId);
    const row = layout.lanes.get(t.laneId);
    if (!column || !row) continue;
    placed.add(t.id);
    nodes.push(cache.reuse3(t, column.x + t.position.x, row.y + t.position.y, selected.has(t.id), makeCard));
  }
  return placed;
}

/** Friction points or opportunities, where autoPlace stacked them. */
function chipNodes<T extends Friction | Opportunity, N extends JourneyFlowNode>(
  items: readonly T[], places: ReadonlyMap<string, AutoPlacement>, layout: BoardLayout, selected: Set<string>, cache: FlowCache,
  make: (item: T, x: number, y: number, isSelected: boolean, last: N | undefined) => N, nodes: JourneyFlowNode[],
): void {
  for (const item of items) {
    const place = places.get(item.id);
    const column = place && layout.stages.get(place.stageId);
    const row = place && layout.lanes.get(place.laneId);
    if (!column || !row) continue;
    nodes.push(cache.reuse3(item, column.x + place.relative.x, row.y + place.relative.y, selected.has(item.id), make));
  }
}

/** The systems lane's nodes. Returns the ids of the systems shown. */
function systemNodes(
  journey: Journey, systems: readonly System[], systemsById: ReadonlyMap<string, System>, layout: BoardLayout,
  selected: Set<string>, cache: FlowCache, nodes: JourneyFlowNode[],
): Set<string> {
  const shownSystems = new Set<string>();
  for (const spot of systemSpots(journey, systems, layout)?.spots ?? []) {
    shownSystems.add(spot.systemId);
    const isSelected = selected.has(spot.systemId);
    nodes.push(cache.reuse(systemsById.get(spot.systemId) ?? spot, [spot.position.x, spot.position.y, isSelected], (last?: SystemFlowNode): SystemFlowNode => ({
      id: spot.systemId, type: 'system', data: last?.data ?? { systemId: spot.systemId }, position: spot.position,
      width: SYSTEM_NODE.width, height: SYSTEM_NODE.height, measured: SYSTEM_MEASURED, handles: SYSTEM_HANDLES as NodeHandle[], selected: isSelected,
      ariaLabel: `System: ${systemsById.get(spot.systemId)?.name || 'untitled'}`,
    })));
  }
  return shownSystems;
}

function flowEdges(connections: readonly Connection[], selected: Set<string>, title: (id: string) => string | undefined, cache: FlowCache): Edge[] {
  const edges: Edge[] = [];
  for (const c of connections) edges.push(cache.reuse3(c, selected.has(c.id), title(c.from), title(c.to), makeFlow));
  return edges;
}

interface LinkContext {
  shownSystems: Set<string>;
  placed: Set<string>;
  selected: Set<string>;
  systemsById: ReadonlyMap<string, System>;
  title: (id: string) => string | undefined;
  lens: Lens;
}

function dataLinkEdges(journey: Journey, { shownSystems, placed, selected, systemsById, title, lens }: LinkContext, cache: FlowCache, edges: Edge[]): void {
  // A data link's alignment status (agreed, disputed…) is part of its label, like the badge on a node.
  const linkStatus = new Map(journey.alignment.filter((a) => a.target.kind === 'dataLink').map((a) => [a.target.id, a.status]));
  // On a big map every data link drawn at once is a thicket of board-long lines (and slow to paint):
  // there the lines show for the selected touchpoints, systems and links; the cards' chips show the rest.
  const focusOnly = journey.dataLinks.length > DATA_LINK_LINES_LIMIT;
  for (const link of journey.dataLinks) {
    if (!shownSystems.has(link.systemId) || !placed.has(link.touchpointId)) continue;
    if (focusOnly && !selected.has(link.id) && !selected.has(link.touchpointId) && !selected.has(link.systemId)) continue;
    const status = linkStatus.get(link.id);
    const isSelected = selected.has(link.id);
    const from = title(link.touchpointId);
    const to = systemsById.get(link.systemId)?.name;
    edges.push(cache.reuse(link, [status, isSelected, lens, from, to], () => ({
      id: link.id, source: link.touchpointId, target: link.systemId, sourceHandle: 'data', targetHandle: 'in',
      type: 'smoothstep', className: `data-link integration-${link.integration}${link.personalData ? ' has-personal-data' : ''}${status ? ` status-${status}` : ''}`,
      label: [
        status && ALIGNMENT_STATUSES.labels[status],
        lens === 'it' && `${INTEGRATIONS.labels[link.integration]} · ${FRESHNESS.labels[link.freshness]}`,
      ].filter(Boolean).join(' · ') || undefined,
      selected: isSelected,
      ariaLabel: `Data link from ${from || 'untitled'} to ${to || 'untitled'}: ${INTEGRATIONS.labels[link.integration]}`,
    })));
  }
}

const bandCache = new Map<string, readonly LaneBand[]>();

/** The same bands give the same array, so unchanged stage columns keep their node objects. */
function sharedBands(bands: LaneBand[]): readonly LaneBand[] {
  const key = JSON.stringify(bands);
  let cached = bandCache.get(key);
  if (!cached) {
    if (bandCache.size > 50) bandCache.clear();
    bandCache.set(key, (cached = Object.freeze(bands)));
  }
  return cached;
}

/** The marketing lens folds the support-systems lane away (systems show as chips on the cards). */
function withoutEmptySystemsLane(journey: Journey): Journey {
  const fold = new Set(journey.lanes.filter((l) => l.role === 'systems' && !l.hidden && !journey.touchpoints.some((t) => t.laneId === l.id)).map((l) => l.id));
  return fold.size === 0 ? journey : { ...journey, lanes: journey.lanes.map((l) => (fold.has(l.id) ? { ...l, hidden: true } : l)) };
}

/** The emotion curve: in the emotions lane when there is one, else in a band above the stages. */
function curveNodes(journey: Journey, layout: BoardLayout, placed: Set<string>, personaId: string | null, cache: FlowCache): CurveFlowNode[] {
  if (!personaId || journey.stages.length === 0) return [];
  const lane = journey.lanes.find((l) => l.role === 'emotions' && !l.hidden);
  const row = lane ? layout.lanes.get(lane.id) : undefined;
  const band = row
    ? { x: 0, y: row.y, height: row.height }
    : { x: 0, y: -CURVE_BAND.height - CURVE_BAND.gap, height: CURVE_BAND.height };
  const points = buildCurve(journey, personaId, layout, band, placed);
  // A long journey's curve is cut into segments of a few stages, so no SVG is wider than a
  // few screens and React Flow can skip the segments out of view. Each segment also draws
  // its neighbours' nearest points, so the line stays continuous across the cut.
  const segments: CurveFlowNode[] = [];
  for (let first = 0; first < journey.stages.length; first += CURVE_STAGES_PER_SEGMENT) {
    const stages = journey.stages.slice(first, first + CURVE_STAGES_PER_SEGMENT).map((st) => layout.stages.get(st.id)!);
    const x = stages[0]!.x;
    const width = stages.reduce((w, r) => w + r.width, 0);
    const from = Math.max(0, firstAtOrRightOf(points, x) - 1);
    const to = Math.min(points.length, firstAtOrRightOf(points, x + width) + 1);
    const id = `curve:${personaId}:${first}`;
    const shown = points.slice(from, to);
    // A segment whose points are the same relative to it (it only moved sideways, a column before it
    // widened) keeps its data: no point objects to make and compare, and its drawing is not redone.
    const before = cache.lastSegment(id)?.data;
    const data = before && before.legend === (first === 0) && sameRelative(before.points, shown, x) ? before
      : { personaId, points: shown.map((p) => ({ ...p, x: relativeX(p, x) })), legend: first === 0 };
    segments.push({
      id, type: 'curve', data,
      position: { x, y: band.y }, ...sized(width, band.height),
      draggable: false, selectable: false, focusable: false, zIndex: -1,
    });
  }
  return segments;
}

// Rounded to 1/100 px: a segment that moved sideways then has equal points (no float drift).
const relativeX = (p: CurvePoint, left: number) => Math.round((p.x - left) * 100) / 100;

/** Whether `before` (a segment's points, relative to it) are `points` seen from `left`. */
function sameRelative(before: readonly CurvePoint[], points: readonly CurvePoint[], left: number): boolean {
  if (before.length !== points.length) return false;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (!samePoint(before[i]!, p, relativeX(p, left))) return false;
  }
  return true;
}

/**
 * The index of the first point at or right of `x` (the length when none is): a binary search, as
 * the points run left to right (a scan from the start walks the points once per segment).
 */
function firstAtOrRightOf(points: readonly CurvePoint[], x: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
