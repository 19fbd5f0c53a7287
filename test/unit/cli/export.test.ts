import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCommand, parseExportArgs } from '../../../electron/cli/export.ts';
import { readProjectFile, type CliIo } from '../../../electron/cli/io.ts';
import { runCli } from '../../../electron/cli/main.ts';
import { exportProject } from '../../../shared/export/index.ts';
import { loadProjectText } from '../../../shared/file/load.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = join(ROOT, 'assets/samples/coffee-loyalty.touchline');
const tmp = mkdtempSync(join(tmpdir(), 'touchline-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run { code: number; out: string[]; err: string[] }
const io = (out: string[], err: string[]): CliIo => ({ stdout: (l) => out.push(l), stderr: (l) => err.push(l), readFile: readProjectFile });
async function run(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  return { code: await runCli(argv, io(out, err)), out, err };
}
/** What stdout received: every line plus the newline io.stdout adds. */
const stdoutText = (r: Run) => r.out.map((l) => `${l}\n`).join('');
const sample = (() => {
  const r = loadProjectText(readFileSync(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error('sample');
  return r.project;
})();
const expected = (format: Parameters<typeof exportProject>[1], options = {}) => {
  const r = exportProject(sample, format, { appVersion: '0.1.0', ...options });
  if (!r.ok) throw new Error(r.error);
  return r.text;
};

describe('touchline export', () => {
  it.each(['json', 'roadmap-json', 'roadmap-csv', 'mermaid', 'canvas', 'decisions-md', 'decisions-csv'] as const)('--format %s writes the exact export to stdout', async (format) => {
    const r = await run(['export', SAMPLE, '--format', format]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(stdoutText(r)).toBe(expected(format));
  });

  it('accepts --format=F, --journey and --persona', async () => {
    const r = await run(['export', '--format=mermaid', '--journey', 'jny_coffee_loyalty', '--persona=per_weekend_sam', SAMPLE]);
    expect(r.code).toBe(0);
    expect(stdoutText(r)).toBe(expected('mermaid', { personaId: 'per_weekend_sam' }));
  });

  it('writes --out through atomicWrite, leaving no temp file', async () => {
    const out = join(tmp, 'roadmap.csv');
    const r = await run(['export', SAMPLE, '--format', 'roadmap-csv', '--out', out]);
    expect(r).toEqual({ code: 0, out: [], err: [] });
    expect(readFileSync(out, 'utf8')).toBe(expected('roadmap-csv'));
    const again = await run(['export', SAMPLE, '--format', 'roadmap-csv', '--out', out]);
    expect(again.code).toBe(0);
    expect(readdirSync(tmp)).toEqual(['roadmap.csv']);
  });

  it('exits 1 with one line when --out cannot be written', async () => {
    const out = join(tmp, 'no-such-folder', 'x.mmd');
    const r = await run(['export', SAMPLE, '--format', 'mermaid', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 for an unknown journey or persona id, and for a bad file', async () => {
    const j = await run(['export', SAMPLE, '--format', 'canvas', '--journey', 'jny_nope']);
    expect(j).toEqual({ code: 1, out: [], err: [`${SAMPLE}: journey "jny_nope" is not in this project (its journeys: jny_coffee_loyalty)`] });
    const p = await run(['export', SAMPLE, '--format', 'mermaid', '--persona', 'per_nope']);
    expect(p.code).toBe(1);
    expect(p.err[0]).toContain('persona "per_nope" is not in this project');
    const missing = await run(['export', join(tmp, 'gone.touchline'), '--format', 'json']);
    expect(missing).toEqual({ code: 1, out: [], err: [`${join(tmp, 'gone.touchline')}: file not found`] });
  });

  it('checks the PNG options before launching anything (the PNG itself is tested end to end)', async () => {
    const r = await run(['export', SAMPLE, '--format', 'png', '--lens', 'sideways']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toBe('touchline: --lens must be marketing, it, combined, not "sideways"');
    const j = await run(['export', SAMPLE, '--format', 'png', '--journey', 'jrn_nope']);
    expect(j.code).toBe(1);
    expect(j.err[0]).toContain('journey "jrn_nope" is not in this project');
  });

  it.each([
    [['export'], 'export needs a FILE'],
    [['export', 'a', 'b', '--format', 'json'], 'export takes exactly one FILE'],
    [['export', 'a'], 'export needs --format (json, roadmap-json, roadmap-csv, mermaid, canvas, decisions-md, decisions-csv)'],
    [['export', 'a', '--format', 'pdf'], 'unknown export format "pdf" (use json, roadmap-json, roadmap-csv, mermaid, canvas, decisions-md, decisions-csv)'],
    [['export', 'a', '--format'], '--format needs a value'],
    [['export', 'a', '--format', 'json', '--format', 'csv'], '--format is given more than once'],
    [['export', 'a', '--format', 'json', '--strict'], 'unknown option "--strict"'],
    [['export', 'a', '--format', 'json', '--scale', 'big'], '--scale must be a number above 0 and at most 8, not "big"'],
  ])('%j → exit 2 with a usage message', async (argv, message) => {
    const r = await run(argv);
    expect(r).toEqual({ code: 2, out: [], err: [`touchline: ${message}`, 'Run "touchline --help" for usage.'] });
  });

  it('lists export in the help', async () => {
    const r = await run(['--help']);
    expect(r.out.join('\n')).toContain('export FILE --format json|roadmap-json|roadmap-csv|mermaid|canvas|decisions-md|decisions-csv');
    expect((await run(['export', '--help'])).out.join('\n')).toMatch(/^Usage: touchline/);
  });

  it('accepts --lens and --scale for every format (they matter only to PNG)', () => {
    expect(parseExportArgs(['f', '--format', 'canvas', '--lens', 'it', '--scale', '1.5'])).toEqual({ file: 'f', format: 'canvas', lens: 'it', scale: 1.5 });
  });

  it('a failing writer leaves stdout empty and reports one line', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await exportCommand([SAMPLE, '--format', 'json', '--out', 'x.touchline'], io(out, err), { appVersion: '0.1.0', write: async () => { throw new Error('The disk is full.\n    at x'); } });
    expect({ code, out, err }).toEqual({ code: 1, out: [], err: ['x.touchline: The disk is full.'] });
  });
});

describe('touchline export, decision log', () => {
  it('--format decisions-csv --out writes one record per note, BOM and CRLF included', async () => {
    const out = join(tmp, 'decisions.csv');
    const r = await run(['export', SAMPLE, '--format', 'decisions-csv', '--journey', 'jny_coffee_loyalty', '--out', out]);
    expect(r).toEqual({ code: 0, out: [], err: [] });
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(expected('decisions-csv'));
    expect(text.startsWith('\uFEFFStage,Element Type,Element,Status,Thread,Resolved,Author,Role,Time,Note\r\n')).toBe(true);
    const notes = sample.journeys[0]!.threads.reduce((n, t) => n + t.notes.length, 0);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(notes + 1);
    rmSync(out);
  });

  it('--format decisions-md prints the Markdown log, dated by the project\'s updatedAt', async () => {
    const r = await run(['export', SAMPLE, '--format=decisions-md']);
    expect(r.code).toBe(0);
    const text = stdoutText(r);
    expect(text.startsWith('# Decision log: Bean & Brew — omnichannel loyalty\n')).toBe(true);
    expect(text).toContain('\n**As of:** 2026-02-19 16:45 UTC\n');
  });
});

describe('touchline stats, annotations', () => {
  it('counts every note of every thread of the sample as an annotation', async () => {
    const r = await run(['stats', SAMPLE]);
    expect(r.code).toBe(0);
    const notes = sample.journeys.flatMap((j) => j.threads).reduce((n, t) => n + t.notes.length, 0);
    expect(notes).toBe(11);
    expect(sample.journeys[0]!.threads).toHaveLength(4);
    expect((JSON.parse(r.out.join('\n')) as { annotations: number }).annotations).toBe(notes);
  });
});

describe('the real launcher', () => {
  it('node scripts/touchline.mjs export prints the CSV byte for byte and exits 0', () => {
    const r = spawnSync(process.execPath, ['scripts/touchline.mjs', 'export', 'assets/samples/coffee-loyalty.touchline', '--format', 'roadmap-csv'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected('roadmap-csv'));
    const bad = spawnSync(process.execPath, ['scripts/touchline.mjs', 'export', 'assets/samples/coffee-loyalty.touchline', '--format', 'roadmap-csv', '--journey', 'nope'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
  });
});
