/**
 * JSON Canvas 1.0 (`.canvas`, as read by Obsidian) of one journey: stages are
 * group nodes (listed before their contents, so they draw underneath),
 * touchpoints, friction points and systems are Markdown text nodes, and
 * connections, friction → touchpoint links and data links are edges.
 * Coordinates are the board's (shared/domain/layout.ts), rounded to integers.
 */
import { CHIP } from '../domain/autoPlace.ts';
import { BOARD, computeBoardLayout, toBoard, type Rect } from '../domain/layout.ts';
import type { Friction, Journey, Project, System, Touchpoint } from '../domain/model.ts';
import { CHANNELS, EVIDENCE, FRICTION_STATUSES, INTEGRATIONS, LIFECYCLES, OWNER_SIDES, SEVERITIES, SYSTEM_KINDS, type Severity } from '../domain/vocab.ts';
import { oneLine, pickJourney, type Pick1 } from './common.ts';

export type CanvasColor = string;
export type CanvasSide = 'top' | 'right' | 'bottom' | 'left';
interface NodeBase { id: string; x: number; y: number; width: number; height: number; color?: CanvasColor }
export type CanvasNode =
  | (NodeBase & { type: 'text'; text: string })
  | (NodeBase & { type: 'group'; label?: string });
export interface CanvasEdge {
  id: string; fromNode: string; toNode: string;
  fromSide?: CanvasSide; toSide?: CanvasSide; fromEnd?: 'none' | 'arrow'; toEnd?: 'none' | 'arrow';
  color?: CanvasColor; label?: string;
}
export interface JsonCanvas { nodes: CanvasNode[]; edges: CanvasEdge[] }

/** Severity → JSON Canvas preset colour: 1 red, 2 orange, 3 yellow, 4 green. */
export const SEVERITY_COLOR: Record<Severity, CanvasColor> = { critical: '1', high: '2', medium: '3', low: '4' };

export const SYSTEM_BOX = { width: 220, height: 120, gap: 24, margin: 80 } as const;
/** Friction nodes are taller than the board's chips so their Markdown fits; the friction lane grows to hold them. */
export const FRICTION_HEIGHT = 120;

export const nodeId = {
  stage: (id: string) => `stage-${id}`,
  touchpoint: (id: string) => `tp-${id}`,
  friction: (id: string) => `fr-${id}`,
  system: (id: string) => `sys-${id}`,
  systems: 'systems',
};

export function jsonCanvas(project: Project, options: { journeyId?: string } = {}): Pick1<JsonCanvas> {
  const picked = pickJourney(project, options.journeyId);
  if (!picked.ok) return picked;
  return { ok: true, value: build(project, picked.value) };
}

/** The canvas as tab-indented JSON (as Obsidian writes it) with a final newline. */
export function jsonCanvasText(project: Project, options: { journeyId?: string } = {}): Pick1<string> {
  const canvas = jsonCanvas(project, options);
  return canvas.ok ? { ok: true, value: `${JSON.stringify(canvas.value, null, '\t')}\n` } : canvas;
}

const round = (r: Rect): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) });

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The journey with its friction lane tall enough for FRICTION_HEIGHT nodes stacked per stage. */
function withTallFrictionLane(journey: Journey): Journey {
  const lane = journey.lanes.find((l) => l.role === 'friction' && !l.hidden);
  if (!lane) return journey;
  const stageOf = new Map(journey.touchpoints.map((t) => [t.id, t.stageId]));
  const counts = new Map<string, number>();
  for (const f of journey.frictions) {
    const stageId = stageOf.get(f.touchpointId);
    if (stageId) counts.set(stageId, (counts.get(stageId) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  const height = Math.max(lane.height, CHIP.padding * 2 + most * (FRICTION_HEIGHT + CHIP.gap) - CHIP.gap);
  return { ...journey, lanes: journey.lanes.map((l) => (l === lane ? { ...l, height } : l)) };
}

function build(project: Project, journey: Journey): JsonCanvas {
  const layout = computeBoardLayout(withTallFrictionLane(journey));
  const stageGroups = new Map<string, Rect>([...layout.stages].map(([id, r]) => [id, round(r)]));
  const content: CanvasNode[] = [];
  const add = (node: CanvasNode, stageId: string) => {
    content.push(node);
    const group = stageGroups.get(stageId);
    if (group) stageGroups.set(stageId, union(group, { x: node.x - BOARD.padding, y: node.y - BOARD.padding, width: node.width + 2 * BOARD.padding, height: node.height + 2 * BOARD.padding }));
  };

  const placed = new Map<string, Touchpoint>();
  for (const t of journey.touchpoints) {
    const at = toBoard(layout, t.stageId, t.laneId, t.position);
    if (!at) continue; // in a hidden lane: not on the board, so not on the canvas either
    placed.set(t.id, t);
    add({ id: nodeId.touchpoint(t.id), type: 'text', ...round({ ...at, width: BOARD.cardWidth, height: BOARD.cardHeight }), text: touchpointText(t) }, t.stageId);
  }

  const votes = new Map<string, number>();
  for (const v of journey.votes) votes.set(v.frictionId, (votes.get(v.frictionId) ?? 0) + v.count);
  const stacked = new Map<string, number>();
  const below = new Map<string, number>();
  const frictions: Friction[] = [];
  const byId = new Map(journey.frictions.map((f) => [f.id, f]));
  // Auto-placed friction points first (in the board's reading order), then any the board has no lane for.
  const order = [...layout.auto.frictions.keys(), ...journey.frictions.map((f) => f.id).filter((id) => !layout.auto.frictions.has(id))];
  for (const id of order) {
    const f = byId.get(id)!;
    const t = placed.get(f.touchpointId);
    if (!t) continue;
    frictions.push(f);
    const auto = layout.auto.frictions.get(f.id);
    let at = null;
    if (auto) {
      const i = stacked.get(auto.stageId) ?? 0;
      stacked.set(auto.stageId, i + 1);
      at = toBoard(layout, auto.stageId, auto.laneId, { x: CHIP.padding, y: CHIP.padding + i * (FRICTION_HEIGHT + CHIP.gap) });
    }
    if (!at) {
      // No visible friction lane: stack under the board in the touchpoint's stage.
      const i = below.get(t.stageId) ?? 0;
      below.set(t.stageId, i + 1);
      at = { x: (layout.stages.get(t.stageId)?.x ?? 0) + CHIP.padding, y: layout.height + CHIP.padding + i * (FRICTION_HEIGHT + CHIP.gap) };
    }
    add({ id: nodeId.friction(f.id), type: 'text', ...round({ ...at, width: CHIP.width, height: FRICTION_HEIGHT }), color: SEVERITY_COLOR[f.severity], text: frictionText(f, votes.get(f.id) ?? 0) }, t.stageId);
  }

  const groups: CanvasNode[] = journey.stages.filter((s) => stageGroups.has(s.id)).map((s) =>
    ({ id: nodeId.stage(s.id), type: 'group', ...round(stageGroups.get(s.id)!), label: oneLine(s.name) || '(untitled stage)', color: s.color.toLowerCase() }));
  const bottom = Math.max(0, ...[...stageGroups.values()].map((r) => r.y + r.height));
  const { nodes: systemNodes, ids: systemIds } = systemArea(project, journey, bottom + SYSTEM_BOX.margin, Math.round(layout.width));

  const edges: CanvasEdge[] = [];
  for (const c of journey.connections) {
    if (!placed.has(c.from) || !placed.has(c.to)) continue;
    const label = oneLine(c.label);
    edges.push({ id: `con-${c.id}`, fromNode: nodeId.touchpoint(c.from), fromSide: 'right', toNode: nodeId.touchpoint(c.to), toSide: 'left', toEnd: 'arrow', ...(label ? { label } : {}) });
  }
  for (const f of frictions) {
    edges.push({ id: `frt-${f.id}`, fromNode: nodeId.friction(f.id), fromSide: 'top', toNode: nodeId.touchpoint(f.touchpointId), toSide: 'bottom', toEnd: 'arrow', color: SEVERITY_COLOR[f.severity] });
  }
  for (const l of journey.dataLinks) {
    if (!placed.has(l.touchpointId) || !systemIds.has(l.systemId)) continue;
    edges.push({ id: `dl-${l.id}`, fromNode: nodeId.touchpoint(l.touchpointId), fromSide: 'bottom', toNode: nodeId.system(l.systemId), toSide: 'top', fromEnd: l.direction === 'reads' || l.direction === 'both' ? 'arrow' : 'none', toEnd: l.direction === 'writes' || l.direction === 'both' ? 'arrow' : 'none', label: INTEGRATIONS.labels[l.integration] });
  }
  return { nodes: [...groups, ...content, ...systemNodes], edges };
}

/** Systems the journey uses (placed, linked or blamed), in catalog order, in a "Systems" group under the stages. */
function systemArea(project: Project, journey: Journey, top: number, boardWidth: number): { nodes: CanvasNode[]; ids: Set<string> } {
  const used = new Set([...journey.systemPlacements.map((p) => p.systemId), ...journey.dataLinks.map((l) => l.systemId), ...journey.frictions.flatMap((f) => f.causedBySystemIds)]);
  const systems = project.systems.filter((s) => used.has(s.id));
  if (systems.length === 0) return { nodes: [], ids: new Set() };
  const step = SYSTEM_BOX.width + SYSTEM_BOX.gap;
  const perRow = Math.max(1, Math.floor((Math.max(boardWidth, step) - SYSTEM_BOX.gap) / step));
  const rows = Math.ceil(systems.length / perRow);
  const pad = BOARD.padding * 2;
  const group: CanvasNode = {
    id: nodeId.systems, type: 'group', label: 'Systems', x: 0, y: top,
    width: Math.min(systems.length, perRow) * step - SYSTEM_BOX.gap + 2 * pad, height: rows * (SYSTEM_BOX.height + SYSTEM_BOX.gap) - SYSTEM_BOX.gap + 2 * pad,
  };
  const nodes: CanvasNode[] = systems.map((s, i) => ({
    id: nodeId.system(s.id), type: 'text', x: pad + (i % perRow) * step, y: top + pad + Math.floor(i / perRow) * (SYSTEM_BOX.height + SYSTEM_BOX.gap),
    width: SYSTEM_BOX.width, height: SYSTEM_BOX.height, text: systemText(s),
    ...(s.lifecycle === 'phase-out' || s.lifecycle === 'end-of-life' ? { color: '6' } : {}),
  }));
  return { nodes: [group, ...nodes], ids: new Set(systems.map((s) => s.id)) };
}

const heading = (level: number, title: string, fallback: string) => `${'#'.repeat(level)} ${oneLine(title) || fallback}`;
const field = (label: string, value: string) => (value.trim() ? [`**${label}:** ${value.trim()}`] : []);

function touchpointText(t: Touchpoint): string {
  return [
    heading(2, t.title, '(untitled touchpoint)'),
    ...field('Channel', CHANNELS.labels[t.channel]),
    ...field('Customer action', oneLine(t.customerAction)),
    ...field('Evidence', EVIDENCE.labels[t.evidence]),
    ...(t.description.trim() ? ['', t.description.trim()] : []),
  ].join('\n');
}

function frictionText(f: Friction, votes: number): string {
  return [
    heading(3, f.title, '(untitled friction point)'),
    ...field('Severity', SEVERITIES.labels[f.severity]),
    ...field('Status', FRICTION_STATUSES.labels[f.status]),
    ...field('Votes', String(votes)),
    ...field('Owner', OWNER_SIDES.labels[f.ownerSide]),
  ].join('\n');
}

function systemText(s: System): string {
  return [
    heading(3, s.name, '(unnamed system)'),
    ...field('Kind', SYSTEM_KINDS.labels[s.kind]),
    ...field('Lifecycle', LIFECYCLES.labels[s.lifecycle]),
    ...field('Vendor', oneLine(s.vendor)),
  ].join('\n');
}
