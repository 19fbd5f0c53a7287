// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RecentFiles } from '../../../electron/services/recentFiles.ts';
import { PrefsService } from '../../../electron/services/prefsStore.ts';
import { WindowRegistry } from '../../../electron/services/windowRegistry.ts';
import * as electron from '../../mocks/electron.ts';
import { tempDir } from './helpers.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));
const { createHandle } = await import('../../../electron/main/ipc/handle.ts');
const { setupExportIpc, exportBytes, withExtension } = await import('../../../electron/main/ipc/exportIpc.ts');

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

/** A fake `webContents.debugger` planted on a window's contents. */
function fakeDebugger(reply: () => Promise<unknown> = async () => ({ data: PNG_1x1 })) {
  let attached = false;
  return {
    isAttached: vi.fn(() => attached),
    attach: vi.fn(() => { attached = true; }),
    detach: vi.fn(),
    sendCommand: vi.fn(async (_method: string, _params?: object) => reply()),
  };
}

async function setup() {
  electron.resetElectronMock();
  const windows = new WindowRegistry();
  const prefs = await PrefsService.open({ cwd: await tempDir(), createBackend: async () => ({ store: {} }) });
  const handle = createHandle({ allowedOrigins: ['app://touchline'], isOurWindow: (id) => windows.has(id) }, vi.fn());
  setupExportIpc({ handle, windows, prefs, recent: new RecentFiles(prefs), appVersion: '1.2.3' });
  const win = new electron.BrowserWindow();
  windows.add(win.webContents.id);
  const other = new electron.BrowserWindow();
  windows.add(other.webContents.id);
  const dbg = fakeDebugger();
  const otherDbg = fakeDebugger();
  Object.assign(win.webContents, { debugger: dbg });
  Object.assign(other.webContents, { debugger: otherDbg });
  const event = (sender = win.webContents) => ({ sender, senderFrame: { url: 'app://touchline/index.html', parent: null } });
  const call = (channel: string, payload: unknown, ev: unknown = event()) => electron.ipcHandlers.get(channel)!(ev, payload) as Promise<Reply>;
  return { win, other, dbg, otherDbg, event, call };
}

const chooseSavePath = (filePath: string) => electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });

describe('export:save', () => {
  it('asks with the kind\'s extension filter and the suggested name, then writes the text atomically', async () => {
    const { call } = await setup();
    const dir = await tempDir();
    chooseSavePath(join(dir, 'roadmap'));
    const reply = await call('export:save', { kind: 'roadmap-csv', suggestedName: 'Coffee.csv', data: '\uFEFFa,b\n', encoding: 'utf8' });
    expect(reply).toMatchObject({ ok: true, value: { path: join(dir, 'roadmap.csv') } });
    expect(await readFile(join(dir, 'roadmap.csv'), 'utf8')).toBe('\uFEFFa,b\n');
    const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, { filters: unknown; defaultPath: string }];
    expect(options.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    expect(options.defaultPath.endsWith('Coffee.csv')).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['roadmap.csv']);
  });

  it.each([
    ['png', 'png'], ['json', 'touchline'], ['roadmap-json', 'json'], ['mermaid', 'mmd'], ['canvas', 'canvas'], ['decisions-md', 'md'], ['decisions-csv', 'csv'],
  ])('%s offers .%s', async (kind, extension) => {
    const { call } = await setup();
    await call('export:save', { kind, suggestedName: 'x', data: kind === 'png' ? PNG_1x1 : 'x', encoding: kind === 'png' ? 'base64' : 'utf8' });
    const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, { filters: { extensions: string[] }[] }];
    expect(options.filters[0]!.extensions).toEqual([extension]);
  });

  it('decodes a base64 PNG and writes its bytes', async () => {
    const { call } = await setup();
    const dir = await tempDir();
    chooseSavePath(join(dir, 'map.png'));
    expect(await call('export:save', { kind: 'png', suggestedName: 'map.png', data: PNG_1x1, encoding: 'base64' })).toMatchObject({ ok: true });
    expect(await readFile(join(dir, 'map.png'))).toEqual(Buffer.from(PNG_1x1, 'base64'));
  });

  it('answers null when the user cancels, writing nothing', async () => {
    const { call } = await setup();
    expect(await call('export:save', { kind: 'mermaid', suggestedName: 'x.mmd', data: 'journey', encoding: 'utf8' })).toEqual({ ok: true, value: null });
  });

  it('refuses paths inside the app\'s own folder', async () => {
    const { call } = await setup();
    chooseSavePath('/opt/touchline/resources/app/evil.csv');
    expect(await call('export:save', { kind: 'roadmap-csv', suggestedName: 'x', data: 'a', encoding: 'utf8' })).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it.each([
    ['PNG as text', { kind: 'png', suggestedName: 'x', data: PNG_1x1, encoding: 'utf8' }],
    ['PNG that is not base64', { kind: 'png', suggestedName: 'x', data: 'not base64!', encoding: 'base64' }],
    ['base64 that is not a PNG', { kind: 'png', suggestedName: 'x', data: Buffer.from('GIF89a').toString('base64'), encoding: 'base64' }],
    ['text as base64', { kind: 'mermaid', suggestedName: 'x', data: 'am91cm5leQ==', encoding: 'base64' }],
  ])('refuses %s before asking for a path', async (_name, payload) => {
    const { call } = await setup();
    expect(await call('export:save', payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    { kind: 'exe', suggestedName: 'x', data: 'a', encoding: 'utf8' },
    { kind: 'png', suggestedName: 'x', data: 'a', encoding: 'hex' },
    { kind: 'png', suggestedName: 'x'.repeat(301), data: PNG_1x1, encoding: 'base64' },
    { kind: 'png', suggestedName: 'x', data: 42, encoding: 'base64' },
  ])('rejects a malformed request %#', async (payload) => {
    const { call } = await setup();
    expect(await call('export:save', payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('adds the extension only when missing', () => {
    expect(withExtension('/a/b', 'png')).toBe('/a/b.png');
    expect(withExtension('/a/b.PNG', 'png')).toBe('/a/b.PNG');
    expect(exportBytes('canvas', '{}', 'utf8')).toEqual(new TextEncoder().encode('{}'));
  });
});

describe('export:capture', () => {
  const clip = { x: 0, y: 0, width: 1632, height: 1304 };

  it('captures the sender\'s own page through its debugger with capturePng', async () => {
    const { call, dbg, otherDbg } = await setup();
    expect(await call('export:capture', { clip, scale: 2 })).toEqual({ ok: true, value: PNG_1x1 });
    expect(dbg.attach).toHaveBeenCalledWith('1.3');
    expect(dbg.sendCommand).toHaveBeenCalledWith('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 2 }, captureBeyondViewport: true, fromSurface: true });
    expect(otherDbg.sendCommand).not.toHaveBeenCalled();
    await call('export:capture', { clip, scale: 1 });
    expect(dbg.attach).toHaveBeenCalledTimes(1);
  });

  it('captures the other window when that window asks, never the first', async () => {
    const { call, event, other, dbg, otherDbg } = await setup();
    await call('export:capture', { clip, scale: 1 }, event(other.webContents));
    expect(otherDbg.sendCommand).toHaveBeenCalledTimes(1);
    expect(dbg.sendCommand).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not one of our windows', async () => {
    const { call, event, dbg } = await setup();
    const foreign = new electron.BrowserWindow();
    Object.assign(foreign.webContents, { debugger: fakeDebugger() });
    expect(await call('export:capture', { clip, scale: 1 }, event(foreign.webContents))).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(dbg.sendCommand).not.toHaveBeenCalled();
  });

  it('answers an error (so the renderer falls back) when the debugger is taken', async () => {
    const { call, dbg } = await setup();
    dbg.attach.mockImplementationOnce(() => { throw new Error('Another debugger is already attached'); });
    expect(await call('export:capture', { clip, scale: 1 })).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('Another debugger') } });
  });

  it.each([
    { clip: { x: 0, y: 0, width: 0, height: 10 }, scale: 1 },
    { clip: { x: 0, y: 0, width: 20000, height: 10 }, scale: 1 },
    { clip: { x: 0, y: 0, width: 10, height: 10 }, scale: 9 },
    { clip: { x: Number.NaN, y: 0, width: 10, height: 10 }, scale: 1 },
    { clip: { x: 0, y: 0, width: 10 }, scale: 1 },
  ])('rejects a malformed request %#', async (payload) => {
    const { call, dbg } = await setup();
    expect(await call('export:capture', payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(dbg.sendCommand).not.toHaveBeenCalled();
  });
});
