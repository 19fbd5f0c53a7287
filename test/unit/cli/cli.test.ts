import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../shared/analysis/alignment.ts';
import { projectStats } from '../../../shared/analysis/stats.ts';
import { loadProjectText } from '../../../shared/file/load.ts';
import { MAX_FILE_BYTES } from '../../../shared/file/format.ts';
import { readProjectFile, type CliIo } from '../../../electron/cli/io.ts';
import { runCli } from '../../../electron/cli/main.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIX = 'test/fixtures/projects';
const fixture = (name: string) => join(ROOT, FIX, name);
const SAMPLE = fixture('sample-coffee-loyalty-v1.touchline');
const MINIMAL = fixture('minimal-v1.touchline');

interface Run { code: number; out: string[]; err: string[] }

async function run(argv: string[], readFile: CliIo['readFile'] = readProjectFile): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), readFile });
  return { code, out, err };
}

const noStack = (lines: string[]) => expect(lines.join('\n')).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);

const tmp = mkdtempSync(join(tmpdir(), 'touchline-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('touchline validate', () => {
  it('prints "FILE: ok" and exits 0 when every file is valid', async () => {
    const r = await run(['validate', SAMPLE, MINIMAL]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([`${SAMPLE}: ok`, `${MINIMAL}: ok`]);
    expect(r.err).toEqual([]);
  });

  it('prints one "FILE: PATH: what is wrong" line per problem and exits 1', async () => {
    const r = await run(['validate', 'broken.touchline'], async () => readFileSync(fixture('bad-stage-name.touchline'), 'utf8'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['broken.touchline: journeys[0].stages[2].name: must be a string']);
  });

  it('names the enum path and the allowed values', async () => {
    const f = fixture('bad-enum.touchline');
    const r = await run(['validate', f]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: journeys\\[0\\]\\.touchpoints\\[0\\]\\.channel: must be one of "web"`));
  });

  it('reports dangling references and duplicate ids with their paths', async () => {
    const r = await run(['validate', fixture('dangling-stage.touchline'), fixture('duplicate-id.touchline')]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${fixture('dangling-stage.touchline')}: journeys[0].touchpoints[0].stageId: refers to stage "stg_missing", which does not exist`,
      `${fixture('duplicate-id.touchline')}: journeys[0].stages[1].id: duplicate id "stg_discover" (also used at journeys[0].stages[0].id)`,
    ]);
  });

  it('uses the LoadError message when there are no problem details (newer version)', async () => {
    const r = await run(['validate', fixture('newer-version.touchline')]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/newer-version\.touchline: This file was made by a newer Touchline \(file format 99/);
  });

  it('gives line and column for JSON syntax errors, once', async () => {
    const r = await run(['validate', 'x.touchline'], async () => readFileSync(fixture('syntax-error.touchline'), 'utf8'));
    expect(r.err).toEqual(['x.touchline: line 4, column 3: not valid JSON: unexpected character """']);
  });

  it('keeps going after a bad file: ok lines for good files, exit 1 overall', async () => {
    const r = await run(['validate', MINIMAL, fixture('wrong-format.touchline'), SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([`${MINIMAL}: ok`, `${SAMPLE}: ok`]);
    expect(r.err).toEqual([`${fixture('wrong-format.touchline')}: format: its format tag is "journeymap", not "touchline"`]);
  });

  it('reports a missing file as a problem line, without a stack trace', async () => {
    const missing = join(tmp, 'nope.touchline');
    const r = await run(['validate', missing]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${missing}: file not found`]);
    noStack(r.err);
  });

  it('reports a folder as a problem line', async () => {
    const r = await run(['validate', tmp]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${tmp}: is a folder, not a file`]);
  });

  it('refuses an oversized file from its size alone, before reading it', async () => {
    const big = join(tmp, 'big.touchline');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no 20 MB write needed
    const r = await run(['validate', big]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/big\.touchline: is too large to be a Touchline project \(20\.0 MB; the limit is 20 MB\)$/);
  });

  it('turns any read failure into one line', async () => {
    const r = await run(['validate', 'a.touchline'], async () => { throw new Error('disk on fire\n    at somewhere (x.ts:1:1)'); });
    expect(r).toEqual({ code: 1, out: [], err: ['a.touchline: disk on fire'] });
  });

  it('accepts files after "--" even when they start with a dash', async () => {
    const r = await run(['validate', '--', '-odd.touchline'], async () => readFileSync(MINIMAL, 'utf8'));
    expect(r).toEqual({ code: 0, out: ['-odd.touchline: ok'], err: [] });
  });
});

describe('touchline stats', () => {
  // Counts as designed for each bundled journey (see scripts/content), not recomputed by the code under test.
  it.each([
    ['assets/templates/b2c-ecommerce-purchase.touchline', { stages: 5, touchpoints: 14, frictions: 5, opportunities: 3, personas: 2, votes: 0 }],
    ['assets/templates/b2b-saas-onboarding.touchline', { stages: 5, touchpoints: 15, frictions: 5, opportunities: 3, personas: 2, votes: 0 }],
    ['assets/templates/coffee-loyalty.touchline', { stages: 5, touchpoints: 16, frictions: 7, opportunities: 4, personas: 2, votes: 0 }],
    ['assets/samples/coffee-loyalty.touchline', { stages: 5, touchpoints: 16, frictions: 7, opportunities: 4, personas: 2, votes: 25 }],
  ])('counts %s', async (file, expected) => {
    const r = await run(['stats', join(ROOT, file)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ journeys: 1, ...expected });
  });

  it('prints projectStats, then coverage and alignmentScore, as pretty JSON', async () => {
    const r = await run(['stats', SAMPLE]);
    expect(r.code).toBe(0);
    const loaded = loadProjectText(readFileSync(SAMPLE, 'utf8'));
    if (!loaded.ok) throw new Error('sample fixture must load');
    const printed = JSON.parse(r.out.join('\n')) as Record<string, unknown>;
    expect(r.out.join('\n')).toBe(JSON.stringify(printed, null, 2));
    expect(printed).toMatchObject(projectStats(loaded.project) as unknown as Record<string, unknown>);
    expect(Object.keys(printed)).toEqual([
      'journeys', 'stages', 'touchpoints', 'frictions', 'opportunities', 'personas', 'systems', 'dataLinks', 'connections', 'votes', 'annotations',
      'coverage', 'alignmentScore',
    ]);
  });

  it('prints the same coverage and alignment score as analyzeJourney for the sample', async () => {
    const r = await run(['stats', SAMPLE]);
    const loaded = loadProjectText(readFileSync(SAMPLE, 'utf8'));
    if (!loaded.ok) throw new Error('sample fixture must load');
    const analysis = analyzeJourney(loaded.project, loaded.project.journeys[0]!.id)!;
    const printed = JSON.parse(r.out.join('\n')) as { coverage: { overall: number; byStage: Record<string, number | null> }; alignmentScore: number };
    expect(printed.alignmentScore).toBe(analysis.score);
    expect(printed.coverage.overall).toBe(analysis.coverage.overall);
    expect(printed.coverage.byStage).toEqual(Object.fromEntries(analysis.coverage.byStage.map((s) => [s.stageId, s.coverage])));
    // Hand-checked: 13 of 16 touchpoints linked; (3×56.67 + 3×95 + 3×33.33 + 3×80 + 4×86.25) / 16 = 71.25.
    expect(printed.coverage.overall).toBe(13 / 16);
    expect(printed.alignmentScore).toBe(71);
    expect(Object.keys(printed.coverage.byStage)).toEqual(['stg_discover', 'stg_order_ahead', 'stg_pickup', 'stg_rewards', 'stg_offers']);
    expect(printed.coverage.byStage['stg_pickup']).toBeCloseTo(1 / 3, 12);
  });

  it('prints coverage 0 and score 0 for a project without stages or touchpoints', async () => {
    const r = await run(['stats', MINIMAL]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out.join('\n')) as { coverage: { overall: number; byStage: Record<string, number | null> }; alignmentScore: number; touchpoints: number };
    expect(printed.touchpoints).toBe(0);
    expect(printed.coverage.overall).toBe(0);
    expect(printed.coverage.byStage).toEqual({});
    expect(printed.alignmentScore).toBe(0);
  });

  it('exits 1 with one clear line for a bad file', async () => {
    const f = fixture('dangling-friction.touchline');
    const r = await run(['stats', f]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([`${f}: The project file refers to things that are not in it: journeys[0].frictions[0].touchpointId: refers to touchpoint "tp_missing", which does not exist`]);
  });

  it('exits 1 for a missing file', async () => {
    const r = await run(['stats', join(tmp, 'gone.touchline')]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${join(tmp, 'gone.touchline')}: file not found`]);
  });
});

describe('usage, help and version', () => {
  it.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['validate'], 'validate needs at least one FILE'],
    [['stats'], 'stats needs a FILE'],
    [['stats', 'a', 'b'], 'stats takes exactly one FILE'],
    [['validate', '--strict', 'a'], 'unknown option "--strict"'],
    [['--nope'], 'unknown option "--nope"'],
  ])('%j → exit 2 with a short usage message', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([`touchline: ${message}`, 'Run "touchline --help" for usage.']);
  });

  it.each([['--help'], ['-h'], ['help'], ['validate', '--help']])('%s prints the usage and exits 0', async (...argv) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/^Usage: touchline <command>/);
    expect(r.out.join('\n')).toContain('validate FILE...');
    expect(r.err).toEqual([]);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = await run([flag]);
      expect(r).toEqual({ code: 0, out: [`touchline ${pkg.version}`], err: [] });
    }
  });
});

describe('the real launcher (node scripts/touchline.mjs, no build step)', () => {
  const launch = (...args: string[]) => spawnSync(process.execPath, ['scripts/touchline.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });

  it('validates good and bad files with the right exit codes and output', () => {
    const good = launch('validate', `${FIX}/minimal-v1.touchline`);
    expect(good.status).toBe(0);
    expect(good.stdout).toBe(`${FIX}/minimal-v1.touchline: ok\n`);
    const bad = launch('validate', `${FIX}/bad-stage-name.touchline`, `${FIX}/nope.touchline`);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`${FIX}/bad-stage-name.touchline: journeys[0].stages[2].name: must be a string\n${FIX}/nope.touchline: file not found\n`);
  });

  it('prints stats as JSON and exits 2 on a usage error', () => {
    const stats = launch('stats', 'assets/samples/coffee-loyalty.touchline');
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ journeys: 1, stages: 5, alignmentScore: 71, coverage: { overall: 0.8125 } });
    const usage = launch('stats');
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^touchline: stats needs a FILE\n/);
  });
});
