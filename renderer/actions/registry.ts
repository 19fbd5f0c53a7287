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
import { selectJourney, type AppState, type AppStore } from '../state/store.ts';
import { duplicateSelection } from './clipboard.ts';
import { addStage, addTouchpointTo, deleteSelection, moveSelectedStage, nudgeSelection, renameSelection, selectAll } from './editing.ts';
import { newProject, openProject, save } from './file.ts';

export interface ActionContext {
  store: AppStore;
  platform: Platform;
  flow: () => ReactFlowInstance<JourneyFlowNode> | null;
}

export type ActionId = MenuCommand | 'rename' | 'newFromTemplate' | 'present' | 'toggleInspector' | 'toggleJourneyPanel' | 'toggleVoting'
  | 'duplicate' | 'quickAdd' | 'zoomToSelection' | 'moveStageLeft' | 'moveStageRight'
  | 'nudgeLeft' | 'nudgeRight' | 'nudgeUp' | 'nudgeDown' | 'nudgeLeftFar' | 'nudgeRightFar' | 'nudgeUpFar' | 'nudgeDownFar';

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
const oneTouchpoint = (s: AppState) => s.selection.length === 1 && selectJourney(s).touchpoints.some((t) => t.id === s.selection[0]);
const oneStage = (s: AppState) => s.selection.length === 1 && selectJourney(s).stages.some((st) => st.id === s.selection[0]);
const NUDGE = 8;
const FAR = 40;
const nudge = (label: string, key: string, dx: number, dy: number): ActionDef =>
  ({ label, keys: [key], enabled: hasSelection, run: ({ store }) => nudgeSelection(store, dx, dy) });

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
  duplicate: { label: 'Duplicate', keys: ['Mod+D'], enabled: hasSelection, run: ({ store }) => duplicateSelection(store) },
  quickAdd: { label: 'Add the next touchpoint below', keys: ['Tab'], enabled: oneTouchpoint, run: ({ store }) => addTouchpointTo(store) },
  zoomToSelection: {
    label: 'Zoom to selection', keys: ['Shift+2'], enabled: hasSelection,
    run: ({ store, flow }) => flow()?.fitView({ nodes: store.getState().selection.map((id) => ({ id })), padding: 0.3, maxZoom: 1.5, duration: 200 }),
  },
  moveStageLeft: { label: 'Move stage left', keys: ['Alt+ArrowLeft'], enabled: oneStage, run: ({ store }) => moveSelectedStage(store, -1) },
  moveStageRight: { label: 'Move stage right', keys: ['Alt+ArrowRight'], enabled: oneStage, run: ({ store }) => moveSelectedStage(store, 1) },
  nudgeLeft: nudge('Nudge left', 'ArrowLeft', -NUDGE, 0),
  nudgeRight: nudge('Nudge right', 'ArrowRight', NUDGE, 0),
  nudgeUp: nudge('Nudge up', 'ArrowUp', 0, -NUDGE),
  nudgeDown: nudge('Nudge down', 'ArrowDown', 0, NUDGE),
  nudgeLeftFar: nudge('Nudge left further', 'Shift+ArrowLeft', -FAR, 0),
  nudgeRightFar: nudge('Nudge right further', 'Shift+ArrowRight', FAR, 0),
  nudgeUpFar: nudge('Nudge up further', 'Shift+ArrowUp', 0, -FAR),
  nudgeDownFar: nudge('Nudge down further', 'Shift+ArrowDown', 0, FAR),
  about: { label: 'About Touchline', run: ({ store }) => store.getState().notify('info', 'Touchline 0.1.0 — map one customer journey, marketing and IT together. Works offline.') },
};

export function runAction(id: ActionId, ctx: ActionContext): void {
  const action = ACTIONS[id];
  if (action.enabled && !action.enabled(ctx.store.getState())) return;
  void action.run(ctx);
}

/** The enabled action bound to a shortcut string, if any (so a disabled one leaves the key alone, e.g. Tab). */
export function actionForShortcut(shortcut: string, platformKind: Platform['kind'], state: AppState): ActionId | null {
  for (const [id, action] of Object.entries(ACTIONS) as [ActionId, ActionDef][]) {
    if (!action.keys?.includes(shortcut)) continue;
    if (action.menu && platformKind === 'desktop') continue;
    if (action.enabled && !action.enabled(state)) continue;
    return id;
  }
  return null;
}
