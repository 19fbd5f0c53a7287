// @vitest-environment node
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIdentity, readProjectWithIdentity, sameIdentity, sha256, sha256InPool, writtenIdentity } from '../../../electron/services/fileIdentity.ts';
import { serializeProject } from '../../../shared/file/save.ts';
import { sampleProject, tempDir } from './helpers.ts';

describe('fileIdentity', () => {
  it('is the size, mtime and SHA-256 of the file', async () => {
    const path = join(await tempDir(), 'a.touchline');
    await fs.writeFile(path, 'hello');
    const info = await fs.stat(path);
    expect(await fileIdentity(path)).toEqual({ size: 5, mtimeMs: info.mtimeMs, sha256: sha256('hello') });
    expect(sha256('hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
  });

  it('is null for a missing file or a folder', async () => {
    const dir = await tempDir();
    expect(await fileIdentity(join(dir, 'nope.touchline'))).toBeNull();
    expect(await fileIdentity(join(dir, 'nope', 'deeper.touchline'))).toBeNull();
    expect(await fileIdentity(dir)).toBeNull();
  });

  it('notices size, mtime and content changes', async () => {
    const path = join(await tempDir(), 'a.touchline');
    await fs.writeFile(path, 'abc');
    const before = (await fileIdentity(path))!;
    expect(sameIdentity(before, (await fileIdentity(path))!)).toBe(true);

    await fs.writeFile(path, 'abcd');
    expect(sameIdentity(before, (await fileIdentity(path))!)).toBe(false);

    await fs.writeFile(path, 'abc');
    await fs.utimes(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const touched = (await fileIdentity(path))!;
    expect(touched.sha256).toBe(before.sha256);
    expect(sameIdentity(before, touched)).toBe(false);

    // Same size, same mtime, different bytes: only the hash tells.
    await fs.writeFile(path, 'xyz');
    await fs.utimes(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const edited = (await fileIdentity(path))!;
    expect([edited.size, edited.mtimeMs]).toEqual([touched.size, touched.mtimeMs]);
    expect(sameIdentity(touched, edited)).toBe(false);
  });

  it('hashes the same in the thread pool', async () => {
    const bytes = new TextEncoder().encode(serializeProject(sampleProject()));
    expect(await sha256InPool(bytes)).toBe(sha256(bytes));
  });

  it('writtenIdentity: a written file’s size and time with the hash of what was written; null when it is gone', async () => {
    const path = join(await tempDir(), 'a.touchline');
    const bytes = new TextEncoder().encode('hello');
    await fs.writeFile(path, bytes);
    expect(await writtenIdentity(path, await sha256InPool(bytes))).toEqual(await fileIdentity(path));
    await fs.unlink(path);
    expect(await writtenIdentity(path, sha256(bytes))).toBeNull();
  });

  it('readProjectWithIdentity hashes exactly the bytes it parsed', async () => {
    const path = join(await tempDir(), 'a.touchline');
    const text = serializeProject(sampleProject());
    await fs.writeFile(path, text);
    const { opened, identity } = await readProjectWithIdentity(path);
    expect(opened.ok).toBe(true);
    expect(identity).toEqual(await fileIdentity(path));
    expect(identity!.sha256).toBe(sha256(text));
  });

  it('readProjectWithIdentity: no identity for a file that does not load', async () => {
    const path = join(await tempDir(), 'bad.touchline');
    await fs.writeFile(path, '{');
    const { opened, identity } = await readProjectWithIdentity(path);
    expect(opened).toMatchObject({ ok: false, error: { code: 'load-failed' } });
    expect(identity).toBeNull();
  });
});
