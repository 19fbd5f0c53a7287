import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Project } from '../../../shared/domain/model.ts';
import { ProjectSchema } from '../../../shared/domain/schema.ts';
import { CURRENT_VERSION, MAX_DEPTH, MAX_FILE_BYTES } from '../../../shared/file/format.ts';
import { loadProjectText, type LoadResult } from '../../../shared/file/load.ts';
import { serializeProject } from '../../../shared/file/save.ts';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/projects/${name}`, import.meta.url)), 'utf8');
const load = (name: string) => loadProjectText(read(name));

function expectError(result: LoadResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}
function expectProject(result: LoadResult): Project {
  if (!result.ok) throw new Error(`expected the file to load: ${result.error.message}`);
  return result.project;
}

describe('valid files', () => {
  it('loads a minimal v1 file', () => {
    const result = load('minimal-v1.touchline');
    const project = expectProject(result);
    expect(project.id).toBe('prj_minimal');
    expect(project.journeys).toHaveLength(1);
    expect(result).toMatchObject({ migratedFrom: null, applied: [] });
  });

  it('loads the frozen v1 copy of the sample', () => {
    const project = expectProject(load('sample-coffee-loyalty-v1.touchline'));
    expect(project.journeys[0]!.touchpoints.length).toBeGreaterThanOrEqual(14);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(read('bom.touchline').charCodeAt(0)).toBe(0xfeff);
    expect(expectProject(load('bom.touchline')).id).toBe('prj_small');
  });
});

describe('damaged files', () => {
  it('refuses an empty file', () => {
    const error = expectError(load('empty.touchline'));
    expect(error.code).toBe('not-json');
    expect(error.problems[0]).toMatchObject({ path: 'line 1, column 1' });
    expect(error.problems[0]!.message).toContain('the file ends too early');
  });

  it('refuses a truncated file, pointing at its end', () => {
    const text = read('truncated.touchline');
    const lines = text.split('\n');
    const error = expectError(loadProjectText(text));
    expect(error.code).toBe('not-json');
    expect(error.problems[0]!.path).toBe(`line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`);
    expect(error.message).toContain('ends too early');
  });

  it('refuses text that is not JSON', () => {
    const error = expectError(load('not-json.touchline'));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/line 1, column 1: unexpected character "T"/);
  });

  it('gives the right line and column for a syntax error', () => {
    const error = expectError(load('syntax-error.touchline'));
    expect(error.code).toBe('not-json');
    // line 4 is `  "app": ...` after `"version": 1` with no comma: the quote at column 3 is unexpected.
    expect(error.problems).toEqual([{ path: 'line 4, column 3', message: 'not valid JSON at line 4, column 3: unexpected character """' }]);
  });

  it('counts columns on the right line for errors deep in a file', () => {
    const text = serializeProject(expectProject(load('small-v1.touchline')));
    const lines = text.split('\n');
    const target = lines.findIndex((l) => l.includes('"title": "Website"'));
    lines[target] = lines[target]!.replace('"Website"', '"Website" x');
    const column = lines[target]!.indexOf(' x') + 2;
    expect(expectError(loadProjectText(lines.join('\n'))).problems[0]!.path).toBe(`line ${target + 1}, column ${column}`);
  });
});

describe('envelope and version', () => {
  it('refuses a wrong format tag', () => {
    const error = expectError(load('wrong-format.touchline'));
    expect(error.code).toBe('not-touchline');
    expect(error.problems).toEqual([{ path: 'format', message: 'its format tag is "journeymap", not "touchline"' }]);
  });

  it('refuses a file without a format tag', () => {
    const error = expectError(load('missing-format.touchline'));
    expect(error.code).toBe('not-touchline');
    expect(error.message).toContain('no "format": "touchline" tag');
  });

  it('refuses a JSON value that is not an object', () => {
    for (const text of ['[]', 'null', '42', '"touchline"']) expect(expectError(loadProjectText(text)).code).toBe('not-touchline');
  });

  it('says a newer version was made by a newer Touchline', () => {
    const error = expectError(load('newer-version.touchline'));
    expect(error.code).toBe('too-new');
    expect(error.message).toContain('newer Touchline');
    expect(error.message).toContain('99');
    expect(error.message).toContain(`reads up to ${CURRENT_VERSION}`);
  });

  it.each(['version-0.touchline', 'version-string.touchline', 'version-fraction.touchline'])('refuses %s', (name) => {
    const error = expectError(load(name));
    expect(error.code).toBe('unsupported-version');
    expect(error.problems).toEqual([{ path: 'version', message: 'must be a whole number of 1 or more' }]);
  });
});

describe('schema and invariants', () => {
  it('names the path of a bad enum value', () => {
    const error = expectError(load('bad-enum.touchline'));
    expect(error.code).toBe('invalid');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.path).toBe('journeys[0].touchpoints[0].channel');
    expect(error.problems[0]!.message).toMatch(/^must be one of "web", "mobile-app"/);
    expect(error.problems[0]!.message).not.toContain('telepathy');
  });

  it('tells a wrong type from a missing field', () => {
    expect(expectError(load('bad-stage-name.touchline')).problems).toEqual([{ path: 'journeys[0].stages[2].name', message: 'must be a string' }]);
    const envelope = JSON.parse(read('small-v1.touchline'));
    delete envelope.project.journeys[0].stages[2].name;
    expect(expectError(loadProjectText(JSON.stringify(envelope))).problems).toEqual([{ path: 'journeys[0].stages[2].name', message: 'is missing (expected string)' }]);
  });

  it('refuses a touchpoint whose stage does not exist', () => {
    const error = expectError(load('dangling-stage.touchline'));
    expect(error.code).toBe('inconsistent');
    expect(error.problems).toEqual([{ path: 'journeys[0].touchpoints[0].stageId', message: 'refers to stage "stg_missing", which does not exist' }]);
  });

  it('refuses a friction point whose touchpoint does not exist', () => {
    const error = expectError(load('dangling-friction.touchline'));
    expect(error.code).toBe('inconsistent');
    expect(error.problems).toEqual([{ path: 'journeys[0].frictions[0].touchpointId', message: 'refers to touchpoint "tp_missing", which does not exist' }]);
  });

  it('refuses duplicate ids', () => {
    const error = expectError(load('duplicate-id.touchline'));
    expect(error.code).toBe('inconsistent');
    expect(error.problems[0]).toEqual({ path: 'journeys[0].stages[1].id', message: 'duplicate id "stg_discover" (also used at journeys[0].stages[0].id)' });
  });
});

describe('hostile input', () => {
  it.each([
    ['proto-key.touchline', '__proto__'],
    ['constructor-key.touchline', 'constructor'],
  ])('refuses %s without polluting Object.prototype', (name, key) => {
    const error = expectError(load(name));
    expect(error.code).toBe('invalid');
    expect(error.problems).toEqual([{ path: `project.workshop.${key}`, message: `the key "${key}" is not allowed` }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a "prototype" key anywhere', () => {
    const text = read('small-v1.touchline').replace('"personas": []', '"personas": [{ "prototype": {} }]');
    expect(expectError(loadProjectText(text)).problems[0]).toMatchObject({ message: 'the key "prototype" is not allowed' });
  });

  it('refuses 10,000-deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = read('minimal-v1.touchline').replace('"participants": []', `"participants": ${deep}`);
    const error = expectError(loadProjectText(text));
    expect(error.code).toBe('invalid');
    expect(error.problems[0]!.message).toBe('is nested deeper than any Touchline project');
    expect(error.problems[0]!.path.length).toBeLessThan(MAX_DEPTH * 8);
  });

  it('refuses text over the size cap before parsing', () => {
    const text = `${read('minimal-v1.touchline')}${' '.repeat(MAX_FILE_BYTES)}`;
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES);
    const error = expectError(loadProjectText(text));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('20 MB');
  });
});

/** Rebuild every object with its keys in a shuffled (but seeded, so repeatable) order. */
function shuffleKeys(value: unknown, seed = { n: 7 }): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    seed.n = (seed.n * 1103515245 + 12345) % 2 ** 31;
    const j = seed.n % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, seed)]));
}

describe('serialisation', () => {
  it.each(['minimal-v1.touchline', 'small-v1.touchline', 'sample-coffee-loyalty-v1.touchline'])('round-trips %s: serialise → load gives an equal project', (name) => {
    const project = expectProject(load(name));
    const text = serializeProject(project);
    expect(expectProject(loadProjectText(text))).toEqual(project);
    expect(serializeProject(expectProject(loadProjectText(text)))).toBe(text);
  });

  it('is pretty-printed with two spaces and a final newline, envelope first', () => {
    const text = serializeProject(expectProject(load('minimal-v1.touchline')));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "format": "touchline",', `  "version": ${CURRENT_VERSION},`, '  "app": "Touchline 0.1.0",']);
  });

  it('writes keys in a stable order whatever order the object has', () => {
    const project = expectProject(load('sample-coffee-loyalty-v1.touchline'));
    const shuffled = shuffleKeys(project) as Project;
    expect(Object.keys(shuffled)).not.toEqual(Object.keys(project));
    expect(serializeProject(shuffled)).toBe(serializeProject(project));
  });
});

describe('validation speed', () => {
  // The desktop main process validates every save in Node; compiled parsers halve that time on a big
  // project. (The renderer runs them interpreted: the end-to-end guard fails on any CSP violation.)
  it('compiles the schema\'s parsers in Node, where eval is allowed', () => {
    expect(z.config().jitless).toBe(false);
  });

  it('loads a valid file without zod\'s parse (the quick parser answers), and a broken one with zod\'s messages', () => {
    const zodParse = vi.spyOn(ProjectSchema, 'safeParse');
    expectProject(load('sample-coffee-loyalty-v1.touchline'));
    expect(zodParse).not.toHaveBeenCalled();
    expect(expectError(load('bad-enum.touchline')).problems[0]!.path).toBe('journeys[0].touchpoints[0].channel');
    expect(zodParse).toHaveBeenCalledTimes(1);
    zodParse.mockRestore();
  });
});

