/** New from template: blank presets and the bundled journeys, as a grid of cards. */
import { FilePlus2, Map as MapIcon, Workflow, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { JOURNEY_KINDS } from '../../../shared/domain/vocab.ts';
import type { Platform } from '../../platform/types.ts';
import { useAppStore, useAppStoreApi } from '../../state/store.ts';
import { openTemplate, TEMPLATE_CHOICES, type TemplateChoice } from './catalog.ts';
import { modalKeyDown } from '../modalKeys.ts';
import './TemplatesDialog.css';

export function TemplatesDialog({ platform }: { platform: Platform }) {
  const open = useAppStore((s) => s.templatesOpen);
  return open ? <TemplatesDialogBody platform={platform} /> : null;
}

function TemplatesDialogBody({ platform }: { platform: Platform }) {
  const store = useAppStoreApi();
  const dialog = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const close = () => store.getState().setUi({ templatesOpen: false });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>('.template-card')?.focus();
    return () => previous?.focus();
  }, []);

  const choose = async (choice: TemplateChoice) => {
    if (busy) return;
    setBusy(true);
    try {
      await openTemplate(store, choice, platform);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => modalKeyDown(event, dialog.current, close);

  const blanks = TEMPLATE_CHOICES.filter((c) => c.counts === null);
  const readyMade = TEMPLATE_CHOICES.filter((c) => c.counts !== null);
  return (
    <div className="backdrop" onKeyDown={onKeyDown} onMouseDown={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div ref={dialog} className="dialog templates-dialog" role="dialog" aria-modal="true" aria-labelledby="templates-title" aria-describedby="templates-intro">
        <div className="templates-header">
          <h2 id="templates-title" className="dialog-title">New from template</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}><X size={18} aria-hidden="true" /></button>
        </div>
        <p id="templates-intro" className="dialog-message">Start from an empty map, or from a worked example your team can adapt. The current map is replaced (you will be asked to save unsaved changes).</p>
        <h3 className="templates-group">Start blank</h3>
        <div className="templates-grid">
          {blanks.map((c) => <TemplateCard key={c.key} choice={c} disabled={busy} onChoose={choose} />)}
        </div>
        {readyMade.length > 0 && <h3 className="templates-group">Ready-made journeys</h3>}
        <div className="templates-grid">
          {readyMade.map((c) => <TemplateCard key={c.key} choice={c} disabled={busy} onChoose={choose} />)}
        </div>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={close}>Cancel</button>
        </div>
      </div>
    </div>
  );
}

function TemplateCard({ choice, disabled, onChoose }: { choice: TemplateChoice; disabled: boolean; onChoose: (c: TemplateChoice) => void }) {
  const id = `template-${choice.key.replace(/[^a-z0-9]+/gi, '-')}`;
  const Icon = choice.counts === null ? (choice.kind === 'service-blueprint' ? Workflow : FilePlus2) : MapIcon;
  const c = choice.counts;
  return (
    <button
      type="button"
      className={`template-card${c ? '' : ' is-blank'}`}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-desc${c ? ` ${id}-counts` : ''}`}
      disabled={disabled}
      onClick={() => onChoose(choice)}
    >
      <span className="template-card-top">
        <Icon size={20} aria-hidden="true" className="template-icon" />
        <span className="chip">{JOURNEY_KINDS.labels[choice.kind]}</span>
      </span>
      <span id={`${id}-name`} className="template-name">{choice.name}</span>
      <span id={`${id}-desc`} className="template-description">{choice.description}</span>
      {c && (
        <span id={`${id}-counts`} className="template-counts">
          <Count n={c.stages} one="stage" many="stages" />
          <Count n={c.touchpoints} one="touchpoint" many="touchpoints" />
          <Count n={c.frictions} one="friction point" many="friction points" />
          <Count n={c.personas} one="persona" many="personas" />
        </span>
      )}
    </button>
  );
}

function Count({ n, one, many }: { n: number; one: string; many: string }) {
  return <span className="template-count"><strong>{n}</strong> {n === 1 ? one : many}</span>;
}

/** Keep Tab and Shift+Tab inside the dialog. */
