/** Opportunity form: the idea, who owns it, and which friction points it addresses. */
import { Trash2 } from 'lucide-react';
import type { Opportunity } from '../../../shared/domain/model.ts';
import { OPPORTUNITY_STATUSES, PRIORITIES } from '../../../shared/domain/vocab.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { CheckboxField, Section, SelectField, TextArea, TextField, useCommands } from './fields.tsx';
import { NotesSection } from '../annotations/NotesSection.tsx';

type OpportunityChanges = Partial<Omit<Opportunity, 'id'>>;

export function OpportunityInspector({ opportunity }: { opportunity: Opportunity }) {
  const { journeyId, run } = useCommands();
  const frictions = useAppStore((s) => selectJourney(s).frictions);
  const update = (changes: OpportunityChanges) => run({ name: 'updateOpportunity', payload: { journeyId: journeyId(), opportunityId: opportunity.id, changes } });
  const toggle = (frictionId: string, on: boolean) => update({
    frictionIds: on ? [...opportunity.frictionIds, frictionId] : opportunity.frictionIds.filter((id) => id !== frictionId),
  });
  const linked = opportunity.frictionIds[0];
  const remove = () => run({ name: 'deleteElements', payload: { journeyId: journeyId(), ids: [opportunity.id] } }, linked ? [linked] : []);

  return (
    <>
      <Section title="Details">
        <TextField label="Title" value={opportunity.title} onChange={(title) => update({ title })} placeholder="Untitled opportunity" />
        <TextArea label="Description" value={opportunity.description} onChange={(description) => update({ description })} />
        <TextField label="Owner" value={opportunity.owner} onChange={(owner) => update({ owner })} placeholder="Who takes this on" />
        <div className="field-row">
          <SelectField label="Priority" value={opportunity.priority} options={PRIORITIES.options} onChange={(priority) => update({ priority })} />
          <SelectField label="Status" value={opportunity.status} options={OPPORTUNITY_STATUSES.options} onChange={(status) => update({ status })} />
        </div>
      </Section>
      <Section title="Linked friction points">
        {frictions.length === 0 ? (
          <p className="hint">This journey has no friction points yet.</p>
        ) : (
          <div className="check-list" role="group" aria-label="Linked friction points">
            {frictions.map((f) => (
              <CheckboxField key={f.id} label={f.title || 'Untitled friction point'} checked={opportunity.frictionIds.includes(f.id)} onChange={(on) => toggle(f.id, on)}>
                <span className={`severity-dot severity-${f.severity}`} aria-hidden="true" />
              </CheckboxField>
            ))}
          </div>
        )}
      </Section>
      <NotesSection target={{ kind: 'opportunity', id: opportunity.id }} />
      <div className="panel-section">
        <div className="button-row">
          <button type="button" className="button danger" onClick={remove}><Trash2 size={16} aria-hidden="true" />Delete opportunity</button>
        </div>
      </div>
    </>
  );
}
