// @vitest-environment node
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PrefsService } from '../../../electron/services/prefsStore.ts';
import { RecentFiles } from '../../../electron/services/recentFiles.ts';
import { WindowRegistry } from '../../../electron/services/windowRegistry.ts';
import type { Project } from '../../../shared/domain/model.ts';
import { CHANNELS, type ChannelName } from '../../../shared/ipc/contract.ts';
import { serializeProject } from '../../../shared/file/save.ts';
import * as electron from '../../mocks/electron.ts';
import { sampleProject, tempDir } from './helpers.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));
const { createHandle } = await import('../../../electron/main/ipc/handle.ts');
const { setupAllIpc } = await import('../../../electron/main/ipc/index.ts');
const { isInside, withProjectExtension } = await import('../../../electron/main/ipc/projectIpc.ts');
const { learnt, printer } = await import('../../../electron/services/windowSave.ts');

const ORIGINS = ['app://touchline'];

async function setup() {
  electron.resetElectronMock();
  const windows = new WindowRegistry();
  const prefs = await PrefsService.open({ cwd: await tempDir(), createBackend: async () => ({ store: {} }) });
  const recent = new RecentFiles(prefs);
  const log = vi.fn();
  const ctx = { handle: createHandle({ allowedOrigins: ORIGINS, isOurWindow: (id) => windows.has(id) }, log), windows, prefs, recent, appVersion: '1.2.3' };
  setupAllIpc(ctx);
  const win = new electron.BrowserWindow();
  windows.add(win.webContents.id);
  const event = (over: Record<string, unknown> = {}) => ({ sender: win.webContents, senderFrame: { url: 'app://touchline/index.html', parent: null }, ...over });
  const call = (channel: ChannelName, payload: unknown, ev: unknown = event()) => {
    const handler = electron.ipcHandlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(ev, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  };
  return { ctx, windows, recent, prefs, win, event, call, log };
}

/** A request each channel accepts. */
const VALID: Record<ChannelName, unknown> = {
  'project:open': {},
  'project:save': { path: '/x.touchline', project: {} },
  'project:saveAs': { suggestedName: 'x', project: {} },
  'recent:list': {},
  'recent:clear': {},
  'window:setDocumentState': { title: 't', dirty: false },
  'window:close': {},
  'prefs:get': {},
  'prefs:set': {},
  'app:info': {},
  'project:reload': { path: '/x.touchline' },
  'export:save': { kind: 'roadmap-csv', suggestedName: 'x.csv', data: 'a,b', encoding: 'utf8' },
  'export:capture': { clip: { x: 0, y: 0, width: 10, height: 10 }, scale: 1 },
  'recovery:saveDraft': { draftId: 'd1', name: 'x', filePath: null, project: {} },
  'recovery:list': {},
  'recovery:restore': { draftId: 'd1' },
  'recovery:discard': { draftId: 'd1' },
};
const CHANNEL_NAMES = Object.keys(CHANNELS) as ChannelName[];

describe('handler registration', () => {
  it('registers exactly one handler for every channel in the contract', async () => {
    await setup();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it.each(CHANNEL_NAMES)('%s refuses untrusted senders', async (channel) => {
    const { call, event, log } = await setup();
    const foreign = new electron.BrowserWindow();
    const bad = [
      event({ senderFrame: { url: 'https://evil.test/', parent: null } }),
      event({ senderFrame: { url: 'file:///index.html', parent: null } }),
      event({ senderFrame: { url: 'app://touchline/index.html', parent: {} } }),
      event({ senderFrame: null }),
      event({ sender: foreign.webContents }),
    ];
    for (const ev of bad) {
      expect(await call(channel, VALID[channel], ev)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(log).toHaveBeenCalled();
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it.each(CHANNEL_NAMES)('%s refuses malformed payloads', async (channel) => {
    const { call } = await setup();
    for (const payload of ['nope', null, undefined, 42, []]) {
      expect(await call(channel, payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('turns a thrown error into an internal error', async () => {
    const { call, prefs, log } = await setup();
    vi.spyOn(prefs, 'get').mockImplementation(() => { throw new Error('boom'); });
    expect(await call('prefs:get', {})).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(log).toHaveBeenCalledWith('Handler for prefs:get failed.', expect.any(Error));
  });
});

describe('project channels', () => {
  const writeSample = async () => {
    const path = join(await tempDir(), 'journey.touchline');
    const project = sampleProject();
    await fs.writeFile(path, serializeProject(project));
    return { path, project };
  };

  it('open: shows the dialog filtered to .touchline, opens, registers the path and remembers it', async () => {
    const { call, windows, win, recent } = await setup();
    const { path, project } = await writeSample();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await call('project:open', {})).toEqual({ ok: true, value: { path, project, migratedFrom: null } });
    const options = electron.dialog.showOpenDialog.mock.calls[0]![1] as { filters: unknown };
    expect(options.filters).toEqual([{ name: 'Touchline journey', extensions: ['touchline'] }]);
    expect(windows.canSaveTo(win.webContents.id, path)).toBe(true);
    expect(recent.has(path)).toBe(true);
  });

  it('open: cancelling returns null', async () => {
    const { call } = await setup();
    expect(await call('project:open', {})).toEqual({ ok: true, value: null });
  });

  it('open with a path: only recent files are accepted', async () => {
    const { call, recent } = await setup();
    const { path } = await writeSample();
    expect(await call('project:open', { path })).toMatchObject({ ok: false, error: { code: 'unknown-path' } });
    recent.add(path);
    expect(await call('project:open', { path })).toMatchObject({ ok: true, value: { path } });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('open: a damaged file is a load-failed error and is not registered', async () => {
    const { call, windows, win } = await setup();
    const path = join(await tempDir(), 'bad.touchline');
    await fs.writeFile(path, '{');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await call('project:open', {})).toMatchObject({ ok: false, error: { code: 'load-failed' } });
    expect(windows.canSaveTo(win.webContents.id, path)).toBe(false);
  });

  it('save: refuses a path this window did not open', async () => {
    const { call } = await setup();
    const path = join(await tempDir(), 'elsewhere.touchline');
    expect(await call('project:save', { path, project: sampleProject() })).toMatchObject({ ok: false, error: { code: 'unknown-path' } });
    await expect(fs.stat(path)).rejects.toThrow();
  });

  it('save: writes to an opened path, refuses an invalid project', async () => {
    const { call, windows, win } = await setup();
    const { path, project } = await writeSample();
    windows.allowPath(win.webContents.id, path);
    const renamed = { ...project, name: 'Renamed' };
    expect(await call('project:save', { path, project: renamed })).toMatchObject({ ok: true, value: { path } });
    expect(JSON.parse(await fs.readFile(path, 'utf8')).project.name).toBe('Renamed');
    expect(await call('project:save', { path, project: { nope: true } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('checks each save against what the window opened or sent last: unchanged parts are kept, changes are written', async () => {
    const { call, windows, win } = await setup();
    const id = win.webContents.id;
    const { path } = await writeSample();
    const learning = vi.spyOn(printer, 'rememberInSteps');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const opened = (await call('project:open', {})).value as { project: Project };
    const base = windows.checkedProject(id)!;
    expect(base).toEqual(opened.project);
    // The opened file's items are learnt once nobody waits, so its first save prints only what changed.
    await learnt();
    expect(learning).toHaveBeenLastCalledWith(base);

    const edited = structuredClone(opened.project);
    edited.journeys[0]!.lanes[0]!.name = 'Renamed lane';
    expect(await call('project:save', { path, project: edited })).toMatchObject({ ok: true });
    const after = windows.checkedProject(id)!;
    expect(after.journeys[0]!.lanes[0]!.name).toBe('Renamed lane');
    expect(after.journeys[0]!.lanes[1]).toBe(base.journeys[0]!.lanes[1]);
    expect(JSON.parse(await fs.readFile(path, 'utf8')).project.journeys[0].lanes[0].name).toBe('Renamed lane');
    await learnt();
    expect(learning).toHaveBeenLastCalledWith(after);
    learning.mockRestore();

    // A refused save leaves the base alone; a recovery copy moves it on.
    expect(await call('project:save', { path, project: { ...edited, journeys: [] } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(windows.checkedProject(id)).toBe(after);
    const drafted = structuredClone(edited);
    drafted.journeys[0]!.lanes[1]!.name = 'Drafted';
    const remember = vi.spyOn(printer, 'rememberInSteps');
    expect(await call('recovery:saveDraft', { draftId: 'd1', name: 'x', filePath: path, project: drafted })).toEqual({ ok: true, value: null });
    expect(windows.checkedProject(id)!.journeys[0]!.lanes[1]!.name).toBe('Drafted');
    expect(windows.checkedProject(id)!.journeys[0]!.lanes[0]).toBe(after.journeys[0]!.lanes[0]);
    // Its items' text is learnt once nobody waits, for the saves to come.
    await learnt();
    expect(remember).toHaveBeenLastCalledWith(windows.checkedProject(id));
    remember.mockRestore();
  });

  it('saveAs: suggests a safe file name, adds the extension, writes and allows later saves', async () => {
    const { call, windows, win, recent } = await setup();
    const dir = await tempDir();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'chosen') });
    const result = await call('project:saveAs', { suggestedName: 'Coffee: loyalty?', project: sampleProject() });
    const target = join(dir, 'chosen.touchline');
    expect(result).toMatchObject({ ok: true, value: { path: target } });
    const options = electron.dialog.showSaveDialog.mock.calls[0]![1] as { defaultPath: string };
    expect(options.defaultPath.endsWith('Coffee loyalty.touchline')).toBe(true);
    expect(windows.canSaveTo(win.webContents.id, target)).toBe(true);
    expect(recent.has(target)).toBe(true);
    expect(await call('project:save', { path: target, project: sampleProject() })).toMatchObject({ ok: true });
  });

  it('saveAs: cancelled → null; invalid project → refused before any dialog', async () => {
    const { call } = await setup();
    expect(await call('project:saveAs', { suggestedName: 'x', project: sampleProject() })).toEqual({ ok: true, value: null });
    electron.dialog.showSaveDialog.mockClear();
    expect(await call('project:saveAs', { suggestedName: 'x', project: 5 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('saveAs: refuses the program folder', async () => {
    const { call } = await setup();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/opt/touchline/resources/app/x.touchline' });
    expect(await call('project:saveAs', { suggestedName: 'x', project: sampleProject() })).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it('recent:list and recent:clear', async () => {
    const { call, recent } = await setup();
    recent.add('/w/a.touchline');
    expect(await call('recent:list', {})).toMatchObject({ ok: true, value: [{ path: '/w/a.touchline' }] });
    expect(await call('recent:clear', {})).toEqual({ ok: true, value: [] });
    expect(recent.list()).toEqual([]);
  });

  it('path helpers', () => {
    expect(withProjectExtension('/a/b')).toBe('/a/b.touchline');
    expect(withProjectExtension('/a/b.TOUCHLINE')).toBe('/a/b.TOUCHLINE');
    expect(withProjectExtension('/a/b.json')).toBe('/a/b.json.touchline');
    expect(isInside('/app', '/app/x')).toBe(true);
    expect(isInside('/app', '/app')).toBe(true);
    expect(isInside('/app', '/application/x')).toBe(false);
    expect(isInside('/app', '/other')).toBe(false);
  });
});

describe('window, prefs and app channels', () => {
  it('setDocumentState sets title, edited marker and registry state', async () => {
    const { call, win, windows } = await setup();
    expect(await call('window:setDocumentState', { title: 'Coffee — Touchline', dirty: true })).toEqual({ ok: true, value: null });
    expect(win.setTitle).toHaveBeenCalledWith('Coffee — Touchline');
    expect(win.setDocumentEdited).toHaveBeenCalledWith(true);
    expect(windows.documentState(win.webContents.id)).toEqual({ title: 'Coffee — Touchline', dirty: true, path: null });
    await call('window:setDocumentState', { title: 'Coffee — Touchline', dirty: false, path: '/maps/coffee.touchline' });
    expect(windows.isShowing(win.webContents.id, '/maps/coffee.touchline')).toBe(true);
    await call('window:setDocumentState', { title: ' ', dirty: false });
    expect(win.setTitle).toHaveBeenLastCalledWith('Touchline');
  });

  it('window:close approves and closes', async () => {
    const { call, win, windows } = await setup();
    await call('window:close', {});
    expect(windows.isCloseApproved(win.webContents.id)).toBe(true);
    expect(win.close).toHaveBeenCalled();
  });

  it('prefs:get / prefs:set; recent files cannot be patched from the renderer', async () => {
    const { call } = await setup();
    expect(await call('prefs:set', { userName: 'Ana', recentFiles: [{ path: '/etc/passwd', name: 'x', openedAt: '' }] })).toMatchObject({ ok: true, value: { userName: 'Ana', recentFiles: [] } });
    expect(await call('prefs:get', {})).toMatchObject({ ok: true, value: { userName: 'Ana' } });
    expect(await call('prefs:set', { role: 'boss' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('app:info', async () => {
    const { call } = await setup();
    expect(await call('app:info', {})).toEqual({ ok: true, value: { name: 'Touchline', version: '0.1.0', platform: process.platform } });
  });
});
