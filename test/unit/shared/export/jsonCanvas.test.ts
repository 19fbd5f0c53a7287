/** Every JSON Canvas export is checked against each rule of the JSON Canvas 1.0 spec, plus Touchline's own placement rules. */
import { describe, expect, it } from 'vitest';
import { jsonCanvas, jsonCanvasText, nodeId, SEVERITY_COLOR } from '../../../../shared/export/jsonCanvas.ts';
import { EXPORT_FILES, loadFixture } from './projects.ts';

const FILES = EXPORT_FILES;

type Json = Record<string, unknown>;
interface Box { x: number; y: number; width: number; height: number }
const SIDES = ['top', 'right', 'bottom', 'left'];
const ENDS = ['none', 'arrow'];
const isColor = (c: unknown) => typeof c === 'string' && /^([1-6]|#[0-9a-fA-F]{6})$/.test(c);
const contains = (outer: Box, inner: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Problems with a parsed document under JSON Canvas 1.0; empty when valid. */
function validateCanvas(doc: unknown): string[] {
  const problems: string[] = [];
  const bad = (what: string) => problems.push(what);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return ['top level must be an object'];
  const top = doc as Json;
  for (const key of Object.keys(top)) if (key !== 'nodes' && key !== 'edges') bad(`unknown top-level key ${key}`);
  const nodes = (top.nodes ?? []) as Json[];
  const edges = (top.edges ?? []) as Json[];
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return ['nodes and edges must be arrays'];
  const ids = new Set<string>();
  const unique = (id: unknown, where: string) => {
    if (typeof id !== 'string' || id === '') bad(`${where}: id must be a non-empty string`);
    else if (ids.has(id)) bad(`${where}: duplicate id ${id}`);
    else ids.add(id);
  };
  const nodeIds = new Set<string>();
  nodes.forEach((n, i) => {
    const where = `nodes[${i}]`;
    unique(n.id, where);
    nodeIds.add(n.id as string);
    for (const k of ['x', 'y', 'width', 'height']) if (!Number.isInteger(n[k])) bad(`${where}.${k} must be an integer`);
    if ((n.width as number) <= 0 || (n.height as number) <= 0) bad(`${where}: size must be positive`);
    if (n.color !== undefined && !isColor(n.color)) bad(`${where}.color invalid: ${String(n.color)}`);
    const allowed = new Set(['id', 'type', 'x', 'y', 'width', 'height', 'color']);
    switch (n.type) {
      case 'text': if (typeof n.text !== 'string') bad(`${where}: text node needs text`); allowed.add('text'); break;
      case 'file': if (typeof n.file !== 'string') bad(`${where}: file node needs file`); allowed.add('file').add('subpath'); break;
      case 'link': if (typeof n.url !== 'string') bad(`${where}: link node needs url`); allowed.add('url'); break;
      case 'group':
        if (n.label !== undefined && typeof n.label !== 'string') bad(`${where}: group label must be a string`);
        if (n.background !== undefined && typeof n.background !== 'string') bad(`${where}: background must be a string`);
        if (n.backgroundStyle !== undefined && !['cover', 'ratio', 'repeat'].includes(n.backgroundStyle as string)) bad(`${where}: backgroundStyle invalid`);
        ['label', 'background', 'backgroundStyle'].forEach((k) => allowed.add(k));
        break;
      default: bad(`${where}: unknown type ${String(n.type)}`);
    }
    for (const k of Object.keys(n)) if (!allowed.has(k)) bad(`${where}: unknown key ${k}`);
  });
  edges.forEach((e, i) => {
    const where = `edges[${i}]`;
    unique(e.id, where);
    if (!nodeIds.has(e.fromNode as string)) bad(`${where}.fromNode ${String(e.fromNode)} is not a node`);
    if (!nodeIds.has(e.toNode as string)) bad(`${where}.toNode ${String(e.toNode)} is not a node`);
    for (const k of ['fromSide', 'toSide']) if (e[k] !== undefined && !SIDES.includes(e[k] as string)) bad(`${where}.${k} invalid`);
    for (const k of ['fromEnd', 'toEnd']) if (e[k] !== undefined && !ENDS.includes(e[k] as string)) bad(`${where}.${k} invalid`);
    if (e.color !== undefined && !isColor(e.color)) bad(`${where}.color invalid`);
    if (e.label !== undefined && typeof e.label !== 'string') bad(`${where}.label must be a string`);
    for (const k of Object.keys(e)) if (!['id', 'fromNode', 'toNode', 'fromSide', 'toSide', 'fromEnd', 'toEnd', 'color', 'label'].includes(k)) bad(`${where}: unknown key ${k}`);
  });
  // z-order: a group is listed before every node it contains.
  nodes.forEach((g, gi) => {
    if (g.type !== 'group') return;
    nodes.forEach((n, ni) => { if (n !== g && contains(g as unknown as Box, n as unknown as Box) && ni < gi) bad(`group ${String(g.id)} listed after its child ${String(n.id)}`); });
  });
  return problems;
}

describe.each(FILES)('JSON Canvas of %s', (file) => {
  const project = loadFixture(file);
  const journey = project.journeys[0]!;
  const text = jsonCanvasText(project);
  if (!text.ok) throw new Error(text.error);
  const doc = JSON.parse(text.value) as { nodes: (Box & Json)[]; edges: Json[] };
  const node = (id: string) => doc.nodes.find((n) => n.id === id);

  it('is valid JSON Canvas 1.0', () => {
    expect(validateCanvas(doc)).toEqual([]);
  });

  it('has a group per stage, listed before all content, with its touchpoints and friction points inside', () => {
    const stageGroups = doc.nodes.slice(0, journey.stages.length);
    expect(stageGroups.map((n) => [n.id, n.type])).toEqual(journey.stages.map((s) => [nodeId.stage(s.id), 'group']));
    for (const t of journey.touchpoints) {
      const n = node(nodeId.touchpoint(t.id));
      if (!n) continue; // hidden lane
      expect(contains(node(nodeId.stage(t.stageId))!, n)).toBe(true);
      expect(n.text).toMatch(/^## /);
    }
    for (const f of journey.frictions) {
      const n = node(nodeId.friction(f.id))!;
      const t = journey.touchpoints.find((x) => x.id === f.touchpointId)!;
      expect(contains(node(nodeId.stage(t.stageId))!, n)).toBe(true);
      expect(n.color).toBe(SEVERITY_COLOR[f.severity]);
      expect(n.text).toMatch(/\*\*Severity:\*\* .*\n\*\*Status:\*\* .*\n\*\*Votes:\*\* \d+/);
    }
  });

  it('never overlaps two content nodes', () => {
    const content = doc.nodes.filter((n) => n.type === 'text');
    for (const [i, a] of content.entries()) for (const b of content.slice(i + 1)) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${String(a.id)} overlaps ${String(b.id)}`).toBe(false);
    }
  });

  it('turns connections and data links into labelled edges', () => {
    for (const c of journey.connections) expect(doc.edges.find((e) => e.id === `con-${c.id}`)).toMatchObject({ fromNode: nodeId.touchpoint(c.from), toNode: nodeId.touchpoint(c.to) });
    for (const l of journey.dataLinks) {
      const e = doc.edges.find((x) => x.id === `dl-${l.id}`)!;
      expect(e).toMatchObject({ fromNode: nodeId.touchpoint(l.touchpointId), toNode: nodeId.system(l.systemId) });
      expect(typeof e.label).toBe('string');
    }
  });
});

describe('placement without a friction lane', () => {
  it('stacks friction points under the board, still inside their stage group', () => {
    const project = loadFixture('assets/samples/coffee-loyalty.touchline');
    for (const l of project.journeys[0]!.lanes) if (l.role === 'friction') l.hidden = true;
    const canvas = jsonCanvas(project);
    if (!canvas.ok) throw new Error(canvas.error);
    expect(validateCanvas(canvas.value)).toEqual([]);
    const journey = project.journeys[0]!;
    for (const f of journey.frictions) {
      const t = journey.touchpoints.find((x) => x.id === f.touchpointId)!;
      const n = canvas.value.nodes.find((x) => x.id === nodeId.friction(f.id))!;
      expect(contains(canvas.value.nodes.find((x) => x.id === nodeId.stage(t.stageId))!, n)).toBe(true);
    }
  });

  it('rejects an unknown journey id', () => {
    expect(jsonCanvas(loadFixture('assets/samples/coffee-loyalty.touchline'), { journeyId: 'jny_x' })).toMatchObject({ ok: false });
  });
});

describe('the validator itself', () => {
  it('catches broken documents', () => {
    const g = { id: 'g', type: 'group', x: 0, y: 0, width: 100, height: 100 };
    const t = { id: 't', type: 'text', x: 10, y: 10, width: 10, height: 10, text: 'x' };
    expect(validateCanvas({ nodes: [g, t], edges: [] })).toEqual([]);
    expect(validateCanvas({ nodes: [t, g], edges: [] })).toHaveLength(1);
    expect(validateCanvas({ nodes: [g, { ...t, x: 1.5 }], edges: [] })[0]).toMatch(/integer/);
    expect(validateCanvas({ nodes: [g, { ...t, id: 'g' }], edges: [] })[0]).toMatch(/duplicate/);
    expect(validateCanvas({ nodes: [g, { ...t, color: '7' }], edges: [] })[0]).toMatch(/color/);
    expect(validateCanvas({ nodes: [g, t], edges: [{ id: 'e', fromNode: 't', toNode: 'nope' }] })[0]).toMatch(/toNode/);
    expect(validateCanvas({ nodes: [g, t], edges: [{ id: 'e', fromNode: 't', toNode: 'g', toSide: 'middle' }] })[0]).toMatch(/toSide/);
  });
});
