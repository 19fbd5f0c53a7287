/** The IT side of a touchpoint: which systems hold its data, and attaching another. */
import { ShieldAlert } from 'lucide-react';
import { INTEGRATIONS } from '../../../shared/domain/vocab.ts';
import { attachSystem } from '../../actions/systems.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { Section, useCommands } from './fields.tsx';

export function DataLinksSection({ touchpointId }: { touchpointId: string }) {
  const { store, select } = useCommands();
  const journey = useAppStore(selectJourney);
  const systems = useAppStore((s) => s.project.systems);
  const links = journey.dataLinks.filter((d) => d.touchpointId === touchpointId);
  const attached = new Set(links.map((d) => d.systemId));
  const available = systems.filter((s) => !attached.has(s.id));
  return (
    <Section title="Systems and data">
      {links.length === 0 ? (
        <p className="hint">No system holds this touchpoint's data yet. Attach one here, or drag a system from the catalog onto the card.</p>
      ) : (
        <ul className="list" aria-label="Data links">
          {links.map((link) => (
            <li key={link.id}>
              <button type="button" className="list-item list-button" onClick={() => select([link.id])}>
                <span className="list-text">{byId(systems, link.systemId)?.name || 'Untitled system'}</span>
                {link.personalData && <ShieldAlert size={14} aria-label="Personal data" className="tone-pd" />}
                <span className={`chip integration-chip integration-${link.integration}`}>{INTEGRATIONS.labels[link.integration]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {systems.length === 0 ? (
        <p className="hint">The systems catalog is empty. <button type="button" className="link-button" onClick={() => store.getState().setUi({ sidePanel: 'catalog' })}>Open the catalog</button> to add IT's systems.</p>
      ) : available.length > 0 && (
        <div className="field">
          <label className="field-label" htmlFor={`attach-${touchpointId}`}>Attach system</label>
          <select id={`attach-${touchpointId}`} className="select" value="" onChange={(e) => { if (e.target.value) attachSystem(store, touchpointId, e.target.value); }}>
            <option value="">Choose a system…</option>
            {available.map((s) => <option key={s.id} value={s.id}>{s.name || 'Untitled system'}</option>)}
          </select>
        </div>
      )}
    </Section>
  );
}
