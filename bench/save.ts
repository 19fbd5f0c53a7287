/** Save as the desktop app does it: validate, serialise with a stable key order, write atomically (with .bak). */
import { performance } from 'node:perf_hooks';
import { writeProjectFile } from '../electron/services/projectFiles.ts';
import type { Project } from '../shared/domain/model.ts';
import { serializeProject } from '../shared/file/save.ts';

export interface SaveSample { serialiseMs: number; totalMs: number }

export async function measureSave(project: Project, path: string): Promise<SaveSample> {
  const t0 = performance.now();
  serializeProject(project);
  const serialiseMs = performance.now() - t0;
  const t1 = performance.now();
  const result = await writeProjectFile(path, project);
  if (!result.ok) throw new Error(result.error.message);
  return { serialiseMs, totalMs: performance.now() - t1 };
}
