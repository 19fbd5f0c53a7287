/**
 * The native menu, built by a pure function from the app state. Custom
 * items do not act themselves: they send a `MenuCommand` to the focused
 * window, so menu, toolbar and keyboard all go through the renderer's
 * command dispatch. Text fields must therefore handle undo/select-all
 * themselves when they have focus (the renderer does this).
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_KEYS, toAccelerator, type MenuCommand } from '../../shared/keymap.ts';
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
  // Labels and shortcuts come from shared/keymap.ts, the same table the renderer's keymap and tooltips use.
  const cmd = (command: MenuCommand, label: string = menuLabel(command), extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => {
    const { keys, registered } = COMMAND_KEYS[command];
    return {
      label,
      ...(keys[0] ? { accelerator: toAccelerator(keys[0]) } : {}),
      ...(keys[0] && !registered ? { registerAccelerator: false } : {}),
      click: () => actions.command(command),
      ...extra,
    };
  };

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
          cmd('about', `About ${state.appName}`),
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
      cmd('new', 'New'),
      cmd('newFromTemplate'),
      cmd('open'),
      openRecent,
      { type: 'separator' },
      cmd('save'),
      cmd('saveAs'),
      { type: 'separator' },
      cmd('export'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      cmd('undo'),
      cmd('redo'),
      // Windows and Linux users also expect Ctrl+Y; hidden so the menu lists Redo once.
      ...(mac ? [] : [cmd('redo', 'Redo', { accelerator: 'Ctrl+Y', visible: false, acceleratorWorksWhenHidden: true })]),
      { type: 'separator' },
      // Roles fire the page's copy/cut/paste events, which the renderer turns into fragments.
      { role: 'cut' }, { role: 'copy' }, { role: 'paste' },
      cmd('duplicate'),
      // Shown but not registered: a registered Delete key would stop working in text fields.
      cmd('delete'),
      cmd('selectAll', 'Select All'),
    ],
  };

  const journey: MenuItemConstructorOptions = {
    label: mac ? 'Journey' : '&Journey',
    submenu: [
      cmd('addStage', 'Add Stage'), cmd('addTouchpoint', 'Add Touchpoint'), { type: 'separator' },
      cmd('toggleJourneyPanel'), cmd('toggleCatalog'), cmd('toggleAlignment'), cmd('toggleAnnotations'), cmd('toggleVoting'), { type: 'separator' }, cmd('present'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      cmd('zoomIn', 'Zoom In'),
      cmd('zoomOut', 'Zoom Out'),
      cmd('zoomToFit', 'Zoom to Fit'),
      cmd('zoomToSelection', 'Zoom to Selection'),
      { type: 'separator' },
      cmd('lensMarketing'), cmd('lensIt'), cmd('lensCombined'), cmd('sideBySide'),
      { type: 'separator' },
      cmd('toggleInspector'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [cmd('about', `About ${state.appName}`)],
  };

  return [...appMenu, file, edit, journey, view, ...(mac ? [{ role: 'windowMenu' as const }] : []), help];
}

/** Menu labels use title case where the shared label is a sentence ("Save As…" stays). */
function menuLabel(command: MenuCommand): string {
  return COMMAND_KEYS[command].label;
}

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}
