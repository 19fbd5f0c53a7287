/**
 * What a file on disk "is" at one moment: its size, modification time and a
 * SHA-256 of its bytes. Recorded when a window opens or saves a file and
 * compared before the next save, so a change made by another program (a
 * sync client, a colleague on a shared drive) is noticed instead of silently
 * overwritten. Size and mtime alone miss a same-size edit within the mtime
 * granularity (or one that restored the mtime); the hash does not.
 */
import { createHash, webcrypto } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import type { OpenedProject } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { errorCode } from './fsErrors.ts';
import { readProjectFile, type ReadFs } from './projectFiles.ts';

export interface FileIdentity {
  size: number;
  mtimeMs: number;
  sha256: string;
}

interface StatLike { size: number; mtimeMs: number; isFile(): boolean }
interface IdentityHandle {
  stat(): Promise<StatLike>;
  readFile(): Promise<Uint8Array>;
  close(): Promise<void>;
}
export interface IdentityFs {
  open(path: string, flags: string): Promise<IdentityHandle>;
}

export interface StatFs {
  stat(path: string): Promise<StatLike>;
}

const defaultFs = nodeFs as unknown as IdentityFs;
const defaultStatFs = nodeFs as unknown as StatFs;

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The same hash, worked out in the thread pool: the process goes on meanwhile (5 MB is ~3 ms of a core). */
export async function sha256InPool(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

const identityOf = (info: StatLike, bytes: Uint8Array): FileIdentity => ({ size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(bytes) });

/** The identity of the file at `path`, or null when there is no file there. Other errors throw. */
export async function fileIdentity(path: string, fs: IdentityFs = defaultFs): Promise<FileIdentity | null> {
  let handle: IdentityHandle | undefined;
  try {
    // One handle for stat and read, so the size and time belong to the bytes hashed.
    handle = await fs.open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return null;
    return identityOf(info, await handle.readFile());
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
    throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The identity of a file this process just wrote from bytes hashing to
 * `hash`, without reading it back: its size and time now, with that hash.
 * Should another program have changed it since, the hash will not match
 * its bytes and the next save reports the change.
 */
export async function writtenIdentity(path: string, hash: string, fs: StatFs = defaultStatFs): Promise<FileIdentity | null> {
  try {
    const info = await fs.stat(path);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, sha256: hash } : null;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
    throw error;
  }
}

export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;
}

/**
 * Read a project and the identity of exactly the bytes that were parsed (one
 * open, one read), so a change between reading and hashing cannot slip by.
 */
export async function readProjectWithIdentity(path: string, fs: IdentityFs = defaultFs): Promise<{ opened: Result<OpenedProject>; identity: FileIdentity | null }> {
  let identity: FileIdentity | null = null;
  const capturing: ReadFs = {
    async open(p, flags) {
      const handle = await fs.open(p, flags);
      let info: StatLike | undefined;
      return {
        stat: async () => (info = await handle.stat()),
        readFile: async () => {
          const bytes = await handle.readFile();
          if (info) identity = identityOf(info, bytes);
          return bytes;
        },
        close: () => handle.close(),
      };
    },
  };
  const opened = await readProjectFile(path, capturing);
  return { opened, identity: opened.ok ? identity : null };
}
