/**
 * Save as the desktop app's project:save handler does it (electron/services/windowSave.ts):
 * check the project, check the file did not change on disk, serialise with a
 * stable key order, write atomically (with .bak), record what the file now is.
 *
 * Two saves per run:
 * - the first save of a project the window has not checked before: every item is parsed;
 * - Ctrl+S in a file the window opened, after a drag of 42 cards: only those are parsed and printed again.
 * The project arrives as a copy, as IPC delivers it; making that copy is not timed.
 */
import { performance } from 'node:perf_hooks';
import { learnt, openForWindow, saveForWindow } from '../electron/services/windowSave.ts';
import { WindowRegistry } from '../electron/services/windowRegistry.ts';
import type { Project } from '../shared/domain/model.ts';
import { serializeProject } from '../shared/file/save.ts';

export interface SaveSample { serialiseMs: number; totalMs: number; afterEditMs: number }

const MOVED = 42;

export async function measureSave(project: Project, path: string): Promise<SaveSample> {
  const t0 = performance.now();
  serializeProject(project);
  const serialiseMs = performance.now() - t0;

  const windows = new WindowRegistry();
  windows.add(1);
  windows.allowPath(1, path);
  const first = structuredClone(project);
  const t1 = performance.now();
  const saved = await saveForWindow(windows, 1, path, first);
  const totalMs = performance.now() - t1;
  if (!saved.ok) throw new Error(saved.error.message);

  // A fresh window opens the file, moves cards, and saves.
  windows.add(2);
  const opened = await openForWindow(windows, 2, path);
  if (!opened.ok) throw new Error(opened.error.message);
  // What the app does once the file is open and nobody waits (learning the items' text), before the person's first change.
  await learnt();
  const edited = structuredClone(opened.value.project);
  for (const card of edited.journeys[0]!.touchpoints.slice(0, MOVED)) card.position = { x: card.position.x + 40, y: card.position.y + 24 };
  const t2 = performance.now();
  const again = await saveForWindow(windows, 2, path, edited);
  const afterEditMs = performance.now() - t2;
  if (!again.ok) throw new Error(again.error.message);
  return { serialiseMs, totalMs, afterEditMs };
}
