// @vitest-environment node
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONFIG_FILE, isValidPreferencesText, PrefsService } from '../../../electron/services/prefsStore.ts';
import { RecentFiles } from '../../../electron/services/recentFiles.ts';
import { DEFAULT_PREFERENCES, MAX_RECENT } from '../../../shared/prefs/schema.ts';
import { installElectronForNodeImports } from '../../mocks/electron.ts';
import { tempDir } from './helpers.ts';

// The real electron-store runs against a temp dir; only `electron` under it is fake.
beforeAll(() => installElectronForNodeImports());

const NOW = new Date('2026-05-06T07:08:09.010Z');

describe('PrefsService (real electron-store)', () => {
  it('starts with the defaults when there is no file', async () => {
    const prefs = await PrefsService.open({ cwd: await tempDir() });
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES);
    expect(prefs.takeRecoveryNotice()).toBeNull();
  });

  it('persists changes to config.json in cwd', async () => {
    const cwd = await tempDir();
    const prefs = await PrefsService.open({ cwd });
    expect(prefs.set({ userName: 'Ana', role: 'it' })).toMatchObject({ userName: 'Ana', role: 'it' });
    const again = await PrefsService.open({ cwd });
    expect(again.get()).toMatchObject({ userName: 'Ana', role: 'it' });
    expect(JSON.parse(await fs.readFile(join(cwd, CONFIG_FILE), 'utf8'))).toMatchObject({ userName: 'Ana' });
  });

  it('treats undefined fields in a patch as "no change"', async () => {
    const prefs = await PrefsService.open({ cwd: await tempDir() });
    prefs.set({ userName: 'Ana' });
    expect(prefs.set({ userName: undefined, role: 'it' })).toMatchObject({ userName: 'Ana', role: 'it' });
  });

  it.each([
    ['not JSON', '{ broken'],
    ['wrong shape', JSON.stringify({ version: 1, userName: 5, role: 'marketing', recentFiles: [] })],
    ['a future version', JSON.stringify({ ...DEFAULT_PREFERENCES, version: 2 })],
  ])('moves a bad file aside (%s), uses defaults, and reports it once', async (_name, text) => {
    const cwd = await tempDir();
    await fs.writeFile(join(cwd, CONFIG_FILE), text);
    const prefs = await PrefsService.open({ cwd, now: () => NOW });
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES);
    const movedTo = join(cwd, 'config.corrupt-2026-05-06T07-08-09-010Z.json');
    expect(prefs.takeRecoveryNotice()).toEqual({ recovered: true, movedTo });
    expect(prefs.takeRecoveryNotice()).toBeNull();
    expect(await fs.readFile(movedTo, 'utf8')).toBe(text);
  });

  it('keeps a valid file', async () => {
    const cwd = await tempDir();
    await fs.writeFile(join(cwd, CONFIG_FILE), JSON.stringify({ ...DEFAULT_PREFERENCES, userName: 'Bo' }));
    const prefs = await PrefsService.open({ cwd });
    expect(prefs.get().userName).toBe('Bo');
    expect(prefs.takeRecoveryNotice()).toBeNull();
  });

  it('serves reads from memory, not the disk', async () => {
    const cwd = await tempDir();
    const prefs = await PrefsService.open({ cwd });
    prefs.set({ userName: 'Ana' });
    await fs.writeFile(join(cwd, CONFIG_FILE), JSON.stringify({ ...DEFAULT_PREFERENCES, userName: 'Changed behind our back' }));
    expect(prefs.get().userName).toBe('Ana');
  });

  it('hands out copies, so callers cannot change the cache', async () => {
    const prefs = await PrefsService.open({ cwd: await tempDir() });
    prefs.get().recentFiles.push({ path: '/x', name: 'x', openedAt: '' });
    expect(prefs.get().recentFiles).toEqual([]);
  });

  it('refuses values outside the schema', async () => {
    const prefs = await PrefsService.open({ cwd: await tempDir() });
    expect(() => prefs.update((p) => ({ ...p, userName: 'x'.repeat(500) }))).toThrow();
    expect(prefs.get().userName).toBe('');
  });

  it('runs from memory when the store cannot be opened or written', async () => {
    const log = vi.fn();
    const backend = { get store(): Record<string, unknown> { return {}; }, set store(_v) { throw new Error('EROFS'); } };
    const prefs = await PrefsService.open({ cwd: await tempDir(), createBackend: async () => backend, log });
    expect(prefs.set({ userName: 'Ana' }).userName).toBe('Ana');
    expect(log).toHaveBeenCalled();
    const broken = await PrefsService.open({ cwd: await tempDir(), createBackend: async () => { throw new Error('nope'); }, log });
    expect(broken.get()).toEqual(DEFAULT_PREFERENCES);
  });

  it('notifies listeners on change', async () => {
    const prefs = await PrefsService.open({ cwd: await tempDir() });
    const listener = vi.fn();
    const off = prefs.onChange(listener);
    prefs.set({ role: 'it' });
    off();
    prefs.set({ role: 'marketing' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0]).toMatchObject({ role: 'it' });
  });

  it('isValidPreferencesText', () => {
    expect(isValidPreferencesText(JSON.stringify(DEFAULT_PREFERENCES))).toBe(true);
    expect(isValidPreferencesText('null')).toBe(false);
    expect(isValidPreferencesText('')).toBe(false);
  });
});

describe('RecentFiles', () => {
  const make = async () => {
    let t = 0;
    const prefs = await PrefsService.open({ cwd: await tempDir() });
    return new RecentFiles(prefs, () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)));
  };

  it('adds newest first with the file name as label, without duplicates', async () => {
    const recent = await make();
    recent.add('/work/a.touchline');
    recent.add('/work/b.touchline');
    recent.add('/work/a.touchline');
    expect(recent.list().map((f) => [f.path, f.name])).toEqual([['/work/a.touchline', 'a'], ['/work/b.touchline', 'b']]);
    expect(recent.list()[0]!.openedAt).toBe('2026-01-01T00:00:02.000Z');
  });

  it('keeps at most MAX_RECENT files', async () => {
    const recent = await make();
    for (let i = 0; i < MAX_RECENT + 3; i++) recent.add(`/work/${i}.touchline`);
    expect(recent.list()).toHaveLength(MAX_RECENT);
  });

  it('answers has() for equivalent paths, and removes and clears', async () => {
    const recent = await make();
    recent.add('/work/a.touchline');
    expect(recent.has('/work/x/../a.touchline')).toBe(true);
    expect(recent.has('/work/b.touchline')).toBe(false);
    expect(recent.remove('/work/a.touchline')).toEqual([]);
    recent.add('/work/a.touchline');
    expect(recent.clear()).toEqual([]);
  });

  it('ignores a path too long to remember', async () => {
    const recent = await make();
    expect(recent.add(`/${'x'.repeat(5000)}.touchline`)).toEqual([]);
  });

  it('reports changes', async () => {
    const recent = await make();
    const listener = vi.fn();
    recent.onChange(listener);
    recent.add('/work/a.touchline');
    expect(listener).toHaveBeenCalledWith([expect.objectContaining({ path: '/work/a.touchline' })]);
  });
});
