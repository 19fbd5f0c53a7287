/**
 * App actions, registered as data: label, icon, shortcuts and what they do.
 * The toolbar, the keyboard and the desktop menu all run actions by id, so a
 * label or shortcut is written once. Ids match the menu's MenuCommand names.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import {
  Columns2, Database, Download, FilePlus2, FolderOpen, Gauge, MessagesSquare, LayoutTemplate, Maximize, PanelRight, Plus, Presentation, Redo2, Rows3, Save, SaveAll, SquarePlus, Trash2, Undo2, Vote, ZoomIn, ZoomOut, type LucideIcon,
} from 'lucide-react';
import { COMMAND_KEYS, type MenuCommand } from '../../shared/keymap.ts';
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

export type ActionId = MenuCommand | 'rename' | 'quickAdd' | 'moveStageLeft' | 'moveStageRight'
  | 'nudgeLeft' | 'nudgeRight' | 'nudgeUp' | 'nudgeDown' | 'nudgeLeftFar' | 'nudgeRightFar' | 'nudgeUpFar' | 'nudgeDownFar';

export interface ActionDef {
  label: string;
  icon?: LucideIcon;
  /** First shortcut is the one shown; on the desktop, `menu` shortcuts are handled by the native menu. */
  keys?: readonly string[];
  menu?: boolean;
  enabled?(state: AppState): boolean;
  run(ctx: ActionContext): unknown;
}

/** A menu command's action: label and shortcuts from shared/keymap.ts, plus what it does. */
function fromMenu(id: MenuCommand, def: Omit<ActionDef, 'label' | 'keys' | 'menu'>): ActionDef {
  const { label, keys, registered } = COMMAND_KEYS[id];
  return { label, keys, menu: registered, ...def };
}

const hasSelection = (s: AppState) => s.selection.length > 0;
const oneTouchpoint = (s: AppState) => s.selection.length === 1 && selectJourney(s).touchpoints.some((t) => t.id === s.selection[0]);
const oneStage = (s: AppState) => s.selection.length === 1 && selectJourney(s).stages.some((st) => st.id === s.selection[0]);
const NUDGE = 8;
const FAR = 40;
const nudge = (label: string, key: string, dx: number, dy: number): ActionDef =>
  ({ label, keys: [key], enabled: hasSelection, run: ({ store }) => nudgeSelection(store, dx, dy) });

export const ACTIONS: Record<ActionId, ActionDef> = {
  new: fromMenu('new', { icon: FilePlus2, run: (c) => newProject(c) }),
  open: fromMenu('open', { icon: FolderOpen, run: (c) => openProject(c) }),
  save: fromMenu('save', { icon: Save, run: (c) => save(c) }),
  saveAs: fromMenu('saveAs', { icon: SaveAll, run: (c) => save(c, true) }),
  undo: fromMenu('undo', { icon: Undo2, enabled: (s) => s.history.past.length > 0, run: ({ store }) => store.getState().undo() }),
  redo: fromMenu('redo', { icon: Redo2, enabled: (s) => s.history.future.length > 0, run: ({ store }) => store.getState().redo() }),
  delete: fromMenu('delete', { icon: Trash2, enabled: hasSelection, run: ({ store }) => deleteSelection(store) }),
  selectAll: fromMenu('selectAll', { run: ({ store }) => selectAll(store) }),
  rename: { label: 'Rename', keys: ['F2', 'Enter'], enabled: (s) => s.selection.length === 1, run: ({ store }) => renameSelection(store) },
  addStage: fromMenu('addStage', { icon: SquarePlus, run: ({ store }) => addStage(store) }),
  addTouchpoint: fromMenu('addTouchpoint', { icon: Plus, run: ({ store }) => addTouchpointTo(store) }),
  zoomIn: fromMenu('zoomIn', { icon: ZoomIn, run: ({ flow }) => flow()?.zoomIn({ duration: 150 }) }),
  zoomOut: fromMenu('zoomOut', { icon: ZoomOut, run: ({ flow }) => flow()?.zoomOut({ duration: 150 }) }),
  zoomToFit: fromMenu('zoomToFit', { icon: Maximize, run: ({ store }) => store.getState().requestFit() }),
  newFromTemplate: fromMenu('newFromTemplate', { icon: LayoutTemplate, run: ({ store }) => store.getState().setUi({ templatesOpen: true }) }),
  present: fromMenu('present', { icon: Presentation, run: ({ store }) => store.getState().setUi({ presenting: true }) }),
  toggleInspector: fromMenu('toggleInspector', { icon: PanelRight, run: ({ store }) => store.getState().setUi({ inspectorOpen: !store.getState().inspectorOpen }) }),
  toggleJourneyPanel: fromMenu('toggleJourneyPanel', { icon: Rows3, run: ({ store }) => store.getState().togglePanel('journey') }),
  toggleVoting: fromMenu('toggleVoting', { icon: Vote, run: ({ store }) => store.getState().togglePanel('voting') }),
  toggleCatalog: fromMenu('toggleCatalog', { icon: Database, run: ({ store }) => store.getState().togglePanel('catalog') }),
  toggleAlignment: fromMenu('toggleAlignment', { icon: Gauge, run: ({ store }) => store.getState().togglePanel('alignment') }),
  export: fromMenu('export', { icon: Download, run: ({ store }) => store.getState().setUi({ exportOpen: true }) }),
  toggleAnnotations: fromMenu('toggleAnnotations', { icon: MessagesSquare, run: ({ store }) => store.getState().togglePanel('annotations') }),
  sideBySide: fromMenu('sideBySide', { icon: Columns2, run: ({ store }) => store.getState().setUi({ sideBySide: !store.getState().sideBySide }) }),
  lensMarketing: fromMenu('lensMarketing', { run: ({ store }) => store.getState().setLens('marketing') }),
  lensIt: fromMenu('lensIt', { run: ({ store }) => store.getState().setLens('it') }),
  lensCombined: fromMenu('lensCombined', { run: ({ store }) => store.getState().setLens('combined') }),
  duplicate: fromMenu('duplicate', { enabled: hasSelection, run: ({ store }) => duplicateSelection(store) }),
  quickAdd: { label: 'Add the next touchpoint below', keys: ['Tab'], enabled: oneTouchpoint, run: ({ store }) => addTouchpointTo(store) },
  zoomToSelection: fromMenu('zoomToSelection', {
    enabled: hasSelection,
    run: ({ store, flow }) => flow()?.fitView({ nodes: store.getState().selection.map((id) => ({ id })), padding: 0.3, maxZoom: 1.5, duration: 200 }),
  }),
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
  about: fromMenu('about', { run: ({ store }) => store.getState().notify('info', 'Touchline 0.1.0 — map one customer journey, marketing and IT together. Works offline.') }),
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
