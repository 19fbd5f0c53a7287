/**
 * App actions, registered as data: label, icon, shortcuts and what they do.
 * The toolbar, the keyboard and the desktop menu all run actions by id, so a
 * label or shortcut is written once. Ids match the menu's MenuCommand names.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import {
  FilePlus2, FolderOpen, LayoutTemplate, Maximize, PanelRight, Plus, Presentation, Redo2, Rows3, Save, SaveAll, SquarePlus, Trash2, Undo2, Vote, ZoomIn, ZoomOut, type LucideIcon,
} from 'lucide-react';
import type { MenuCommand } from '../../shared/ipc/contract.ts';
import type { JourneyFlowNode } from '../canvas/flowModel.ts';
import type { Platform } from '../platform/types.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { addStage, addTouchpointTo, deleteSelection, renameSelection, selectAll } from './editing.ts';
import { newProject, openProject, save } from './file.ts';

export interface ActionContext {
  store: AppStore;
  platform: Platform;
  flow: () => ReactFlowInstance<JourneyFlowNode> | null;
}

export type ActionId = MenuCommand | 'rename' | 'newFromTemplate' | 'present' | 'toggleInspector' | 'toggleJourneyPanel' | 'toggleVoting';

export interface ActionDef {
  label: string;
  icon?: LucideIcon;
  /** First shortcut is the one shown; on the desktop, `menu` shortcuts are handled by the native menu. */
  keys?: string[];
  menu?: boolean;
  enabled?(state: AppState): boolean;
  run(ctx: ActionContext): unknown;
}

const hasSelection = (s: AppState) => s.selection.length > 0;

export const ACTIONS: Record<ActionId, ActionDef> = {
  new: { label: 'New project', icon: FilePlus2, keys: ['Mod+N'], menu: true, run: (c) => newProject(c) },
  open: { label: 'Open…', icon: FolderOpen, keys: ['Mod+O'], menu: true, run: (c) => openProject(c) },
  save: { label: 'Save', icon: Save, keys: ['Mod+S'], menu: true, run: (c) => save(c) },
  saveAs: { label: 'Save As…', icon: SaveAll, keys: ['Mod+Shift+S'], menu: true, run: (c) => save(c, true) },
  undo: { label: 'Undo', icon: Undo2, keys: ['Mod+Z'], menu: true, enabled: (s) => s.history.past.length > 0, run: ({ store }) => store.getState().undo() },
  redo: { label: 'Redo', icon: Redo2, keys: ['Mod+Shift+Z', 'Mod+Y'], menu: true, enabled: (s) => s.history.future.length > 0, run: ({ store }) => store.getState().redo() },
  delete: { label: 'Delete', icon: Trash2, keys: ['Delete', 'Backspace'], enabled: hasSelection, run: ({ store }) => deleteSelection(store) },
  selectAll: { label: 'Select all', keys: ['Mod+A'], menu: true, run: ({ store }) => selectAll(store) },
  rename: { label: 'Rename', keys: ['F2', 'Enter'], enabled: (s) => s.selection.length === 1, run: ({ store }) => renameSelection(store) },
  addStage: { label: 'Add stage', icon: SquarePlus, keys: ['S'], run: ({ store }) => addStage(store) },
  addTouchpoint: { label: 'Add touchpoint', icon: Plus, keys: ['T'], run: ({ store }) => addTouchpointTo(store) },
  zoomIn: { label: 'Zoom in', icon: ZoomIn, keys: ['Mod+='], menu: true, run: ({ flow }) => flow()?.zoomIn({ duration: 150 }) },
  zoomOut: { label: 'Zoom out', icon: ZoomOut, keys: ['Mod+-'], menu: true, run: ({ flow }) => flow()?.zoomOut({ duration: 150 }) },
  zoomToFit: { label: 'Zoom to fit', icon: Maximize, keys: ['Mod+0'], menu: true, run: ({ flow }) => flow()?.fitView({ padding: 0.1, duration: 200 }) },
  newFromTemplate: { label: 'New from template…', icon: LayoutTemplate, keys: ['Mod+Shift+N'], run: ({ store }) => store.getState().setUi({ templatesOpen: true }) },
  present: { label: 'Present', icon: Presentation, keys: ['Mod+Alt+P'], run: ({ store }) => store.getState().setUi({ presenting: true }) },
  toggleInspector: { label: 'Inspector', icon: PanelRight, keys: ['Mod+I'], run: ({ store }) => store.getState().setUi({ inspectorOpen: !store.getState().inspectorOpen }) },
  toggleJourneyPanel: { label: 'Lanes and personas', icon: Rows3, keys: ['Mod+Shift+L'], run: ({ store }) => store.getState().togglePanel('journey') },
  toggleVoting: { label: 'Dot voting', icon: Vote, keys: ['Mod+Shift+V'], run: ({ store }) => store.getState().togglePanel('voting') },
  about: { label: 'About Touchline', run: ({ store }) => store.getState().notify('info', 'Touchline 0.1.0 — map one customer journey, marketing and IT together. Works offline.') },
};

export function runAction(id: ActionId, ctx: ActionContext): void {
  const action = ACTIONS[id];
  if (action.enabled && !action.enabled(ctx.store.getState())) return;
  void action.run(ctx);
}

/** The action bound to a shortcut string, if any. */
export function actionForShortcut(shortcut: string, platformKind: Platform['kind']): ActionId | null {
  for (const [id, action] of Object.entries(ACTIONS) as [ActionId, ActionDef][]) {
    if (!action.keys?.includes(shortcut)) continue;
    if (action.menu && platformKind === 'desktop') continue;
    return id;
  }
  return null;
}
