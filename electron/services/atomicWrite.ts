/**
 * Crash-safe file replacement: the new bytes go to a temp file in the same
 * folder (so the final rename never crosses file systems), are flushed to
 * the disk, the previous version is copied to `NAME.bak` (through a temp file
 * and a rename, so the backup too is always complete), and only then is
 * the temp file renamed over the target. A failure at any step leaves the
 * original untouched and removes the temp file.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode, FileWriteError, type WriteStep } from './fsErrors.ts';

export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The promise functions atomicWrite uses; tests pass a wrapper that injects faults. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  stat(path: string): Promise<{ mode: number }>;
  copyFile(src: string, dest: string): Promise<void>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** Keep the replaced file as `NAME.bak` (default true). */
  backup?: boolean;
}

export const backupPathOf = (target: string): string => `${target}.bak`;

export async function atomicWrite(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? (nodeFs as unknown as AtomicFs);
  const dir = dirname(target);
  // Hidden, unique and recognisable, so a crash leaves an obvious leftover.
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const backupTemp = temp.replace(/\.tmp$/, '.bak.tmp');
  const previousMode = await existingMode(fs, target);

  let step: WriteStep = 'open';
  let handle: AtomicFileHandle | undefined;
  try {
    // 'wx' refuses to follow a pre-existing file or link at the temp name.
    handle = await fs.open(temp, 'wx', previousMode ?? 0o666);
    step = 'write';
    await handle.writeFile(data);
    step = 'flush';
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    if (previousMode !== undefined && options.backup !== false) {
      step = 'backup';
      // Copy, then rename: a crash in the middle of the copy must not leave a half-written NAME.bak.
      await fs.copyFile(target, backupTemp);
      step = 'rename';
      await renameWithRetry(fs, backupTemp, backupPathOf(target));
    }
    step = 'rename';
    await renameWithRetry(fs, temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    // The temp file may not exist (open failed): nothing to report then.
    await fs.unlink(temp).catch(() => undefined);
    await fs.unlink(backupTemp).catch(() => undefined);
    throw new FileWriteError(step, error);
  }
  await syncDirectory(fs, dir);
}

async function existingMode(fs: AtomicFs, target: string): Promise<number | undefined> {
  try {
    return (await fs.stat(target)).mode & 0o777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new FileWriteError('open', error);
  }
}

/** Windows virus scanners and indexers briefly lock fresh files; retry a few times there. */
async function renameWithRetry(fs: AtomicFs, from: string, to: string): Promise<void> {
  const transient = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 4 || !transient.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/** Make the rename itself durable. Not possible on Windows (EISDIR/EPERM): ignored there. */
async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // The data is already in place; a directory fsync is a durability bonus.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
