// @vitest-environment node
/**
 * Checking a project again against the one checked before: unchanged items
 * are the very objects from before, and the result is always what a full
 * parse gives (same data, same key order, so the same file), or `undefined`
 * whenever the full parse would refuse it.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { LIMITS, ProjectSchema } from '../../../shared/domain/schema.ts';
import { loadProjectValue } from '../../../shared/file/load.ts';
import { recheckProject, sameData } from '../../../shared/file/recheck.ts';
import { CURRENT_VERSION, FORMAT } from '../../../shared/file/format.ts';
import { loadFixture } from './export/projects.ts';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const before = (): Project => loadFixture('test/fixtures/projects/sample-coffee-loyalty-v1.touchline');
/** What the window sends: a copy, as IPC would deliver it. */
const sent = (project: Project, change: (p: Loose) => void = () => undefined): Loose => {
  const copy = structuredClone(project) as Loose;
  change(copy);
  return copy;
};
/** The full parse's file text, to compare data and key order at once. */
const fullText = (value: unknown) => JSON.stringify(ProjectSchema.parse(value));

describe('recheckProject', () => {
  it('returns the very items of the earlier check for an unchanged project, and the full parse', () => {
    const previous = before();
    const value = sent(previous);
    const again = recheckProject(value, previous)!;
    expect(JSON.stringify(again)).toBe(fullText(value));
    expect(again.journeys[0]!.touchpoints[3]).toBe(previous.journeys[0]!.touchpoints[3]);
    expect(again.systems[0]).toBe(previous.systems[0]);
    expect(again.journeys[0]!.votes[0]).toBe(previous.journeys[0]!.votes[0]);
  });

  it('parses only the changed items: a moved card is new, its neighbours are reused', () => {
    const previous = before();
    const value = sent(previous, (p) => { p.journeys[0].touchpoints[2].position = { x: 999, y: 5 }; });
    const again = recheckProject(value, previous)!;
    expect(JSON.stringify(again)).toBe(fullText(value));
    expect(again.journeys[0]!.touchpoints[2]).not.toBe(previous.journeys[0]!.touchpoints[2]);
    expect(again.journeys[0]!.touchpoints[2]!.position).toEqual({ x: 999, y: 5 });
    expect(again.journeys[0]!.touchpoints[1]).toBe(previous.journeys[0]!.touchpoints[1]);
  });

  it('finds items by id when the list was reordered, added to or shortened', () => {
    const previous = before();
    const value = sent(previous, (p) => {
      const j = p.journeys[0];
      j.touchpoints.reverse();
      j.frictions.splice(1, 1);
      j.connections.unshift({ ...j.connections[0], id: 'new_connection' });
    });
    const again = recheckProject(value, previous)!;
    expect(JSON.stringify(again)).toBe(fullText(value));
    const last = previous.journeys[0]!.touchpoints.at(-1);
    expect(again.journeys[0]!.touchpoints[0]).toBe(last);
    expect(again.journeys[0]!.connections[1]).toBe(previous.journeys[0]!.connections[0]);
  });

  it('drops keys the schema does not know, and writes keys in the schema order, as the full parse does', () => {
    const previous = before();
    const value = sent(previous, (p) => {
      p.journeys[0].touchpoints[0].extra = 'dropped';
      p.journeys[0].extra = 'dropped';
      p.extra = 'dropped';
      const { id, ...rest } = p.systems[0];
      p.systems[0] = { ...rest, id, name: 'Renamed' }; // id last
    });
    const again = recheckProject(value, previous)!;
    expect(JSON.stringify(again)).toBe(fullText(value));
    expect(Object.keys(again.systems[0]!)[0]).toBe('id');
    expect(JSON.stringify(again)).not.toContain('dropped');
  });

  it('checks a journey it has not seen item by item', () => {
    const previous = before();
    const value = sent(previous, (p) => { p.journeys.push({ ...structuredClone(p.journeys[0]), id: 'jny_copy' }); });
    expect(JSON.stringify(recheckProject(value, previous))).toBe(fullText(value));
  });

  it('gives up whenever the full parse would refuse the project, so refusals keep their usual messages', () => {
    const previous = before();
    const refused: [string, (p: Loose) => void][] = [
      ['a changed item that is invalid', (p) => { p.journeys[0].touchpoints[1].channel = 'pigeon'; }],
      ['an unchanged-looking item with a wrong type', (p) => { p.journeys[0].touchpoints[1].position.x = '10'; }],
      ['a list that is not a list', (p) => { p.journeys[0].frictions = {}; }],
      ['a list longer than allowed', (p) => { p.journeys[0].votes = Array.from({ length: LIMITS.list + 1 }, () => p.journeys[0].votes[0]); }],
      ['no journeys', (p) => { p.journeys = []; }],
      ['a bad field outside the lists', (p) => { p.journeys[0].kind = 'nope'; }],
      ['a missing field outside the lists', (p) => { delete p.workshop; }],
      ['an item that is not plain data', (p) => { p.journeys[0].touchpoints[0].position = new Date(0); }],
    ];
    for (const [what, change] of refused) {
      const value = sent(previous, change);
      expect(ProjectSchema.safeParse(value).success, what).toBe(false);
      expect(recheckProject(value, previous), what).toBeUndefined();
    }
    expect(recheckProject('not a project', previous)).toBeUndefined();
  });

  it('through the loader: the same result and the same messages as without an earlier check', () => {
    const previous = before();
    const envelope = (project: unknown) => ({ format: FORMAT, version: CURRENT_VERSION, project });
    const good = sent(previous, (p) => { p.journeys[0].touchpoints[0].title = 'Renamed'; });
    expect(loadProjectValue(envelope(good), previous)).toEqual(loadProjectValue(envelope(good)));
    const bad = sent(previous, (p) => { p.journeys[0].touchpoints[0].stageId = 'nowhere'; p.journeys[0].frictions[0].severity = 'huge'; });
    const refused = loadProjectValue(envelope(bad), previous);
    expect(refused.ok).toBe(false);
    expect(refused).toEqual(loadProjectValue(envelope(bad)));
  });
});

describe('sameData', () => {
  it('compares JSON-like data deeply, and only plain data', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ 0: 1 }, [1])).toBe(false);
    expect(sameData(new Date(0), {})).toBe(false);
    expect(sameData(new Map(), {})).toBe(false);
    expect(sameData(Object.create(null) as object, {})).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(false);
  });
});
