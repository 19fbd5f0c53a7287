/**
 * What opening and saving mean for one window, without Electron: the IPC
 * handlers add dialogs, permissions and the recent list around these, and
 * the benchmark measures exactly these.
 *
 * A save checks the project against the one the window last opened or sent
 * (only what changed is parsed again, see shared/file/recheck.ts), refuses
 * when the file changed on disk since the window last saw it, writes it
 * safely (printing only the items not printed before, shared/file/printer.ts),
 * and remembers what the file now is.
 */
import { resolve } from 'node:path';
import type { Project } from '../../shared/domain/model.ts';
import { ProjectPrinter } from '../../shared/file/printer.ts';
import type { OpenedProject, SavedFile } from '../../shared/ipc/contract.ts';
import { err, type Result } from '../../shared/ipc/result.ts';
import { fileIdentity, readProjectWithIdentity, sameIdentity, sha256InPool, writtenIdentity } from './fileIdentity.ts';
import { validateProject, writePrintedProject } from './projectFiles.ts';
import type { WindowRegistry } from './windowRegistry.ts';

export const CONFLICT_MESSAGE = 'This file was changed by another program since you opened it.';

/** One for the process: it remembers item text by object, and windows share no objects. */
export const printer = new ProjectPrinter((text) => Buffer.from(text, 'utf8'));

let learning: Promise<void> = Promise.resolve();

/**
 * Learn the text of a project's items once nobody waits (after the reply is
 * sent), so the next save prints only what changed. At 5,000 touchpoints
 * this is 60–90 ms of this process's time, while the window draws the map
 * or goes on with the work; it runs 500 items at a time (a few ms each), so
 * messages from any window are answered in between. Resolves when done.
 */
export function rememberSoon(project: Project): Promise<void> {
  // One project after the other, so an item two of them share is printed once.
  learning = learning.then(() => new Promise<void>((resolve) => {
    let steps: Generator<void, void, void> | undefined;
    const next = () => {
      let done = true;
      try {
        steps ??= printer.rememberInSteps(project);
        done = steps.next().done === true;
      } catch (error) {
        // Not learning a project only makes its next save slower; it must not stop the next one learning.
        console.warn('Could not learn a project for quicker saves.', error);
      }
      if (done) resolve();
      else setImmediate(next);
    };
    setImmediate(next);
  }));
  return learning;
}
/** Resolves once every project handed to `rememberSoon` so far is learnt (the benchmark waits for it). */
export const learnt = (): Promise<void> => learning;

/** Check a project the window sent; what passes is the base for its next check. */
export function checkWindowProject(windows: WindowRegistry, windowId: number, value: unknown): Result<Project> {
  const valid = validateProject(value, windows.checkedProject(windowId));
  if (valid.ok) windows.rememberChecked(windowId, valid.value);
  return valid;
}

/** Read a file into the window: it may then save there, and its project is the base for the next check. */
export async function openForWindow(windows: WindowRegistry, windowId: number, path: string): Promise<Result<OpenedProject>> {
  const { opened, identity } = await readProjectWithIdentity(path);
  if (opened.ok) {
    windows.allowPath(windowId, path, identity);
    windows.rememberChecked(windowId, opened.value.project);
    void rememberSoon(opened.value.project);
  }
  return opened;
}

/** True when the file at `path` is no longer what `windowId` last opened or saved (or is gone). */
export async function changedOnDisk(windows: WindowRegistry, windowId: number, path: string): Promise<boolean> {
  const recorded = windows.identityOf(windowId, path);
  if (!recorded) return false; // nothing known to compare with
  const now = await fileIdentity(path).catch(() => null);
  return now === null || !sameIdentity(recorded, now);
}

/** Save to a path the window may save to. `overwrite`: the user chose to replace a file changed elsewhere. */
export async function saveForWindow(windows: WindowRegistry, windowId: number, path: string, value: unknown, options: { overwrite?: boolean; appVersion?: string } = {}): Promise<Result<SavedFile>> {
  // Validate first: an invalid project is refused whatever the disk says.
  const valid = checkWindowProject(windows, windowId, value);
  if (!valid.ok) return valid;
  if (options.overwrite !== true && (await changedOnDisk(windows, windowId, path))) return err('conflict', CONFLICT_MESSAGE);
  return writeForWindow(windows, windowId, resolve(path), valid.value, options.appVersion);
}

/** Write a checked project and remember what the file now is, for the next conflict check. */
export async function writeForWindow(windows: WindowRegistry, windowId: number, path: string, project: Project, appVersion?: string): Promise<Result<SavedFile>> {
  const bytes = printer.print(project, appVersion);
  // Hashed in the thread pool while the disk works, so the file need not be read back (~6 ms at 5,000).
  const hashing = sha256InPool(bytes).catch(() => null);
  const saved = await writePrintedProject(path, bytes);
  if (saved.ok) {
    const hash = await hashing;
    // Without an identity (no hash, no stat) the next save cannot check for changes made elsewhere, as before when reading failed.
    windows.allowPath(windowId, path, hash === null ? null : await writtenIdentity(path, hash).catch(() => null));
    void rememberSoon(project);
  }
  return saved;
}
