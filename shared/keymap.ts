/**
 * The app's commands as the user meets them in menus, toolbar and tooltips:
 * one label and one set of shortcuts each, shared by the native menu (main
 * process) and the renderer's keymap, so the two can never disagree.
 * `Mod` is Ctrl on Windows/Linux and ⌘ on a Mac.
 */
export const MENU_COMMANDS = [
  'new', 'newFromTemplate', 'open', 'save', 'saveAs', 'export',
  'undo', 'redo', 'duplicate', 'delete', 'selectAll',
  'addStage', 'addTouchpoint',
  'zoomIn', 'zoomOut', 'zoomToFit', 'zoomToSelection', 'present', 'toggleJourneyPanel', 'toggleVoting', 'toggleCatalog', 'toggleAlignment', 'toggleAnnotations', 'sideBySide', 'toggleInspector',
  'lensMarketing', 'lensIt', 'lensCombined',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface CommandKeys {
  label: string;
  /** First shortcut is the one shown. */
  keys: readonly string[];
  /**
   * Whether the native menu registers the shortcut. Plain keys (Delete, S, T)
   * are only shown there: registered, they would stop working in text fields,
   * so the renderer handles them when no field has focus.
   */
  registered: boolean;
}

const key = (label: string, keys: string[] = [], registered = true): CommandKeys => ({ label, keys, registered });

export const COMMAND_KEYS: Record<MenuCommand, CommandKeys> = {
  new: key('New project', ['Mod+N']),
  newFromTemplate: key('New from template…', ['Mod+Shift+N']),
  open: key('Open…', ['Mod+O']),
  save: key('Save', ['Mod+S']),
  saveAs: key('Save As…', ['Mod+Shift+S']),
  export: key('Export…', ['Mod+E']),
  undo: key('Undo', ['Mod+Z']),
  redo: key('Redo', ['Mod+Shift+Z', 'Mod+Y']),
  duplicate: key('Duplicate', ['Mod+D']),
  delete: key('Delete', ['Delete', 'Backspace'], false),
  selectAll: key('Select all', ['Mod+A']),
  addStage: key('Add stage', ['S'], false),
  addTouchpoint: key('Add touchpoint', ['T'], false),
  zoomIn: key('Zoom in', ['Mod+=']),
  zoomOut: key('Zoom out', ['Mod+-']),
  zoomToFit: key('Zoom to fit', ['Mod+0']),
  zoomToSelection: key('Zoom to selection', ['Shift+2'], false),
  present: key('Present', ['Mod+Alt+P']),
  toggleJourneyPanel: key('Lanes and personas', ['Mod+Shift+L']),
  toggleVoting: key('Dot voting', ['Mod+Shift+V']),
  toggleCatalog: key('Systems catalog', ['Mod+Shift+Y']),
  toggleAlignment: key('Alignment', ['Mod+Shift+G']),
  toggleAnnotations: key('Notes and decisions', ['Mod+Shift+K']),
  sideBySide: key('Side by side', ['Mod+Shift+B']),
  toggleInspector: key('Inspector', ['Mod+I']),
  lensMarketing: key('Marketing lens', ['Alt+1']),
  lensIt: key('IT lens', ['Alt+2']),
  lensCombined: key('Combined lens', ['Alt+3']),
  about: key('About Touchline'),
};

/** `Mod+Shift+Z` → Electron's `CmdOrCtrl+Shift+Z`. */
export function toAccelerator(shortcut: string): string {
  return shortcut.split('+').map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part)).join('+');
}
