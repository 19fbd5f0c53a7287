/** Journey setup: the journey's name and kind, its lanes, and the project's personas. */
import { X } from 'lucide-react';
import { JOURNEY_KINDS } from '../../../shared/domain/vocab.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { PanelHeader, Section, TextField } from '../inspector/fields.tsx';
import { LanesSection } from './LanesSection.tsx';
import { PersonasSection } from './PersonasSection.tsx';
import './journey.css';

const BLUEPRINT_NOTE = 'Service-blueprint lines (interaction, visibility, internal interaction) are drawn between lanes by their roles, so they follow the lanes below.';

export function JourneyPanel() {
  const store = useAppStoreApi();
  const journey = useAppStore(selectJourney);
  const rename = (name: string) => store.getState().dispatch({ name: 'renameJourney', payload: { journeyId: journey.id, name } });
  return (
    <aside className="side-panel journey-panel" aria-label="Journey setup">
      <PanelHeader title="Journey setup">
        <button type="button" className="icon-button" aria-label="Close journey setup" title="Close (Ctrl+Shift+L)" onClick={() => store.getState().setUi({ sidePanel: null })}>
          <X size={16} aria-hidden="true" />
        </button>
      </PanelHeader>
      <Section title="Journey">
        <TextField label="Journey name" value={journey.name} onChange={rename} placeholder="Untitled journey" />
        <div className="journey-kind">
          <span className="field-label">Kind</span>
          <span className="chip">{JOURNEY_KINDS.labels[journey.kind]}</span>
        </div>
        <p className="hint">{BLUEPRINT_NOTE}</p>
      </Section>
      <LanesSection key={`lanes-${journey.id}`} />
      <PersonasSection />
    </aside>
  );
}
