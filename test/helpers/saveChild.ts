/**
 * Child process for killDuringSave.test.ts: saves TARGET through atomicWrite
 * forever, alternating between the bytes of A and B. With PAUSE_AT=<point>
 * and PAUSE_SAVE=<n>, the n-th save stops dead at that point (after printing
 * "PAUSED <point>"), so the parent can SIGKILL it exactly there.
 *
 *   node --import tsx test/helpers/saveChild.ts TARGET A_FILE B_FILE
 */
import { writeSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { atomicWrite, type AtomicFs } from '../../electron/services/atomicWrite.ts';

export type PausePoint = 'after-write' | 'before-backup' | 'after-backup' | 'before-rename' | 'after-rename';

const [target, aFile, bFile] = process.argv.slice(2);
if (!target || !aFile || !bFile) throw new Error('usage: saveChild TARGET A_FILE B_FILE');
const pauseAt = process.env.PAUSE_AT as PausePoint | undefined;
const pauseSave = Number(process.env.PAUSE_SAVE ?? '1');
const versions = [await fs.readFile(aFile), await fs.readFile(bFile)] as const;
let save = 0;

function hook(point: PausePoint): void {
  if (point !== pauseAt || save !== pauseSave) return;
  writeSync(1, `PAUSED ${point}\n`);
  // Block the whole process (no event loop turn, no I/O) until the kill arrives.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

const real = fs as unknown as AtomicFs;
const hooked: AtomicFs = {
  open: async (path, flags, mode) => {
    const handle = await real.open(path, flags, mode);
    if (flags !== 'wx') return handle;
    return {
      writeFile: async (data) => { await handle.writeFile(data); hook('after-write'); },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  stat: (p) => real.stat(p),
  copyFile: async (a, b) => { hook('before-backup'); await real.copyFile(a, b); hook('after-backup'); },
  // The rename over the target (not the one that puts the backup in place).
  rename: async (a, b) => {
    if (b === target) hook('before-rename');
    await real.rename(a, b);
    if (b === target) hook('after-rename');
  },
  unlink: (p) => real.unlink(p),
};

writeSync(1, 'READY\n');
for (;;) {
  save++;
  // Save 1 writes B over the A the parent put in place, save 2 writes A, and so on.
  await atomicWrite(target, versions[save % 2]!, { fs: hooked });
}
