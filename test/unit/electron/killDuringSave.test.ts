// @vitest-environment node
/**
 * Crash during save: a child process saves a project through atomicWrite in
 * a loop, alternating between two complete versions A and B (~300 KB each),
 * and is SIGKILLed 100 times — at chosen points (after the temp file is
 * written, around the backup copy, right before and right after the rename)
 * and at random moments. After every kill the file is a complete A or B, and
 * NAME.bak, when present, is a complete previous version. A killed save may
 * leave its hidden `.NAME.<pid>.<random>.tmp` behind; that is expected.
 */
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProjectText } from '../../../shared/file/load.ts';
import type { PausePoint } from '../../helpers/saveChild.ts';
import { tempDir } from './helpers.ts';

const PARALLEL = 4;
type Kill = { at: PausePoint; save: number } | { at: 'random'; delayMs: number };

function trials(): Kill[] {
  const out: Kill[] = [];
  const points: [PausePoint, number][] = [['after-write', 10], ['before-backup', 10], ['after-backup', 10], ['before-rename', 20], ['after-rename', 20]];
  for (const [at, count] of points) for (let i = 0; i < count; i++) out.push({ at, save: 1 + (i % 4) });
  for (let i = 0; i < 30; i++) out.push({ at: 'random', delayMs: Math.floor(Math.random() * 150) });
  return out;
}

/** Two valid, complete, distinguishable project files of a few hundred KB. */
async function versions(): Promise<[Buffer, Buffer]> {
  const sample = JSON.parse(await readFile('test/fixtures/projects/sample-coffee-loyalty-v1.touchline', 'utf8'));
  const make = (label: string, fill: string) => Buffer.from(JSON.stringify({ ...sample, padding: fill.repeat(250_000), project: { ...sample.project, name: `Version ${label}` } }, null, 2));
  return [make('A', 'a'), make('B', 'b')];
}

interface Outcome { kill: Kill; target: Buffer; backup: Buffer | null; leftovers: string[]; problem?: string }

/** The child bundled once into plain JS: a tsx start costs ~0.5 s of CPU, plain node ~50 ms. */
async function bundleChild(dir: string): Promise<string> {
  const outfile = join(dir, 'saveChild.mjs');
  await build({ entryPoints: ['test/helpers/saveChild.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

async function runTrial(kill: Kill, files: { a: string; b: string; A: Buffer; child: string }): Promise<Outcome> {
  const dir = await tempDir('touchline-kill-');
  const target = join(dir, 'journey.touchline');
  await writeFile(target, files.A);
  const env = { ...process.env, PAUSE_AT: kill.at === 'random' ? '' : kill.at, PAUSE_SAVE: String(kill.at === 'random' ? 0 : kill.save) };
  const child = spawn(process.execPath, [files.child, target, files.a, files.b], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const safety = setTimeout(() => child.kill('SIGKILL'), 20_000);
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (kill.at === 'random' && stdout.includes('READY')) setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    if (kill.at !== 'random' && stdout.includes(`PAUSED ${kill.at}`)) child.kill('SIGKILL');
  });
  const signal = await exited;
  clearTimeout(safety);
  const names = await readdir(dir);
  const outcome: Outcome = {
    kill,
    target: await readFile(target),
    backup: names.includes('journey.touchline.bak') ? await readFile(`${target}.bak`) : null,
    leftovers: names.filter((n) => n !== 'journey.touchline' && n !== 'journey.touchline.bak'),
  };
  if (signal !== 'SIGKILL') outcome.problem = `child ended with ${signal ?? 'no signal'}: ${stderr.slice(0, 300)}`;
  else if (kill.at !== 'random' && !stdout.includes(`PAUSED ${kill.at}`)) outcome.problem = 'the child never reached the pause point';
  return outcome;
}

describe('killing the app during a save', () => {
  it('100 SIGKILLs: the file is always a complete version, the backup a complete previous one', async () => {
    const [A, B] = await versions();
    const dir = await tempDir('touchline-versions-');
    const files = { a: join(dir, 'a.touchline'), b: join(dir, 'b.touchline'), A, child: await bundleChild(dir) };
    await writeFile(files.a, A);
    await writeFile(files.b, B);

    const queue = trials();
    const outcomes: Outcome[] = [];
    await Promise.all(Array.from({ length: PARALLEL }, async () => {
      for (let kill = queue.shift(); kill; kill = queue.shift()) outcomes.push(await runTrial(kill, files));
    }));

    const which = (bytes: Buffer) => (bytes.equals(A) ? 'A' : bytes.equals(B) ? 'B' : 'partial');
    const failures: string[] = [];
    for (const o of outcomes) {
      const label = o.kill.at === 'random' ? `random ${o.kill.delayMs} ms` : `${o.kill.at} of save ${o.kill.save}`;
      if (o.problem) failures.push(`${label}: ${o.problem}`);
      const now = which(o.target);
      if (now === 'partial' || !loadProjectText(o.target.toString('utf8')).ok) failures.push(`${label}: the file is not a complete version`);
      if (o.backup && which(o.backup) === 'partial') failures.push(`${label}: NAME.bak is not a complete version`);
      if (o.leftovers.some((n) => !/^\.journey\.touchline\.\d+\.[0-9a-f]{12}(\.bak)?\.tmp$/.test(n))) failures.push(`${label}: unexpected files ${o.leftovers.join(', ')}`);
      if (o.kill.at === 'random') continue;
      // Save n writes B when n is odd, A when even; before it the file holds the other one.
      const written = o.kill.save % 2 === 1 ? 'B' : 'A';
      const previous = written === 'A' ? 'B' : 'A';
      const expected = o.kill.at === 'after-rename' ? written : previous;
      if (now !== expected) failures.push(`${label}: expected ${expected}, found ${now}`);
      // 'after-backup' is after the copy into a temp file, before the rename that makes it NAME.bak.
      const backupTaken = o.kill.at === 'before-rename' || o.kill.at === 'after-rename';
      if (backupTaken && (!o.backup || which(o.backup) !== previous)) failures.push(`${label}: NAME.bak should hold ${previous}`);
    }
    const tally = outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [`${o.kill.at}→${which(o.target)}`]: (t[`${o.kill.at}→${which(o.target)}`] ?? 0) + 1 }), {});
    console.log(`kill during save: ${outcomes.length} kills, ${outcomes.filter((o) => o.leftovers.length > 0).length} left a temp file`, tally);
    expect(failures).toEqual([]);
    expect(outcomes).toHaveLength(100);
  }, 120_000);
});
