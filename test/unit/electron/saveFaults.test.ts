// @vitest-environment node
/**
 * Failing disks: every error a disk can give (ENOSPC, EACCES, EPERM, EIO,
 * EROFS) at every step that touches the new bytes (write, flush, rename),
 * injected through the fs layer (tests run as root, so chmod proves nothing).
 * The old file stays byte-identical, no temp file is left, and the user gets
 * the plain-language reason.
 */
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, backupPathOf, type AtomicFileHandle, type AtomicFs } from '../../../electron/services/atomicWrite.ts';
import { FileWriteError } from '../../../electron/services/fsErrors.ts';
import { writeProjectFile } from '../../../electron/services/projectFiles.ts';
import { sampleProject, sysError, tempDir } from './helpers.ts';

type Step = 'write' | 'flush' | 'rename';

const REASONS: Record<string, string> = {
  ENOSPC: 'The disk is full.',
  EACCES: 'Touchline is not allowed to write to this folder.',
  EPERM: 'Touchline is not allowed to write to this folder.',
  EIO: 'The disk reported an input/output error.',
  EROFS: 'The disk is read-only.',
};
const STEPS: Step[] = ['write', 'flush', 'rename'];
const MATRIX = Object.keys(REASONS).flatMap((code) => STEPS.map((step) => [code, step] as const));

/** The real fs, with the temp file's write or sync, or the rename, failing with `code`. */
function failingAt(step: Step, code: string): AtomicFs {
  const real = fs as unknown as AtomicFs;
  const fail = async (): Promise<never> => { throw sysError(code); };
  return {
    open: async (path, flags, mode) => {
      const handle = await real.open(path, flags, mode);
      const temp = flags === 'wx';
      const wrapped: AtomicFileHandle = {
        writeFile: async (data) => {
          if (temp && step === 'write') {
            // A full disk usually fails part-way: leave half the bytes behind first.
            await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1));
            return fail();
          }
          return handle.writeFile(data);
        },
        sync: () => (temp && step === 'flush' ? fail() : handle.sync()),
        close: () => handle.close(),
      };
      return wrapped;
    },
    stat: (p) => real.stat(p),
    copyFile: (a, b) => real.copyFile(a, b),
    rename: (a, b) => (step === 'rename' ? fail() : real.rename(a, b)),
    unlink: (p) => real.unlink(p),
  };
}

async function setUp() {
  const dir = await tempDir();
  const target = join(dir, 'journey.touchline');
  // Arbitrary bytes (not just text) so "byte-identical" means exactly that.
  const original = Buffer.concat([Buffer.from('{"format":"touchline"}\n'), Buffer.from([0, 0xff, 0xfe, 0x80, 10, 13])]);
  await fs.writeFile(target, original);
  return { dir, target, original };
}

async function expectUntouched(dir: string, target: string, original: Buffer) {
  expect(Buffer.compare(await fs.readFile(target), original)).toBe(0);
  const names = await fs.readdir(dir);
  expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect(names.filter((n) => n !== 'journey.touchline' && n !== 'journey.touchline.bak')).toEqual([]);
  // A backup, when the failure came after it was taken, is the same old bytes.
  if (names.includes('journey.touchline.bak')) expect(Buffer.compare(await fs.readFile(backupPathOf(target)), original)).toBe(0);
}

describe('atomicWrite on a failing disk', () => {
  it.each(MATRIX)('%s at %s: old file byte-identical, no temp file, typed error', async (code, step) => {
    const { dir, target, original } = await setUp();
    const error = await atomicWrite(target, 'x'.repeat(100_000), { fs: failingAt(step, code) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code, step, message: REASONS[code] });
    await expectUntouched(dir, target, original);
  });
});

describe('saving a project on a failing disk', () => {
  it.each(MATRIX)('%s at %s: the save returns the plain-language reason', async (code, step) => {
    const { dir, target, original } = await setUp();
    const result = await writeProjectFile(target, sampleProject(), { fs: failingAt(step, code) });
    expect(result).toEqual({ ok: false, error: { code: 'write-failed', message: REASONS[code] } });
    await expectUntouched(dir, target, original);
  });

  it('a failed first save of a new file leaves nothing at all', async () => {
    const dir = await tempDir();
    for (const step of STEPS) {
      const result = await writeProjectFile(join(dir, 'new.touchline'), sampleProject(), { fs: failingAt(step, 'ENOSPC') });
      expect(result.ok).toBe(false);
    }
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
