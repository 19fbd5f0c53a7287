/** The top bar: project name, file and editing actions, with shortcuts in every tooltip. */
import { useState } from 'react';
import { ACTIONS, runAction, type ActionContext, type ActionId } from '../actions/registry.ts';
import { formatShortcut } from '../actions/shortcuts.ts';
import { useAppStore } from '../state/store.ts';
import { LensSwitch } from './LensSwitch.tsx';

const GROUPS: ActionId[][] = [
  ['new', 'newFromTemplate', 'open', 'save', 'saveAs', 'export'],
  ['undo', 'redo'],
  ['addStage', 'addTouchpoint', 'delete'],
  ['zoomToFit', 'toggleInspector'],
];

export function Toolbar({ ctx }: { ctx: ActionContext }) {
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="brand" aria-hidden="true"><span className="brand-mark">T</span></div>
      <ProjectName ctx={ctx} />
      <LensSwitch />
      <div className="toolbar-actions">
        {GROUPS.map((group, i) => (
          <div className="toolbar-group" key={i}>
            {group.map((id) => <ActionButton key={id} id={id} ctx={ctx} />)}
          </div>
        ))}
      </div>
    </header>
  );
}

export function ActionButton({ id, ctx, showLabel = false, pressed }: { id: ActionId; ctx: ActionContext; showLabel?: boolean; pressed?: boolean }) {
  const action = ACTIONS[id];
  const enabled = useAppStore((s) => (action.enabled ? action.enabled(s) : true));
  const Icon = action.icon;
  const shortcut = action.keys?.[0];
  const tooltip = shortcut ? `${action.label} (${formatShortcut(shortcut)})` : action.label;
  return (
    <button type="button" className={`${showLabel ? 'button' : 'icon-button'}${pressed ? ' is-pressed' : ''}`} aria-label={action.label} aria-pressed={pressed}
      title={tooltip} disabled={!enabled} onClick={() => runAction(id, ctx)}>
      {Icon && <Icon size={18} aria-hidden="true" />}
      {showLabel && <span>{action.label}</span>}
    </button>
  );
}

function ProjectName({ ctx }: { ctx: ActionContext }) {
  const name = useAppStore((s) => s.project.name);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const value = draft?.trim();
    setDraft(null);
    if (value && value !== name) ctx.store.getState().dispatch({ name: 'renameProject', payload: { name: value } });
  };
  return (
    <input
      className="project-name"
      aria-label="Project name"
      size={Math.min(48, Math.max(12, (draft ?? name).length + 2))}
      value={draft ?? name}
      maxLength={300}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') { setDraft(null); e.currentTarget.blur(); }
      }}
    />
  );
}
