/** Shared test helpers for electron/ tests: temp dirs and a valid project. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createProject } from '../../../shared/domain/defaults.ts';
import type { Project } from '../../../shared/domain/model.ts';

const made: string[] = [];

/** A fresh real directory, removed after the test. */
export async function tempDir(prefix = 'touchline-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export function sampleProject(name = 'Coffee loyalty'): Project {
  return createProject({ id: 'project_1', name, now: '2026-01-02T03:04:05.000Z' });
}

/** An Error shaped like Node's system errors. */
export function sysError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}
