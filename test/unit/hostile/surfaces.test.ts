// @vitest-environment node
/**
 * The hostile corpus through the other ways in: the CLI (in-process and one
 * spawned run over every file) and the main process's readProjectFile.
 */
import { spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { processIo, type CliIo } from '../../../electron/cli/io.ts';
import { runCli } from '../../../electron/cli/main.ts';
import { readProjectFile, type ReadFs } from '../../../electron/services/projectFiles.ts';
import { CASES, expectUserText, timingReport, useCorpus, type HostileCase } from './corpus.ts';

const corpus = useCorpus();
const record = timingReport('readProjectFile over the hostile corpus');
const refused = (c: HostileCase) => c.expect !== 'accepted';

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), stderr: (l) => err.push(l), readFile: processIo.readFile };
}

describe('touchline validate (in-process)', () => {
  it.each(CASES)('$name', async (c) => {
    const io = capture();
    const path = corpus.pathOf(c);
    const code = await runCli(['validate', path], io);
    if (!refused(c)) {
      expect({ code, out: io.out, err: io.err }).toEqual({ code: 0, out: [`${path}: ok`], err: [] });
      return;
    }
    expect(code).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]!.startsWith(`${path}: `)).toBe(true);
    expectUserText(io.err[0]!.slice(path.length + 2));
  });
});

describe('touchline validate (spawned, whole corpus)', () => {
  it('exits 1 with one clean line per refused file and "ok" for the accepted ones', () => {
    const paths = CASES.map((c) => corpus.pathOf(c));
    const run = spawnSync(process.execPath, ['scripts/touchline.mjs', 'validate', ...paths], { encoding: 'utf8', timeout: 90_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const errLines = run.stderr.trimEnd().split('\n');
    const outLines = run.stdout.trimEnd().split('\n');
    expect(outLines.sort()).toEqual(CASES.filter((c) => !refused(c)).map((c) => `${corpus.pathOf(c)}: ok`).sort());
    expect(errLines).toHaveLength(CASES.filter(refused).length);
    for (const c of CASES.filter(refused)) {
      const lines = errLines.filter((l) => l.startsWith(`${corpus.pathOf(c)}: `));
      expect(lines, c.name).toHaveLength(1);
      expectUserText(lines[0]!.slice(corpus.pathOf(c).length + 2));
    }
  }, 120_000);
});

describe('readProjectFile (main process)', () => {
  it.each(CASES)('$name', async (c) => {
    const started = performance.now();
    const result = await readProjectFile(corpus.pathOf(c));
    record(c.name, performance.now() - started);
    if (!refused(c)) {
      expect(result.ok).toBe(true);
      return;
    }
    if (result.ok) throw new Error(`expected ${c.name} to be refused`);
    expect(result.error.code).toBe('load-failed');
    expectUserText(result.error.message);
    // Invalid UTF-8 (binary, UTF-16) is refused by the strict decoder before JSON: same code, other wording.
    expect(result.error.load?.code).toBe(c.expect);
  });

  it('checks the size of the 60 MB file on the open handle and never reads it', async () => {
    const readFile = vi.fn();
    const fs: ReadFs = {
      open: async (path, flags) => {
        const handle = await nodeFs.open(path, flags);
        return { stat: () => handle.stat(), readFile: () => { readFile(); return handle.readFile(); }, close: () => handle.close() };
      },
    };
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await readProjectFile(`${corpus.bigDir()}/big-60mb.touchline`, fs);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(16 * 1024 * 1024);
    expect(readFile).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'load-failed', load: { code: 'too-large' } } });
  });
});
