/** A system selected on the canvas: the essentials, where it is used here, and the way to the full catalog entry. */
import { Trash2 } from 'lucide-react';
import type { System } from '../../../shared/domain/model.ts';
import { CRITICALITIES, LIFECYCLES, SYSTEM_KINDS } from '../../../shared/domain/vocab.ts';
import { deleteSystemsAsking } from '../../actions/systems.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { Section, SelectField, TextField, useCommands } from './fields.tsx';
import { NotesSection } from '../annotations/NotesSection.tsx';

export function SystemInspector({ system }: { system: System }) {
  const { store, run, select } = useCommands();
  const journey = useAppStore(selectJourney);
  const update = (changes: Partial<Omit<System, 'id'>>) => run({ name: 'updateSystem', payload: { systemId: system.id, changes } });
  const links = journey.dataLinks.filter((d) => d.systemId === system.id);
  return (
    <>
      <Section title="System">
        <TextField label="Name" value={system.name} onChange={(name) => update({ name })} />
        <div className="field-row">
          <SelectField label="Kind" value={system.kind} options={SYSTEM_KINDS.options} onChange={(kind) => update({ kind })} />
          <SelectField label="Lifecycle" value={system.lifecycle} options={LIFECYCLES.options} onChange={(lifecycle) => update({ lifecycle })} />
        </div>
        <SelectField label="Business criticality" value={system.criticality} options={CRITICALITIES.options} onChange={(criticality) => update({ criticality })} />
        <button type="button" className="link-button" onClick={() => store.getState().setUi({ sidePanel: 'catalog' })}>All fields in the systems catalog</button>
      </Section>
      <Section title="Used by in this journey">
        {links.length === 0 ? <p className="hint">No touchpoint in this journey uses it yet.</p> : (
          <ul className="list" aria-label="Touchpoints using this system">
            {links.map((l) => (
              <li key={l.id}>
                <button type="button" className="list-item list-button" onClick={() => select([l.id])}>
                  <span className="list-text">{byId(journey.touchpoints, l.touchpointId)?.title || 'Untitled touchpoint'}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <NotesSection target={{ kind: 'system', id: system.id }} />
      <div className="panel-section">
        <div className="button-row">
          <button type="button" className="button danger" onClick={() => void deleteSystemsAsking(store, [system.id])}><Trash2 size={16} aria-hidden="true" />Delete system</button>
        </div>
      </div>
    </>
  );
}
