/** The hostile corpus for tests: committed small files plus big ones generated into a temp dir. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { BIG, SMALL, writeCorpus, type HostileFile } from '../../../scripts/hostile/generate.mjs';

export const SMALL_DIR = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
export type HostileCase = HostileFile & { big: boolean };
export const CASES: HostileCase[] = [...SMALL.map((f) => ({ ...f, big: false })), ...BIG.map((f) => ({ ...f, big: true }))];

/** Generates the big files once per test file; `pathOf` resolves any case to its file. */
export function useCorpus(): { pathOf(c: HostileCase): string; bigDir(): string } {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'touchline-hostile-'));
    writeCorpus(dir, BIG);
  }, 60_000);
  afterAll(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });
  return { pathOf: (c) => join(c.big ? dir : SMALL_DIR, c.name), bigDir: () => dir };
}

/** A sentence a user understands: no stack, no "undefined", no "[object Object]", one line. */
export function expectUserText(text: string, minLength = 6): void {
  expect(text.trim().length).toBeGreaterThanOrEqual(minLength);
  expect(text).not.toMatch(/undefined|\[object Object\]|\bat \S+:\d+:\d+|\b(Syntax|Type|Range)Error\b|\bnull\b(?!\.touchline)/);
  expect(text).not.toContain('\n');
}

/** Time spent per file, printed at the end (the repo rule is: measure, do not assert timing). */
export function timingReport(title: string): (name: string, ms: number) => void {
  const timings: [string, number][] = [];
  afterAll(() => {
    timings.sort((a, b) => b[1] - a[1]);
    const rows = timings.slice(0, 8).map(([n, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${n}`);
    console.log(`${title}: ${timings.length} files, max ${timings[0]?.[1].toFixed(1)} ms\n${rows.join('\n')}`);
  });
  return (name, ms) => { timings.push([name, ms]); };
}
