/**
 * Fuzzing the loader: valid files (the frozen sample, the bundled templates,
 * a minimal file, the hostile-corpus base) damaged by fast-check — byte
 * flips, truncations, inserted/deleted JSON tokens, values swapped between
 * fields, numbers replaced by NaN/huge/negative, duplicated array items,
 * renamed keys. The loader must never throw; whatever loads must pass the
 * schema and the invariants. Checked again against the undamaged project (as
 * a save is checked against the last one), the answer must be the same as
 * checked alone, and the quick parser built from the schema answers as zod
 * does. 500 runs by default, `npm run fuzz` for 10,000.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../shared/domain/invariants.ts';
import { ProjectSchema } from '../../../shared/domain/schema.ts';
import { LOAD_ERROR_TITLES, type LoadErrorCode } from '../../../shared/file/errors.ts';
import { loadProjectText, loadProjectValue } from '../../../shared/file/load.ts';
import { ProjectPrinter } from '../../../shared/file/printer.ts';
import { quickParser } from '../../../shared/file/quickParse.ts';
import { serializeParsedProject } from '../../../shared/file/save.ts';
import { envelope, richProject } from '../../../scripts/hostile/base.mjs';

const RUNS = Number(process.env.FUZZ_RUNS) || 500;
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const SEEDS = [
  read('test/fixtures/projects/sample-coffee-loyalty-v1.touchline'),
  read('test/fixtures/projects/minimal-v1.touchline'),
  read('test/fixtures/projects/small-v1.touchline'),
  read('assets/templates/b2b-saas-onboarding.touchline'),
  read('assets/templates/b2c-ecommerce-purchase.touchline'),
  JSON.stringify(envelope(richProject()), null, 2),
];
const TOKENS = ['{', '}', '[', ']', ',', ':', '"', 'null', 'true', '0', '-1', '1e308', '-1e999', 'NaN', '"__proto__"', '\u0000', '\uFEFF', '\\'];
const NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e999', '-1', '-0', '0.5', '9007199254740993', '1e-320'];

type Json = unknown;
type Mutation =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'number'; at: number; value: string }
  | { kind: 'duplicate'; at: number }
  | { kind: 'rename'; at: number; to: string };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, char: fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), fc.constantFrom('"', '{', '\u0000', '\uFFFD', '\uD800')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insert' as const), at: position, token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: position, b: position }),
  fc.record({ kind: fc.constant('number' as const), at: position, value: fc.constantFrom(...NUMBERS) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position }),
  fc.record({ kind: fc.constant('rename' as const), at: position, to: fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'stageId', 'x', '') }),
);

/** Every [container, key] slot in a parsed document, in a stable order. */
function slots(root: Json): [Record<string, Json> | Json[], string | number][] {
  const out: [Record<string, Json> | Json[], string | number][] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) value.forEach((v, i) => { out.push([value, i]); stack.push(v); });
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) { out.push([value as Record<string, Json>, k]); stack.push(v); }
    }
  }
  return out;
}

const MARK = '"\u0001fuzz-raw\u0001"';

/** Apply one mutation; structural ones parse, change one slot and re-serialise (raw tokens via a marker). */
function mutate(text: string, m: Mutation): string {
  const at = (n: number, length: number) => (length === 0 ? 0 : n % length);
  switch (m.kind) {
    case 'flip': { const i = at(m.at, text.length); return text.slice(0, i) + m.char + text.slice(i + 1); }
    case 'truncate': return text.slice(0, at(m.at, text.length));
    case 'insert': { const i = at(m.at, text.length + 1); return text.slice(0, i) + m.token + text.slice(i); }
    case 'delete': { const i = at(m.at, text.length); return text.slice(0, i) + text.slice(i + m.length); }
    default: break;
  }
  let doc: Json;
  try { doc = JSON.parse(text); } catch { return text; }
  const all = slots(doc);
  if (all.length === 0) return text;
  const [container, key] = all[at(m.kind === 'swap' ? m.a : m.at, all.length)]!;
  const get = () => (container as Record<string | number, Json>)[key];
  const set = (v: Json) => { (container as Record<string | number, Json>)[key] = v; };
  let raw: string | null = null;
  if (m.kind === 'swap') {
    const [c2, k2] = all[at(m.b, all.length)]!;
    const other = (c2 as Record<string | number, Json>)[k2];
    (c2 as Record<string | number, Json>)[k2] = get();
    set(other);
  } else if (m.kind === 'number') {
    raw = m.value;
    set(MARK);
  } else if (m.kind === 'duplicate') {
    if (Array.isArray(container)) container.splice(key as number, 0, structuredClone(get()));
  } else if (m.kind === 'rename' && !Array.isArray(container)) {
    // Object.defineProperty so "__proto__" becomes a real own key, as JSON.parse would make it.
    const value = get();
    delete container[key as string];
    Object.defineProperty(container, m.to, { value, enumerable: true, writable: true, configurable: true });
  }
  const out = JSON.stringify(doc, null, 1);
  return raw === null ? out : out.replace(MARK, raw);
}

const CODES = new Set(Object.keys(LOAD_ERROR_TITLES) as LoadErrorCode[]);

describe(`loader fuzzing (${RUNS} runs)`, () => {
  it('never throws; refusals are typed with a message, and whatever loads is valid', () => {
    const counts = { loaded: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (seed, mutations) => {
        const text = mutations.reduce(mutate, SEEDS[seed]!);
        const result = loadProjectText(text);
        if (result.ok) {
          counts.loaded++;
          expect(ProjectSchema.safeParse(result.project).success).toBe(true);
          expect(checkInvariants(result.project)).toEqual([]);
        } else {
          counts.refused++;
          expect(CODES.has(result.error.code)).toBe(true);
          expect(typeof result.error.message).toBe('string');
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(Array.isArray(result.error.problems)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`loader fuzzing: ${RUNS} runs, ${counts.loaded} loaded, ${counts.refused} refused`);
    expect(counts.loaded + counts.refused).toBeGreaterThanOrEqual(RUNS);
  });
});

/** The undamaged seeds, loaded (and so migrated to the current version). */
const SEED_PROJECTS = SEEDS.map((text) => {
  const loaded = loadProjectText(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.project;
});

describe(`checking again against the undamaged project (${RUNS} runs)`, () => {
  const PRINTERS = SEED_PROJECTS.map((project) => {
    const printer = new ProjectPrinter((text) => new TextEncoder().encode(text));
    printer.remember(project);
    return printer;
  });

  it('gives exactly what checking alone gives: the same project, key order, refusal and messages', () => {
    const counts = { loaded: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (seed, mutations) => {
        let value: unknown;
        try { value = JSON.parse(mutations.reduce(mutate, SEEDS[seed]!)); } catch { return; }
        const alone = loadProjectValue(value);
        const again = loadProjectValue(value, SEED_PROJECTS[seed]);
        expect(again).toEqual(alone);
        if (alone.ok && again.ok) {
          expect(JSON.stringify(again.project)).toBe(JSON.stringify(alone.project));
          // And printed from the remembered items of the undamaged project, the file is the same.
          expect(new TextDecoder().decode(PRINTERS[seed]!.print(again.project))).toBe(serializeParsedProject(alone.project));
        }
        counts[alone.ok ? 'loaded' : 'refused']++;
      }),
      { numRuns: RUNS },
    );
    console.log(`checking again: ${counts.loaded} loaded, ${counts.refused} refused`);
    expect(counts.loaded).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
  });
});

describe(`the quick parser against zod (${RUNS} runs)`, () => {
  // At the current version, so the damaged value is what the schema sees (no migration in between).
  const CURRENT = SEED_PROJECTS.map((project) => serializeParsedProject(project));
  const quick = quickParser(ProjectSchema);

  it('accepts exactly what zod accepts and returns the same data in the same key order', () => {
    const counts = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat({ max: CURRENT.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (seed, mutations) => {
        let value: unknown;
        try { value = (JSON.parse(mutations.reduce(mutate, CURRENT[seed]!)) as { project?: unknown }).project; } catch { return; }
        const full = ProjectSchema.safeParse(value);
        const answer = quick.parse(value);
        if (full.success) expect(JSON.stringify(answer)).toBe(JSON.stringify(full.data));
        else expect(answer).toBeUndefined();
        counts[full.success ? 'accepted' : 'refused']++;
      }),
      { numRuns: RUNS },
    );
    console.log(`quick parser: ${counts.accepted} accepted, ${counts.refused} refused`);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
  });
});
