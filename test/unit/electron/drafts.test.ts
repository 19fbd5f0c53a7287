// @vitest-environment node
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/services/drafts.ts';
import { sampleProject, tempDir } from './helpers.ts';

const meta = (name = 'Coffee loyalty', filePath: string | null = null) => ({ name, filePath, identity: null });

async function makeStore() {
  const folder = join(await tempDir(), 'recovery');
  let clock = Date.parse('2026-03-04T10:42:00.000Z');
  const store = new DraftStore(folder, { now: () => new Date((clock += 1000)) });
  return { folder, store };
}

describe('DraftStore', () => {
  it('saves a draft as a project file plus a sidecar, creating the folder', async () => {
    const { folder, store } = await makeStore();
    expect(await store.save('d1', meta('Coffee', '/w/c.touchline'), sampleProject('Coffee'))).toEqual({ ok: true, value: null });
    expect((await fs.readdir(folder)).sort()).toEqual(['d1.json', 'd1.touchline']);
    expect(JSON.parse(await fs.readFile(join(folder, 'd1.touchline'), 'utf8'))).toMatchObject({ format: 'touchline', project: { name: 'Coffee' } });
    expect(JSON.parse(await fs.readFile(join(folder, 'd1.json'), 'utf8'))).toEqual({ name: 'Coffee', filePath: '/w/c.touchline', identity: null, savedAt: '2026-03-04T10:42:01.000Z' });
  });

  it('lists drafts newest first with their size in bytes', async () => {
    const { folder, store } = await makeStore();
    await store.save('old', meta('Old'), sampleProject('Old'));
    await store.save('new', meta('New', '/w/n.touchline'), sampleProject('New'));
    const size = (await fs.stat(join(folder, 'new.touchline'))).size;
    expect(await store.list()).toEqual([
      { draftId: 'new', name: 'New', savedAt: '2026-03-04T10:42:02.000Z', bytes: size, filePath: '/w/n.touchline' },
      expect.objectContaining({ draftId: 'old', name: 'Old' }),
    ]);
  });

  it('an empty or missing folder lists nothing', async () => {
    const { store } = await makeStore();
    expect(await store.list()).toEqual([]);
  });

  it('skips corrupt and half-written drafts', async () => {
    const { folder, store } = await makeStore();
    await store.save('good', meta(), sampleProject());
    await store.save('badproject', meta(), sampleProject());
    await fs.writeFile(join(folder, 'badproject.touchline'), '{"format":');
    await store.save('badmeta', meta(), sampleProject());
    await fs.writeFile(join(folder, 'badmeta.json'), 'not json');
    await store.save('nometa', meta(), sampleProject());
    await fs.unlink(join(folder, 'nometa.json'));
    await store.save('noproject', meta(), sampleProject());
    await fs.unlink(join(folder, 'noproject.touchline'));
    await fs.writeFile(join(folder, 'not a draft!.json'), '{}');
    expect((await store.list()).map((d) => d.draftId)).toEqual(['good']);
  });

  it('restores through the shared loader; a bad draft is a typed error', async () => {
    const { folder, store } = await makeStore();
    const project = sampleProject('Coffee');
    await store.save('d1', meta('Coffee', '/w/c.touchline'), project);
    expect(await store.load('d1')).toMatchObject({ ok: true, value: { draftId: 'd1', project, meta: { filePath: '/w/c.touchline' } } });
    await fs.writeFile(join(folder, 'd1.touchline'), JSON.stringify({ format: 'touchline', version: 99, project: {} }));
    expect(await store.load('d1')).toMatchObject({ ok: false, error: { code: 'load-failed', load: { code: 'too-new' } } });
    expect(await store.load('missing')).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    expect(await store.load('../etc')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('refuses to save an invalid project', async () => {
    const { folder, store } = await makeStore();
    expect(await store.save('d1', meta(), { nope: true })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expect(fs.readdir(folder)).rejects.toThrow();
  });

  it('a failed write is a write-failed error', async () => {
    const { folder, store } = await makeStore();
    await fs.writeFile(folder, 'a file where the folder should be');
    expect(await store.save('d1', meta(), sampleProject())).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it('overwrites its own draft without leaving backups or temp files', async () => {
    const { folder, store } = await makeStore();
    await store.save('d1', meta('One'), sampleProject('One'));
    await store.save('d1', meta('Two'), sampleProject('Two'));
    expect((await fs.readdir(folder)).sort()).toEqual(['d1.json', 'd1.touchline']);
    expect(await store.list()).toMatchObject([{ draftId: 'd1', name: 'Two' }]);
  });

  it('discard removes both files and tolerates a missing draft', async () => {
    const { folder, store } = await makeStore();
    await store.save('d1', meta(), sampleProject());
    await store.discard('d1');
    await store.discard('d1');
    await store.discard('../../x');
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('never builds a path from a bad id', async () => {
    const { store } = await makeStore();
    expect(() => store.projectPath('../x')).toThrow();
    expect(await store.save('a/b', meta(), sampleProject())).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
