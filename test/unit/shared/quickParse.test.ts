// @vitest-environment node
/**
 * The quick parser built from a zod schema answers what zod answers for
 * valid data (same data, same key order, new objects) and `undefined` for
 * anything zod refuses; kinds and checks it does not know are left to zod.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EmotionSchema, JourneySchema, NoteSchema, PositionSchema, ProjectSchema, StageSchema, TouchpointSchema } from '../../../shared/domain/schema.ts';
import { codePoints, quickParser } from '../../../shared/file/quickParse.ts';
import { envelope, richProject } from '../../../scripts/hostile/base.mjs';
import { EXPORT_FILES, loadFixture } from './export/projects.ts';

/** The quick answer must be zod's data, key order included, or undefined exactly when zod refuses. */
function expectAgrees(schema: z.ZodType, value: unknown): boolean {
  const quick = quickParser(schema).parse(value);
  const full = schema.safeParse(value);
  if (full.success) {
    expect(JSON.stringify(quick)).toBe(JSON.stringify(full.data));
    expect(quick).toEqual(full.data);
  } else {
    expect(quick).toBeUndefined();
  }
  return full.success;
}

const PROJECTS = [...EXPORT_FILES, 'test/fixtures/projects/minimal-v1.touchline', 'test/fixtures/projects/small-v1.touchline'];

describe('quickParser', () => {
  it('builds the whole project schema itself, leaving nothing to zod', () => {
    expect(quickParser(ProjectSchema).delegated).toEqual([]);
  });

  it('builds the parts a re-check uses too: an object without its lists, a list of anything', () => {
    expect(quickParser(ProjectSchema.omit({ journeys: true, personas: true, systems: true })).delegated).toEqual([]);
    const cards: z.ZodArray = JourneySchema.shape.touchpoints;
    expect(quickParser(cards.clone({ ...cards.def, element: z.unknown() })).delegated).toEqual([]);
    // An object-level check is zod's.
    expect(quickParser(PositionSchema.refine((p) => p.x > 0)).delegated).toEqual(['(top level)']);
  });

  it('returns what zod returns for every sample and template and the hostile-names files, as new objects', () => {
    const projects = [...PROJECTS.map(loadFixture), (envelope(richProject()) as { project: unknown }).project];
    for (const project of projects) {
      expect(expectAgrees(ProjectSchema, project)).toBe(true);
      const quick = quickParser(ProjectSchema).parse(project)!;
      expect(quick).not.toBe(project);
      expect(quick.journeys[0]!.touchpoints).not.toBe((project as typeof quick).journeys[0]!.touchpoints);
    }
  });

  it('drops keys the schema does not know and puts the rest in the schema’s order', () => {
    const quick = quickParser(PositionSchema).parse({ extra: 1, y: 2, x: 1 });
    expect(JSON.stringify(quick)).toBe('{"x":1,"y":2}');
  });

  it('agrees with zod on ids: empty, one letter, spaces, emoji, 100 and 101 characters', () => {
    const stage = (id: unknown) => ({ id, name: 'S', color: '#1f6feb', width: 200, goal: '', kpi: '' });
    const accepted = ['', 'a', 'a b', '😀', 'x'.repeat(100), 'x'.repeat(101), 7, null].map((id) => expectAgrees(StageSchema, stage(id)));
    expect(accepted).toEqual([false, true, false, false, true, false, false, false]);
  });

  it('measures text in code points as zod does: pairs count once, lone halves once each', () => {
    expect(codePoints('😀a')).toBe(2);
    expect(codePoints('\uD800\uD800')).toBe(2);
    const stage = (name: string) => ({ id: 's', name, color: '#1f6feb', width: 200, goal: '', kpi: '' });
    const names = ['a'.repeat(300), 'a'.repeat(301), '😀'.repeat(300), '😀'.repeat(301), '\uD800'.repeat(300), '\uDC00'.repeat(301)];
    expect(names.map((name) => expectAgrees(StageSchema, stage(name)))).toEqual([true, false, true, false, true, false]);
    const project = loadFixture('test/fixtures/projects/minimal-v1.touchline');
    expect(['', '😀', 'a'].map((name) => expectAgrees(ProjectSchema, { ...project, name }))).toEqual([false, true, true]);
  });

  it('agrees with zod on numbers: not finite, bounds, whole numbers and null targets', () => {
    const positions = [{ x: 0, y: -0 }, { x: 1_000_000, y: -1_000_000 }, { x: 1_000_001, y: 0 }, { x: Number.NaN, y: 0 }, { x: Infinity, y: 0 }, { x: '1', y: 0 }];
    expect(positions.map((p) => expectAgrees(PositionSchema, p))).toEqual([true, true, false, false, false, false]);
    const emotions = [2, -2, 3, -3, 1.5, 2 ** 53, null].map((target) => expectAgrees(EmotionSchema, { personaId: 'p', current: 0, target }));
    expect(emotions).toEqual([true, true, false, false, false, false, true]);
    expect(expectAgrees(EmotionSchema, { personaId: 'p', current: null, target: 0 })).toBe(false);
  });

  it('agrees with zod on times, choices, lists and objects', () => {
    const note = (at: unknown) => ({ id: 'n', author: 'A', role: 'marketing', at, text: '' });
    const times = ['2026-11-26T10:00:00Z', '2026-11-26T10:00:00.123+01:00', '2026-02-30T10:00:00Z', '2026-11-26', 0];
    expect(times.map((at) => expectAgrees(NoteSchema, note(at)))).toEqual([true, true, false, false, false]);
    expect(['marketing', 'MARKETING', undefined].map((role) => expectAgrees(NoteSchema, { ...note('2026-11-26T10:00:00Z'), role }))).toEqual([true, false, false]);

    const card = loadFixture('test/fixtures/projects/sample-coffee-loyalty-v1.touchline').journeys[0]!.touchpoints[0]!;
    // A hole in a list is read as undefined, which no emotion is.
    const holed = { ...card, emotions: [card.emotions[0], , card.emotions[0]] }; // eslint-disable-line no-sparse-arrays
    const positions = [[], null, new Date(0), { x: 1, y: 2 }];
    expect([holed, ...positions.map((position) => ({ ...card, position }))].map((value) => expectAgrees(TouchpointSchema, value))).toEqual([false, false, false, false, true]);

    const project = loadFixture('test/fixtures/projects/minimal-v1.touchline');
    const journeys = [[], Array.from({ length: 101 }, () => project.journeys[0]), project.journeys];
    expect(journeys.map((list) => expectAgrees(ProjectSchema, { ...project, journeys: list }))).toEqual([false, false, true]);
  });

  it('answers undefined, and zod decides, when reading the value throws', () => {
    const value = { y: 0, get x(): number { throw new Error('no'); } };
    expect(quickParser(PositionSchema).parse(value)).toBeUndefined();
  });

  it('leaves kinds and checks it does not know to zod, names them, and still agrees', () => {
    const schema = z.object({
      code: z.string().refine((s) => s.startsWith('A'), 'must start with A'),
      mail: z.email(),
      either: z.union([z.string(), z.number()]),
      half: z.number().multipleOf(0.5),
      tags: z.array(z.string()).length(2),
      plain: z.string().max(3),
    });
    expect(quickParser(schema).delegated).toEqual(['code', 'mail', 'either', 'half', 'tags']);
    const good = { code: 'Ab', mail: 'a@b.co', either: 1, half: 1.5, tags: ['a', 'b'], plain: 'abc' };
    expect(expectAgrees(schema, good)).toBe(true);
    // A field zod parses itself and leaves undefined is kept only where the input has the key, as zod does.
    const optional = z.object({ note: z.string().optional(), plain: z.string() });
    expect(quickParser(optional).delegated).toEqual(['note']);
    expect(Object.keys(quickParser(optional).parse({ plain: 'a' })!)).toEqual(['plain']);
    expect(Object.keys(quickParser(optional).parse({ plain: 'a', note: undefined })!)).toEqual(['note', 'plain']);
    expect([{ plain: 'a' }, { note: undefined, plain: 'a' }].map((value) => expectAgrees(optional, value))).toEqual([true, true]);
    const bad = [{ code: 'b' }, { mail: 'nope' }, { either: true }, { half: 0.3 }, { tags: ['a'] }, { plain: 'abcd' }];
    expect(bad.map((change) => expectAgrees(schema, { ...good, ...change }))).toEqual([false, false, false, false, false, false]);
  });
});
