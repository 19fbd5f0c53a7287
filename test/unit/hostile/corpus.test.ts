// @vitest-environment node
/**
 * Every file of the hostile corpus through the shared loader: refused with a
 * typed LoadError whose text a user understands and that names the problem —
 * or, for the documented accepted cases, loaded unchanged (after the repair).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { ProjectSchema } from '../../../shared/domain/schema.ts';
import { checkInvariants } from '../../../shared/domain/invariants.ts';
import { formatLoadError } from '../../../shared/file/errors.ts';
import { MAX_FILE_BYTES } from '../../../shared/file/format.ts';
import { loadProjectText } from '../../../shared/file/load.ts';
import { DATA_URL, RTL_EMOJI } from '../../../scripts/hostile/generate.mjs';
import { CASES, expectUserText, SMALL_DIR, timingReport, useCorpus } from './corpus.ts';

const corpus = useCorpus();
const record = timingReport('loadProjectText over the hostile corpus');
const snapshot = () => [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());
const prototypesBefore = snapshot();

/** What the documented accepted cases must look like after loading. */
const ACCEPTED: Record<string, (text: string, project: Project) => void> = {
  // Repair: a UTF-8 byte-order mark is dropped; nothing else changes.
  'bom-utf8.touchline': (text, project) => expect(project).toEqual(JSON.parse(text.slice(1)).project),
  // Escaped control characters are text: kept as they are (React renders them as text, the CLI prints JSON).
  'control-chars-escaped.touchline': (_t, project) => expect(project.name).toBe('Bell\u0007 and escape\u001b[31mred'),
  // Right-to-left, bidi controls and emoji are valid text: loaded unchanged.
  'rtl-emoji-names.touchline': (_t, project) => {
    expect(project.name).toBe(RTL_EMOJI);
    expect(project.journeys[0]!.stages[0]!.name).toBe(RTL_EMOJI);
    expect(project.personas[0]!.name).toBe('👩‍👩‍👧‍👦');
  },
  // Rule: names are plain text, never HTML or a URL to follow, so a data: or javascript: "URL" is just text.
  'data-url-names.touchline': (_t, project) => {
    expect(project.journeys[0]!.touchpoints[0]!.title).toBe(DATA_URL);
    expect(project.systems[0]!.link).toBe('javascript:alert(1)');
  },
};

describe('the corpus', () => {
  it('holds at least 30 files, and every committed file has an expectation', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(readdirSync(SMALL_DIR).sort()).toEqual(CASES.filter((c) => !c.big).map((c) => c.name).sort());
    expect(CASES.filter((c) => c.expect === 'accepted').map((c) => c.name).sort()).toEqual(Object.keys(ACCEPTED).sort());
  });
});

describe('loadProjectText', () => {
  it.each(CASES)('$name → $expect', (c) => {
    const text = readFileSync(corpus.pathOf(c), 'utf8');
    const started = performance.now();
    const result = loadProjectText(text);
    record(c.name, performance.now() - started);
    if (c.expect === 'accepted') {
      if (!result.ok) throw new Error(`expected ${c.name} to load: ${formatLoadError(result.error)}`);
      expect(ProjectSchema.safeParse(result.project).success).toBe(true);
      expect(checkInvariants(result.project)).toEqual([]);
      ACCEPTED[c.name]!(text, result.project);
      return;
    }
    if (result.ok) throw new Error(`expected ${c.name} to be refused`);
    const { error } = result;
    expect(error.code).toBe(c.expect);
    expectUserText(error.message);
    for (const p of error.problems) {
      expectUserText(p.path, 1);
      expectUserText(p.message);
    }
    expect(formatLoadError(error)).toMatch(new RegExp(c.mention));
  });
});

describe('bounded work', () => {
  it('refuses the 60 MB file before parsing it, without copying it', () => {
    const text = readFileSync(`${corpus.bigDir()}/big-60mb.touchline`, 'utf8');
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    const heapBefore = process.memoryUsage().heapUsed;
    const result = loadProjectText(text);
    const growth = process.memoryUsage().heapUsed - heapBefore;
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(growth).toBeLessThan(16 * 1024 * 1024);
  });

  it.each(['deep-10000-objects.touchline', 'deep-10000-arrays.touchline', 'proto-deep.touchline', 'constructor-key.touchline'])(
    '%s is refused by the JSON walk: the schema never sees it',
    (name) => {
      const c = CASES.find((x) => x.name === name)!;
      const schema = vi.spyOn(ProjectSchema, 'safeParse');
      expect(loadProjectText(readFileSync(corpus.pathOf(c), 'utf8')).ok).toBe(false);
      expect(schema).not.toHaveBeenCalled();
      schema.mockRestore();
    },
  );
});

describe('prototype pollution', () => {
  it('no prototype gained or lost a property after the whole corpus', () => {
    for (const c of CASES.filter((x) => !x.big)) loadProjectText(readFileSync(corpus.pathOf(c), 'utf8'));
    expect(snapshot()).toEqual(prototypesBefore);
    const probe = {} as Record<string, unknown>;
    expect([probe.polluted, probe.isAdmin]).toEqual([undefined, undefined]);
  });
});
