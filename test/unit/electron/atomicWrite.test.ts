// @vitest-environment node
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, backupPathOf, type AtomicFileHandle, type AtomicFs } from '../../../electron/services/atomicWrite.ts';
import { describeReadError, describeWriteError, FileWriteError } from '../../../electron/services/fsErrors.ts';
import { sysError, tempDir } from './helpers.ts';

type Fault = 'write' | 'sync' | 'rename' | 'copyFile' | 'open';

/** The real fs with one operation replaced by a failure. */
function faultyFs(fault: Fault, code: string): AtomicFs {
  const real = fs as unknown as AtomicFs;
  const fail = async (): Promise<never> => { throw sysError(code); };
  return {
    ...real,
    open: async (path, flags, mode) => {
      if (fault === 'open') return fail();
      const handle = await real.open(path, flags, mode);
      const wrapped: AtomicFileHandle = {
        writeFile: (data) => (fault === 'write' && flags === 'wx' ? fail() : handle.writeFile(data)),
        sync: () => (fault === 'sync' && flags === 'wx' ? fail() : handle.sync()),
        close: () => handle.close(),
      };
      return wrapped;
    },
    rename: (a, b) => (fault === 'rename' ? fail() : real.rename(a, b)),
    copyFile: (a, b) => (fault === 'copyFile' ? fail() : real.copyFile(a, b)),
    stat: (p) => real.stat(p),
    unlink: (p) => real.unlink(p),
  };
}

describe('atomicWrite', () => {
  it('creates a new file without a backup', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.touchline');
    await atomicWrite(target, 'hello');
    expect(await fs.readFile(target, 'utf8')).toBe('hello');
    expect(await fs.readdir(dir)).toEqual(['a.touchline']);
  });

  it('replaces an existing file and keeps the previous one as NAME.bak', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.touchline');
    await fs.writeFile(target, 'old');
    await atomicWrite(target, new TextEncoder().encode('new'));
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readFile(backupPathOf(target), 'utf8')).toBe('old');
    expect((await fs.readdir(dir)).sort()).toEqual(['a.touchline', 'a.touchline.bak']);
  });

  it('keeps the file mode of the file it replaces', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.touchline');
    await fs.writeFile(target, 'old', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await atomicWrite(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('can skip the backup', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.touchline');
    await fs.writeFile(target, 'old');
    await atomicWrite(target, 'new', { backup: false });
    expect(await fs.readdir(dir)).toEqual(['a.touchline']);
  });

  const faults: Array<[Fault, string, string, string]> = [
    ['write', 'ENOSPC', 'write', 'The disk is full.'],
    ['sync', 'EIO', 'flush', 'The disk reported an input/output error.'],
    ['rename', 'EACCES', 'rename', 'Touchline is not allowed to write to this folder.'],
    ['rename', 'EPERM', 'rename', 'Touchline is not allowed to write to this folder.'],
    ['copyFile', 'ENOSPC', 'backup', 'The disk is full.'],
    ['open', 'EROFS', 'open', 'The disk is read-only.'],
  ];
  it.each(faults)('a %s failure (%s) leaves the original intact and no temp file', async (fault, code, step, message) => {
    const dir = await tempDir();
    const target = join(dir, 'a.touchline');
    await fs.writeFile(target, 'original');
    const error = await atomicWrite(target, 'replacement', { fs: faultyFs(fault, code) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code, step, message });
    expect(await fs.readFile(target, 'utf8')).toBe('original');
    const left = (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));
    expect(left).toEqual([]);
  });

  it('a failure when the target did not exist leaves nothing behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'new.touchline');
    await expect(atomicWrite(target, 'x', { fs: faultyFs('write', 'ENOSPC') })).rejects.toThrow('The disk is full.');
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('reports a missing folder in plain words', async () => {
    const dir = await tempDir();
    await expect(atomicWrite(join(dir, 'gone', 'a.touchline'), 'x')).rejects.toThrow('The folder does not exist any more.');
  });
});

describe('plain-words error messages', () => {
  it.each([
    ['ENOSPC', 'The disk is full.'],
    ['EDQUOT', 'Your disk quota is used up.'],
    ['EROFS', 'The disk is read-only.'],
    ['EBUSY', 'The file is in use by another program.'],
    ['EWHATEVER', 'The file could not be written (EWHATEVER).'],
  ])('write %s → %s', (code, message) => {
    expect(describeWriteError(sysError(code))).toBe(message);
  });
  it('non-system errors get a generic sentence', () => {
    expect(describeWriteError(new Error('x'))).toBe('The file could not be written.');
    expect(describeReadError('nope')).toBe('The file could not be read.');
  });
  it('read errors name the cause', () => {
    expect(describeReadError(sysError('ENOENT'))).toMatch(/does not exist/);
    expect(describeReadError(sysError('EISDIR'))).toBe('This is a folder, not a file.');
  });
});
