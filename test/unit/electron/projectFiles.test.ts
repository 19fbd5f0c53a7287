// @vitest-environment node
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AtomicFs } from '../../../electron/services/atomicWrite.ts';
import { readProjectFile, validateProject, writeProjectFile, type ReadFs } from '../../../electron/services/projectFiles.ts';
import { MAX_FILE_BYTES } from '../../../shared/file/format.ts';
import { serializeProject } from '../../../shared/file/save.ts';
import { sampleProject, sysError, tempDir } from './helpers.ts';

describe('readProjectFile', () => {
  it('opens a valid project', async () => {
    const path = join(await tempDir(), 'a.touchline');
    const project = sampleProject();
    await fs.writeFile(path, serializeProject(project));
    const result = await readProjectFile(path);
    expect(result).toEqual({ ok: true, value: { path, project, migratedFrom: null } });
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const path = join(await tempDir(), 'bom.touchline');
    await fs.writeFile(path, `\uFEFF${serializeProject(sampleProject())}`);
    expect((await readProjectFile(path)).ok).toBe(true);
  });

  it('reports a missing file as read-failed in plain words', async () => {
    const result = await readProjectFile(join(await tempDir(), 'nope.touchline'));
    expect(result).toMatchObject({ ok: false, error: { code: 'read-failed', message: expect.stringMatching(/does not exist/) } });
  });

  it('refuses a folder', async () => {
    const result = await readProjectFile(await tempDir());
    expect(result).toMatchObject({ ok: false, error: { code: 'read-failed' } });
  });

  it('refuses a file over the size cap without reading it', async () => {
    const path = join(await tempDir(), 'big.touchline');
    await fs.writeFile(path, '');
    await fs.truncate(path, MAX_FILE_BYTES + 1); // sparse: no real 20 MB written
    const readFile = vi.fn();
    const spyFs: ReadFs = {
      open: async (p, flags) => {
        const handle = await fs.open(p, flags);
        return { stat: () => handle.stat(), readFile, close: () => handle.close() };
      },
    };
    const result = await readProjectFile(path, spyFs);
    expect(result).toMatchObject({ ok: false, error: { code: 'load-failed', load: { code: 'too-large' } } });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the cap after the size check', async () => {
    const path = join(await tempDir(), 'grows.touchline');
    await fs.writeFile(path, '{}');
    const spyFs: ReadFs = {
      open: async () => ({
        stat: async () => ({ size: 2, isFile: () => true }),
        readFile: async () => new Uint8Array(MAX_FILE_BYTES + 1),
        close: async () => undefined,
      }),
    };
    expect(await readProjectFile(path, spyFs)).toMatchObject({ ok: false, error: { load: { code: 'too-large' } } });
  });

  it.each([
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-json'],
    ['not JSON', new TextEncoder().encode('{ nope'), 'not-json'],
    ['another format', new TextEncoder().encode('{"format":"other","version":1,"project":{}}'), 'not-touchline'],
    ['a newer version', new TextEncoder().encode('{"format":"touchline","version":99,"project":{}}'), 'too-new'],
  ])('returns load-failed with the LoadError for %s', async (_name, bytes, code) => {
    const path = join(await tempDir(), 'bad.touchline');
    await fs.writeFile(path, bytes);
    const result = await readProjectFile(path);
    expect(result).toMatchObject({ ok: false, error: { code: 'load-failed', load: { code } } });
    if (!result.ok) expect(result.error.message).toBe(result.error.load?.message);
  });

  it('turns an I/O error during read into read-failed', async () => {
    const failing: ReadFs = { open: async () => { throw sysError('EIO'); } };
    expect(await readProjectFile('/x.touchline', failing)).toMatchObject({ ok: false, error: { code: 'read-failed', message: 'The disk reported an input/output error.' } });
  });
});

describe('writeProjectFile', () => {
  it('validates, serialises and writes; the file opens again', async () => {
    const path = join(await tempDir(), 'a.touchline');
    const now = new Date('2026-03-04T05:06:07.000Z');
    const project = sampleProject();
    const saved = await writeProjectFile(path, project, { appVersion: '9.9.9', now: () => now });
    expect(saved).toEqual({ ok: true, value: { path, savedAt: now.toISOString() } });
    expect(await fs.readFile(path, 'utf8')).toBe(serializeProject(project, '9.9.9'));
    expect((await readProjectFile(path)).ok).toBe(true);
  });

  it('writes keys in the schema order however the sent project ordered them (the validated project is written as is)', async () => {
    const path = join(await tempDir(), 'shuffled.touchline');
    const project = sampleProject();
    const reversed = (value: unknown): unknown => Array.isArray(value) ? value.map(reversed)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    const shuffled = reversed(project);
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(project));
    await writeProjectFile(path, shuffled, { appVersion: '9.9.9' });
    expect(await fs.readFile(path, 'utf8')).toBe(serializeProject(project, '9.9.9'));
  });

  it('refuses an invalid project with bad-request and writes nothing', async () => {
    const dir = await tempDir();
    const bad = { ...sampleProject(), name: 42 };
    const result = await writeProjectFile(join(dir, 'a.touchline'), bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', load: { code: 'invalid' } } });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('refuses a project that breaks invariants', async () => {
    const project = sampleProject();
    const journey = project.journeys[0]!;
    const broken = { ...project, journeys: [{ ...journey, connections: [{ id: 'c1', from: 'missing', to: 'missing2', label: '' }] }] };
    expect(validateProject(broken)).toMatchObject({ ok: false, error: { code: 'bad-request', load: { code: 'inconsistent' } } });
  });

  it('reports a disk fault as write-failed and keeps the old file', async () => {
    const path = join(await tempDir(), 'a.touchline');
    await fs.writeFile(path, 'previous');
    const full: AtomicFs = {
      ...(fs as unknown as AtomicFs),
      open: async () => { throw sysError('ENOSPC'); },
    };
    const result = await writeProjectFile(path, sampleProject(), { fs: full });
    expect(result).toEqual({ ok: false, error: { code: 'write-failed', message: 'The disk is full.' } });
    expect(await fs.readFile(path, 'utf8')).toBe('previous');
  });
});
