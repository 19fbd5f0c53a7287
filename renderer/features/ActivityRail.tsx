/**
 * The rail down the left edge: one button per side panel (pressed while it is
 * open) and the two modes, side by side and presenting. It keeps the top bar
 * short enough for a 1280-pixel projector.
 */
import type { ActionContext, ActionId } from '../actions/registry.ts';
import type { SidePanel } from '../state/uiSlice.ts';
import { useAppStore } from '../state/store.ts';
import { ActionButton } from './Toolbar.tsx';

const PANELS: [ActionId, SidePanel][] = [
  ['toggleJourneyPanel', 'journey'],
  ['toggleCatalog', 'catalog'],
  ['toggleAlignment', 'alignment'],
  ['toggleAnnotations', 'annotations'],
  ['toggleVoting', 'voting'],
];

export function ActivityRail({ ctx }: { ctx: ActionContext }) {
  const open = useAppStore((s) => s.sidePanel);
  const sideBySide = useAppStore((s) => s.sideBySide);
  return (
    <nav className="activity-rail" role="toolbar" aria-label="Panels" aria-orientation="vertical">
      {PANELS.map(([id, panel]) => <ActionButton key={id} id={id} ctx={ctx} pressed={open === panel} />)}
      <span className="rail-separator" aria-hidden="true" />
      <ActionButton id="sideBySide" ctx={ctx} pressed={sideBySide} />
      <ActionButton id="present" ctx={ctx} />
    </nav>
  );
}
