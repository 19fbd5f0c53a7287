/**
 * Crash-recovery drafts: the renderer autosaves the open document here a
 * moment after each change, and the drafts are removed when the document is
 * saved or deliberately closed. A draft still here at the next start is work
 * a crash would otherwise have lost.
 *
 * A draft is two files in the recovery folder: `<draftId>.touchline` (the
 * project, in the normal file format) and `<draftId>.json` (name, time,
 * original path and that file's identity). Both are written atomically; a
 * draft missing either half, or whose project does not load, is skipped.
 * Pure Node: the folder is given (the IPC layer puts it under userData).
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import type { ProjectPrinter } from '../../shared/file/printer.ts';
import { serializeParsedProject } from '../../shared/file/save.ts';
import type { DraftInfo } from '../../shared/ipc/contract.ts';
import { err, ok, type Result } from '../../shared/ipc/result.ts';
import type { Project } from '../../shared/domain/model.ts';
import { atomicWrite, type AtomicFs } from './atomicWrite.ts';
import type { FileIdentity } from './fileIdentity.ts';
import { describeWriteError, errorCode, FileWriteError } from './fsErrors.ts';
import { readProjectFile, validateProject } from './projectFiles.ts';

const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface DraftMeta {
  name: string;
  savedAt: string;
  filePath: string | null;
  /** The identity of `filePath` as the window last opened or saved it. */
  identity: FileIdentity | null;
}

export interface LoadedDraft { draftId: string; project: Project; meta: DraftMeta }

export interface DraftStoreOptions {
  fs?: AtomicFs;
  /** Prints the draft reusing the text of items printed before (see shared/file/printer.ts). */
  printer?: ProjectPrinter;
  now?: () => Date;
  appVersion?: string;
}

export class DraftStore {
  readonly folder: string;
  readonly #options: DraftStoreOptions;

  constructor(folder: string, options: DraftStoreOptions = {}) {
    this.folder = folder;
    this.#options = options;
  }

  projectPath(draftId: string): string {
    return join(this.folder, `${checkId(draftId)}.${FILE_EXTENSION}`);
  }
  metaPath(draftId: string): string {
    return join(this.folder, `${checkId(draftId)}.json`);
  }

  /**
   * Validate and write the draft (project first, then the sidecar that makes it visible).
   * `check`: how to validate; the IPC layer passes one that reuses the window's last check.
   */
  async save(draftId: string, meta: Omit<DraftMeta, 'savedAt'>, project: unknown, check: (value: unknown) => Result<Project> = validateProject): Promise<Result<null>> {
    if (!DRAFT_ID.test(draftId)) return err('bad-request', 'That is not a recovery copy.');
    const valid = check(project);
    if (!valid.ok) return valid;
    const full: DraftMeta = { ...meta, savedAt: (this.#options.now?.() ?? new Date()).toISOString() };
    const options = { backup: false, ...(this.#options.fs ? { fs: this.#options.fs } : {}) };
    try {
      await nodeFs.mkdir(this.folder, { recursive: true });
      await atomicWrite(this.projectPath(draftId), this.#options.printer ? this.#options.printer.print(valid.value, this.#options.appVersion) : serializeParsedProject(valid.value, this.#options.appVersion), options);
      await atomicWrite(this.metaPath(draftId), JSON.stringify(full), options);
    } catch (error) {
      return err('write-failed', `The recovery copy could not be kept: ${error instanceof FileWriteError ? error.message : describeWriteError(error)}`);
    }
    return ok(null);
  }

  /** Every readable draft, newest first. Damaged or half-written drafts are left out. */
  async list(): Promise<DraftInfo[]> {
    let names: string[];
    try {
      names = await nodeFs.readdir(this.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).filter((id) => DRAFT_ID.test(id));
    const drafts: DraftInfo[] = [];
    for (const draftId of ids) {
      const loaded = await this.load(draftId);
      if (!loaded.ok) continue;
      const bytes = await nodeFs.stat(this.projectPath(draftId)).then((s) => s.size, () => null);
      if (bytes === null) continue;
      const { name, savedAt, filePath } = loaded.value.meta;
      drafts.push({ draftId, name, savedAt, bytes, filePath });
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.draftId.localeCompare(b.draftId));
  }

  /** Load a draft through the shared loader: a damaged one is a typed error, never a half project. */
  async load(draftId: string): Promise<Result<LoadedDraft>> {
    if (!DRAFT_ID.test(draftId)) return err('bad-request', 'That is not a recovery copy.');
    const meta = await this.readMeta(draftId);
    if (!meta) return err('read-failed', 'That recovery copy is no longer there or is damaged.');
    const opened = await readProjectFile(this.projectPath(draftId));
    if (!opened.ok) return opened;
    return ok({ draftId, project: opened.value.project, meta });
  }

  /** Remove a draft; removing one that is not there is fine. */
  async discard(draftId: string): Promise<void> {
    if (!DRAFT_ID.test(draftId)) return;
    // Sidecar first: without it the draft is invisible even if the second unlink fails.
    for (const path of [this.metaPath(draftId), this.projectPath(draftId)]) {
      await nodeFs.unlink(path).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
  }

  async readMeta(draftId: string): Promise<DraftMeta | null> {
    try {
      return parseMeta(JSON.parse(await nodeFs.readFile(this.metaPath(draftId), 'utf8')));
    } catch {
      return null;
    }
  }
}

function checkId(draftId: string): string {
  if (!DRAFT_ID.test(draftId)) throw new Error(`Not a draft id: ${JSON.stringify(draftId)}`);
  return draftId;
}

function parseMeta(value: unknown): DraftMeta | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.name !== 'string' || typeof v.savedAt !== 'string' || Number.isNaN(Date.parse(v.savedAt))) return null;
  const filePath = typeof v.filePath === 'string' && v.filePath.length > 0 ? v.filePath : null;
  return { name: v.name, savedAt: v.savedAt, filePath, identity: parseIdentity(v.identity) };
}

function parseIdentity(value: unknown): FileIdentity | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return typeof v.size === 'number' && typeof v.mtimeMs === 'number' && typeof v.sha256 === 'string'
    ? { size: v.size, mtimeMs: v.mtimeMs, sha256: v.sha256 }
    : null;
}
