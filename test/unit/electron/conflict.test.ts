// @vitest-environment node
// Save conflicts (the file changed on disk since this window opened or saved
// it), 'project:reload', and the recovery channels, through the real handlers.
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PrefsService } from '../../../electron/services/prefsStore.ts';
import { RecentFiles } from '../../../electron/services/recentFiles.ts';
import { WindowRegistry } from '../../../electron/services/windowRegistry.ts';
import type { ChannelName } from '../../../shared/ipc/contract.ts';
import { serializeProject } from '../../../shared/file/save.ts';
import * as electron from '../../mocks/electron.ts';
import { sampleProject, tempDir } from './helpers.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));
const { createHandle } = await import('../../../electron/main/ipc/handle.ts');
const { setupAllIpc } = await import('../../../electron/main/ipc/index.ts');
const { CONFLICT_MESSAGE } = await import('../../../electron/services/windowSave.ts');
const { fileIdentity } = await import('../../../electron/services/fileIdentity.ts');

type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

async function setup() {
  electron.resetElectronMock();
  const userData = await tempDir();
  electron.app.getPath.mockImplementation(() => userData);
  const windows = new WindowRegistry();
  const prefs = await PrefsService.open({ cwd: await tempDir(), createBackend: async () => ({ store: {} }) });
  const recent = new RecentFiles(prefs);
  setupAllIpc({ handle: createHandle({ allowedOrigins: ['app://touchline'], isOurWindow: (id) => windows.has(id) }, vi.fn()), windows, prefs, recent, appVersion: '1.2.3' });
  const win = new electron.BrowserWindow();
  windows.add(win.webContents.id);
  const call = (channel: ChannelName, payload: unknown, sender = win.webContents) =>
    electron.ipcHandlers.get(channel)!({ sender, senderFrame: { url: 'app://touchline/index.html', parent: null } }, payload) as Promise<Reply>;
  const dir = await tempDir();
  const path = join(dir, 'journey.touchline');
  const project = sampleProject();
  await fs.writeFile(path, serializeProject(project));
  const open = async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await call('project:open', {})).toMatchObject({ ok: true });
  };
  return { call, windows, win, recent, userData, path, project, open };
}

const renamed = (name: string) => ({ ...sampleProject(), name });
const nameOnDisk = async (path: string) => JSON.parse(await fs.readFile(path, 'utf8')).project.name as string;
const conflict = { ok: false, error: { code: 'conflict', message: CONFLICT_MESSAGE } };

describe('save conflicts', () => {
  it('an unchanged file saves, and keeps saving', async () => {
    const { call, path, open } = await setup();
    await open();
    expect(await call('project:save', { path, project: renamed('One') })).toMatchObject({ ok: true });
    expect(await call('project:save', { path, project: renamed('Two') })).toMatchObject({ ok: true });
    expect(await nameOnDisk(path)).toBe('Two');
  });

  it('a change of size is a conflict, and the file is left alone', async () => {
    const { call, path, open } = await setup();
    await open();
    await fs.writeFile(path, serializeProject(renamed('Changed elsewhere, longer name')));
    expect(await call('project:save', { path, project: renamed('Mine') })).toEqual(conflict);
    expect(await nameOnDisk(path)).toBe('Changed elsewhere, longer name');
  });

  it('a change of modification time alone is a conflict', async () => {
    const { call, path, open } = await setup();
    await open();
    await fs.utimes(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(await call('project:save', { path, project: renamed('Mine') })).toEqual(conflict);
  });

  it('a same-size edit with the modification time put back is a conflict (content hash)', async () => {
    const { call, path, open } = await setup();
    // A whole-second time, so utimes can put it back exactly.
    const fixed = new Date(2025, 5, 1, 12, 0, 0);
    await fs.utimes(path, fixed, fixed);
    await open();
    const before = await fs.stat(path);
    const text = await fs.readFile(path, 'utf8');
    const edited = text.replace('"Coffee loyalty"', '"Coffee royalty"');
    expect(edited.length).toBe(text.length);
    await fs.writeFile(path, edited);
    await fs.utimes(path, fixed, fixed);
    const after = await fs.stat(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(await call('project:save', { path, project: renamed('Mine') })).toEqual(conflict);
    expect(await nameOnDisk(path)).toBe('Coffee royalty');
  });

  it('a file that vanished is a conflict', async () => {
    const { call, path, open } = await setup();
    await open();
    await fs.unlink(path);
    expect(await call('project:save', { path, project: renamed('Mine') })).toEqual(conflict);
  });

  it('overwrite: true saves anyway and records the new identity', async () => {
    const { call, path, open } = await setup();
    await open();
    await fs.writeFile(path, serializeProject(renamed('Theirs')));
    expect(await call('project:save', { path, project: renamed('Mine'), overwrite: true })).toMatchObject({ ok: true });
    expect(await nameOnDisk(path)).toBe('Mine');
    // The next save compares against what we wrote, not what we first opened.
    expect(await call('project:save', { path, project: renamed('Mine again') })).toMatchObject({ ok: true });
  });

  it('a save records the identity: a change after it is a conflict', async () => {
    const { call, path, open } = await setup();
    await open();
    expect(await call('project:save', { path, project: renamed('Mine') })).toMatchObject({ ok: true });
    await fs.writeFile(path, serializeProject(renamed('Theirs')));
    expect(await call('project:save', { path, project: renamed('Mine 2') })).toEqual(conflict);
  });

  it('the identity a save records is the written file’s own, as reading it back would give', async () => {
    const { call, path, open, windows, win } = await setup();
    await open();
    expect(await call('project:save', { path, project: renamed('Mine') })).toMatchObject({ ok: true });
    expect(windows.identityOf(win.webContents.id, path)).toEqual(await fileIdentity(path));
  });

  it('Save As records the identity of the written file', async () => {
    const { call } = await setup();
    const target = join(await tempDir(), 'new.touchline');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await call('project:saveAs', { suggestedName: 'x', project: sampleProject() })).toMatchObject({ ok: true });
    expect(await call('project:save', { path: target, project: renamed('Two') })).toMatchObject({ ok: true });
    await fs.appendFile(target, ' ');
    expect(await call('project:save', { path: target, project: renamed('Three') })).toEqual(conflict);
  });

  it('an invalid project is refused before the disk is compared', async () => {
    const { call, path, open } = await setup();
    await open();
    await fs.unlink(path);
    expect(await call('project:save', { path, project: { nope: 1 } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('project:reload', () => {
  it('re-reads the file from disk and records its identity, so the next save succeeds', async () => {
    const { call, path, open } = await setup();
    await open();
    await fs.writeFile(path, serializeProject(renamed('Theirs')));
    expect(await call('project:save', { path, project: renamed('Mine') })).toEqual(conflict);
    expect(await call('project:reload', { path })).toMatchObject({ ok: true, value: { path, project: { name: 'Theirs' }, migratedFrom: null } });
    expect(await call('project:save', { path, project: renamed('Merged') })).toMatchObject({ ok: true });
  });

  it('refuses a path this window never opened; reports a damaged file', async () => {
    const { call, path, open } = await setup();
    expect(await call('project:reload', { path })).toMatchObject({ ok: false, error: { code: 'unknown-path' } });
    await open();
    await fs.writeFile(path, '{');
    expect(await call('project:reload', { path })).toMatchObject({ ok: false, error: { code: 'load-failed' } });
  });
});

describe('recovery channels', () => {
  const draft = (over: Record<string, unknown> = {}) => ({ draftId: 'd1', name: 'Coffee', filePath: null, project: sampleProject('Coffee'), ...over });

  it('saves drafts under userData/recovery, lists, restores and discards them', async () => {
    const { call, userData } = await setup();
    expect(await call('recovery:saveDraft', draft())).toEqual({ ok: true, value: null });
    expect((await fs.readdir(join(userData, 'recovery'))).sort()).toEqual(['d1.json', 'd1.touchline']);
    expect(await call('recovery:list', {})).toMatchObject({ ok: true, value: [{ draftId: 'd1', name: 'Coffee', bytes: expect.any(Number), filePath: null }] });
    expect(await call('recovery:restore', { draftId: 'd1' })).toMatchObject({ ok: true, value: { draftId: 'd1', project: { name: 'Coffee' }, filePath: null } });
    expect(await call('recovery:discard', { draftId: 'd1' })).toEqual({ ok: true, value: null });
    expect(await call('recovery:list', {})).toEqual({ ok: true, value: [] });
    expect(await call('recovery:restore', { draftId: 'd1' })).toMatchObject({ ok: false, error: { code: 'read-failed' } });
  });

  it('refuses an invalid project; a damaged draft restores as load-failed', async () => {
    const { call, userData } = await setup();
    expect(await call('recovery:saveDraft', draft({ project: { nope: 1 } }))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await call('recovery:saveDraft', draft());
    await fs.writeFile(join(userData, 'recovery', 'd1.touchline'), '{');
    expect(await call('recovery:restore', { draftId: 'd1' })).toMatchObject({ ok: false, error: { code: 'load-failed' } });
  });

  it('keeps a file path only when the window may save there', async () => {
    const { call, path, open } = await setup();
    await call('recovery:saveDraft', draft({ draftId: 'stranger', filePath: '/etc/passwd' }));
    expect(await call('recovery:restore', { draftId: 'stranger' })).toMatchObject({ ok: true, value: { filePath: null } });
    await open();
    await call('recovery:saveDraft', draft({ filePath: path }));
    expect(await call('recovery:restore', { draftId: 'd1' })).toMatchObject({ ok: true, value: { filePath: path } });
  });

  it('after a crash, a recent file is allowed again with the identity it had, so later changes still conflict', async () => {
    const first = await setup();
    await first.open();
    await first.call('recovery:saveDraft', draft({ filePath: first.path }));
    // "Crash": a new window in the same app data, with the same recent files.
    const other = new electron.BrowserWindow();
    first.windows.add(other.webContents.id);
    expect(first.windows.canSaveTo(other.webContents.id, first.path)).toBe(false);
    expect(await first.call('recovery:restore', { draftId: 'd1' }, other.webContents)).toMatchObject({ ok: true, value: { filePath: first.path } });
    expect(first.windows.canSaveTo(other.webContents.id, first.path)).toBe(true);
    await fs.writeFile(first.path, serializeProject(renamed('Theirs')));
    expect(await first.call('project:save', { path: first.path, project: renamed('Mine') }, other.webContents)).toEqual(conflict);
  });

  it('a clean close removes the window\'s drafts; drafts of other windows stay', async () => {
    const { call, win, windows, userData } = await setup();
    const other = new electron.BrowserWindow();
    windows.add(other.webContents.id);
    await call('recovery:saveDraft', draft({ draftId: 'mine' }));
    await call('recovery:saveDraft', draft({ draftId: 'theirs' }), other.webContents);
    win.webContents.emit('destroyed');
    await vi.waitFor(async () => expect((await fs.readdir(join(userData, 'recovery'))).sort()).toEqual(['theirs.json', 'theirs.touchline']));
  });

  it('a window whose renderer crashed keeps its drafts even when it is then closed', async () => {
    const { call, win, userData } = await setup();
    await call('recovery:saveDraft', draft());
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    win.webContents.emit('destroyed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fs.readdir(join(userData, 'recovery'))).sort()).toEqual(['d1.json', 'd1.touchline']);
  });
});
