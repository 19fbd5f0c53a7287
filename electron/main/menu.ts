/**
 * The native menu, built by a pure function from the app state. Custom
 * items do not act themselves: they send a `MenuCommand` to the focused
 * window, so menu, toolbar and keyboard all go through the renderer's
 * command dispatch. Text fields must therefore handle undo/select-all
 * themselves when they have focus (the renderer does this).
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract.ts';
import type { RecentFile } from '../../shared/prefs/schema.ts';

export interface MenuState {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  recentFiles: readonly RecentFile[];
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** `&` starts a mnemonic on Windows/Linux; file names must show it literally. */
const escapeLabel = (label: string): string => label.replace(/&/g, '&&');

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(command),
    ...extra,
  });

  const recentItems: MenuItemConstructorOptions[] = state.recentFiles.map((file) => ({
    label: escapeLabel(file.name || file.path),
    click: () => actions.openRecent(file.path),
  }));
  const openRecent: MenuItemConstructorOptions = {
    label: 'Open Recent',
    submenu: [
      ...(recentItems.length > 0 ? recentItems : [{ label: 'No Recent Files', enabled: false }]),
      { type: 'separator' },
      { label: 'Clear Recent', enabled: recentItems.length > 0, click: () => actions.clearRecent() },
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{
        label: state.appName,
        submenu: [
          cmd(`About ${state.appName}`, 'about'),
          { type: 'separator' },
          { role: 'services' },
          { type: 'separator' },
          { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      cmd('New', 'new', 'CmdOrCtrl+N'),
      cmd('Open…', 'open', 'CmdOrCtrl+O'),
      openRecent,
      { type: 'separator' },
      cmd('Save', 'save', 'CmdOrCtrl+S'),
      cmd('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      cmd('Undo', 'undo', 'CmdOrCtrl+Z'),
      cmd('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      // Windows and Linux users also expect Ctrl+Y; hidden so the menu lists Redo once.
      ...(mac ? [] : [cmd('Redo', 'redo', 'Ctrl+Y', { visible: false, acceleratorWorksWhenHidden: true })]),
      { type: 'separator' },
      { role: 'cut' }, { role: 'copy' }, { role: 'paste' },
      // Shown but not registered: a registered Delete key would stop working in text fields.
      cmd('Delete', 'delete', 'Delete', { registerAccelerator: false }),
      cmd('Select All', 'selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const journey: MenuItemConstructorOptions = {
    label: mac ? 'Journey' : '&Journey',
    submenu: [cmd('Add Stage', 'addStage', 'CmdOrCtrl+Shift+N'), cmd('Add Touchpoint', 'addTouchpoint', 'CmdOrCtrl+Shift+T')],
  };

  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      cmd('Zoom In', 'zoomIn', 'CmdOrCtrl+='),
      cmd('Zoom Out', 'zoomOut', 'CmdOrCtrl+-'),
      cmd('Zoom to Fit', 'zoomToFit', 'CmdOrCtrl+0'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [cmd(`About ${state.appName}`, 'about')],
  };

  return [...appMenu, file, edit, journey, view, ...(mac ? [{ role: 'windowMenu' as const }] : []), help];
}

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}
