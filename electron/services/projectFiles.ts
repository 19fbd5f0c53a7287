/**
 * Reading and writing `.touchline` files. All decisions about what a valid
 * project is belong to shared/file; this module adds the disk: a size check
 * before reading, strict UTF-8, and validation before every write.
 */
import * as nodeFs from 'node:fs/promises';
import type { Project } from '../../shared/domain/model.ts';
import { LOAD_ERROR_TITLES, type LoadError } from '../../shared/file/errors.ts';
import { CURRENT_VERSION, FORMAT, MAX_FILE_BYTES } from '../../shared/file/format.ts';
import { loadProjectText, loadProjectValue } from '../../shared/file/load.ts';
import { serializeParsedProject } from '../../shared/file/save.ts';
import type { OpenedProject, SavedFile } from '../../shared/ipc/contract.ts';
import { err, ok, type Result } from '../../shared/ipc/result.ts';
import { atomicWrite, type AtomicFs } from './atomicWrite.ts';
import { describeReadError, FileWriteError } from './fsErrors.ts';

interface ReadHandle {
  stat(): Promise<{ size: number; isFile(): boolean }>;
  readFile(): Promise<Uint8Array>;
  close(): Promise<void>;
}
export interface ReadFs {
  open(path: string, flags: string): Promise<ReadHandle>;
}

const tooLarge = (): LoadError => ({
  code: 'too-large',
  message: `${LOAD_ERROR_TITLES['too-large']} (over ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
  problems: [],
});

export async function readProjectFile(path: string, fs: ReadFs = nodeFs as unknown as ReadFs): Promise<Result<OpenedProject>> {
  let bytes: Uint8Array;
  let handle: ReadHandle | undefined;
  try {
    // One handle for stat and read, so the size we checked is the file we read.
    handle = await fs.open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return err('read-failed', 'This is not a regular file.');
    if (info.size > MAX_FILE_BYTES) return loadFailed(tooLarge());
    bytes = await handle.readFile();
  } catch (error) {
    return err('read-failed', describeReadError(error));
  } finally {
    await handle?.close().catch(() => undefined);
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > MAX_FILE_BYTES) return loadFailed(tooLarge());

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return loadFailed({ code: 'not-json', message: `${LOAD_ERROR_TITLES['not-json']} (it is not UTF-8 text).`, problems: [] });
  }
  const loaded = loadProjectText(text);
  if (!loaded.ok) return loadFailed(loaded.error);
  return ok({ path, project: loaded.project, migratedFrom: loaded.migratedFrom });
}

function loadFailed(error: LoadError): Result<never> {
  return err('load-failed', error.message, error);
}

/**
 * Schema + invariants, exactly as a file on disk would be checked.
 * `previous`: what this returned (or opening returned) for the same window
 * last time; only what changed since is parsed again.
 */
export function validateProject(value: unknown, previous?: Project): Result<Project> {
  const loaded = loadProjectValue({ format: FORMAT, version: CURRENT_VERSION, project: value }, previous);
  if (!loaded.ok) return err('bad-request', `The project cannot be saved: ${lowerFirst(loaded.error.message)}.`, loaded.error);
  return ok(loaded.project);
}

export interface WriteOptions {
  appVersion?: string;
  fs?: AtomicFs;
  now?: () => Date;
}

export async function writeProjectFile(path: string, value: unknown, options: WriteOptions = {}): Promise<Result<SavedFile>> {
  const valid = validateProject(value);
  return valid.ok ? writeValidProject(path, valid.value, options) : valid;
}

/** Write a project that `validateProject` already accepted (the IPC handlers validate before asking the disk anything). */
export function writeValidProject(path: string, project: Project, options: WriteOptions = {}): Promise<Result<SavedFile>> {
  return writePrintedProject(path, serializeParsedProject(project, options.appVersion), options);
}

/** Write the file text of a checked project (printed by `serializeParsedProject` or a `ProjectPrinter`). */
export async function writePrintedProject(path: string, text: string | Uint8Array, options: Omit<WriteOptions, 'appVersion'> = {}): Promise<Result<SavedFile>> {
  try {
    await atomicWrite(path, text, options.fs ? { fs: options.fs } : {});
  } catch (error) {
    if (error instanceof FileWriteError) return err('write-failed', error.message);
    throw error;
  }
  return ok({ path, savedAt: (options.now?.() ?? new Date()).toISOString() });
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
}
