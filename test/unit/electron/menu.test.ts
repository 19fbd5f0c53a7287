// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/ipc/contract.ts';
import * as electron from '../../mocks/electron.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));
const { buildMenuTemplate, installMenu } = await import('../../../electron/main/menu.ts');

type Item = MenuItemConstructorOptions;
const recentFiles = [
  { path: '/w/a.touchline', name: 'Coffee & cake', openedAt: '' },
  { path: '/w/b.touchline', name: 'b', openedAt: '' },
];
const state = (over: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) => ({ platform: 'linux' as NodeJS.Platform, isPackaged: true, appName: 'Touchline', recentFiles, ...over });
const actions = () => ({ command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() });

const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const top = (template: Item[], label: string): Item => {
  const found = template.find((i) => i.label?.replace('&', '') === label || i.role === label.toLowerCase());
  if (!found) throw new Error(`no menu ${label}`);
  return found;
};
const item = (menu: Item, label: string): Item => {
  const found = submenu(menu).find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
};
const click = (i: Item) => (i.click as () => void)();
const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(submenu(i))]);

beforeEach(() => electron.resetElectronMock());

describe('buildMenuTemplate', () => {
  it('has File, Edit, Journey, View, Help on Windows/Linux', () => {
    expect(buildMenuTemplate(state(), actions()).map((i) => i.label)).toEqual(['&File', '&Edit', '&Journey', '&View', '&Help']);
  });

  it('adds the app menu and Window menu on macOS', () => {
    const template = buildMenuTemplate(state({ platform: 'darwin' }), actions());
    expect(template[0]!.label).toBe('Touchline');
    expect(template.some((i) => i.role === 'windowMenu')).toBe(true);
    expect(submenu(template[0]).some((i) => i.role === 'quit')).toBe(true);
  });

  it.each([
    ['File', 'New', 'CmdOrCtrl+N', 'new'],
    ['File', 'Open…', 'CmdOrCtrl+O', 'open'],
    ['File', 'Save', 'CmdOrCtrl+S', 'save'],
    ['File', 'Save As…', 'CmdOrCtrl+Shift+S', 'saveAs'],
    ['Edit', 'Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Edit', 'Redo', 'CmdOrCtrl+Shift+Z', 'redo'],
    ['Edit', 'Delete', 'Delete', 'delete'],
    ['Edit', 'Select All', 'CmdOrCtrl+A', 'selectAll'],
    ['Journey', 'Add Stage', 'S', 'addStage'],
    ['Journey', 'Add Touchpoint', 'T', 'addTouchpoint'],
    ['File', 'New from template…', 'CmdOrCtrl+Shift+N', 'newFromTemplate'],
    ['Edit', 'Duplicate', 'CmdOrCtrl+D', 'duplicate'],
    ['View', 'Zoom to Selection', 'Shift+2', 'zoomToSelection'],
    ['Journey', 'Present', 'CmdOrCtrl+Alt+P', 'present'],
    ['View', 'Zoom In', 'CmdOrCtrl+=', 'zoomIn'],
    ['View', 'Zoom Out', 'CmdOrCtrl+-', 'zoomOut'],
    ['View', 'Zoom to Fit', 'CmdOrCtrl+0', 'zoomToFit'],
    ['Help', 'About Touchline', undefined, 'about'],
  ])('%s › %s (%s) sends menu command %s', (menu, label, accelerator, command) => {
    const a = actions();
    const entry = item(top(buildMenuTemplate(state(), a), menu), label);
    expect(entry.accelerator).toBe(accelerator);
    click(entry);
    expect(a.command).toHaveBeenCalledWith(command);
  });

  it('every custom command is a MenuCommand from the contract, and all are reachable', () => {
    const a = actions();
    for (const i of all(buildMenuTemplate(state({ platform: 'darwin' }), a))) if (i.click && !i.label?.startsWith('Clear') && !recentFiles.some((f) => i.label === f.name.replace(/&/g, '&&'))) click(i);
    const sent = new Set(a.command.mock.calls.map((c) => c[0]));
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('offers Ctrl+Y for Redo on Windows/Linux only', () => {
    const find = (platform: NodeJS.Platform) => all(buildMenuTemplate(state({ platform }), actions())).filter((i) => i.accelerator === 'Ctrl+Y');
    expect(find('win32')).toHaveLength(1);
    expect(find('win32')[0]).toMatchObject({ label: 'Redo', visible: false });
    expect(find('darwin')).toHaveLength(0);
  });

  it('does not register Delete, so the key still works in text fields', () => {
    expect(item(top(buildMenuTemplate(state(), actions()), 'Edit'), 'Delete').registerAccelerator).toBe(false);
  });

  it('uses roles for cut, copy, paste and full screen', () => {
    const roles = all(buildMenuTemplate(state(), actions())).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'togglefullscreen', 'quit']));
  });

  it('Open Recent lists recent files (escaping &) and sends menu:openRecent; Clear clears', () => {
    const a = actions();
    const recent = submenu(item(top(buildMenuTemplate(state(), a), 'File'), 'Open Recent'));
    expect(recent.map((i) => i.label ?? i.type)).toEqual(['Coffee && cake', 'b', 'separator', 'Clear Recent']);
    click(recent[1]!);
    expect(a.openRecent).toHaveBeenCalledWith('/w/b.touchline');
    click(recent[3]!);
    expect(a.clearRecent).toHaveBeenCalled();
  });

  it('shows a disabled placeholder with no recent files', () => {
    const recent = submenu(item(top(buildMenuTemplate(state({ recentFiles: [] }), actions()), 'File'), 'Open Recent'));
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('shows developer tools only when not packaged', () => {
    const has = (isPackaged: boolean) => all(buildMenuTemplate(state({ isPackaged }), actions())).some((i) => i.role === 'toggleDevTools');
    expect(has(true)).toBe(false);
    expect(has(false)).toBe(true);
  });

  it('installMenu sets the application menu', () => {
    installMenu(state(), actions());
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });
});

describe('menu shortcuts are not registered where they would swallow typing', () => {
  it('shows S and T for Add Stage/Add Touchpoint but lets the renderer handle them', () => {
    const template = buildMenuTemplate(state(), actions());
    for (const label of ['Add Stage', 'Add Touchpoint']) expect(item(top(template, 'Journey'), label).registerAccelerator).toBe(false);
  });
});
