/** Friction point form: what hurts, how much, who owns it, which systems cause it, what could fix it. */
import { ArrowLeft, Lightbulb, Trash2 } from 'lucide-react';
import { createId } from '../../../shared/domain/ids.ts';
import type { Friction } from '../../../shared/domain/model.ts';
import { EVIDENCE, FRICTION_STATUSES, OWNER_SIDES, SEVERITIES } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { CheckboxField, Section, SelectField, TextArea, TextField, useCommands } from './fields.tsx';
import { NotesSection } from '../annotations/NotesSection.tsx';

type FrictionChanges = Partial<Omit<Friction, 'id' | 'touchpointId'>>;

export function FrictionInspector({ friction }: { friction: Friction }) {
  const { journeyId, run, select } = useCommands();
  const journey = useAppStore(selectJourney);
  const systems = useAppStore((s) => s.project.systems);
  const touchpoint = byId(journey.touchpoints, friction.touchpointId);
  const votes = journey.votes.reduce((n, v) => (v.frictionId === friction.id ? n + v.count : n), 0);
  const opportunities = journey.opportunities.filter((o) => o.frictionIds.includes(friction.id));
  const update = (changes: FrictionChanges) => run({ name: 'updateFriction', payload: { journeyId: journeyId(), frictionId: friction.id, changes } });
  const toggleSystem = (systemId: string, on: boolean) => update({
    causedBySystemIds: on ? [...friction.causedBySystemIds, systemId] : friction.causedBySystemIds.filter((id) => id !== systemId),
  });
  const addOpportunity = () => {
    const opportunityId = createId('opportunity');
    run({ name: 'addOpportunity', payload: { journeyId: journeyId(), opportunityId, title: 'New opportunity', fields: { frictionIds: [friction.id] } } }, [opportunityId]);
  };
  const remove = () => run({ name: 'deleteElements', payload: { journeyId: journeyId(), ids: [friction.id] } }, touchpoint ? [touchpoint.id] : []);

  return (
    <>
      <Section title="Details">
        {touchpoint && (
          <button type="button" className="link-button" onClick={() => select([touchpoint.id])}>
            <ArrowLeft size={14} aria-hidden="true" />At {touchpoint.title || 'Untitled touchpoint'}
          </button>
        )}
        <TextField label="Title" value={friction.title} onChange={(title) => update({ title })} placeholder="Untitled friction point" />
        <TextArea label="Description" value={friction.description} onChange={(description) => update({ description })} />
        <div className="field-row">
          <SelectField label="Severity" value={friction.severity} options={SEVERITIES.options} onChange={(severity) => update({ severity })}
            adornment={<span className={`severity-dot severity-${friction.severity}`} aria-hidden="true" />} />
          <SelectField label="Evidence" value={friction.evidence} options={EVIDENCE.options} onChange={(evidence) => update({ evidence })} />
        </div>
        <div className="field-row">
          <SelectField label="Owner side" value={friction.ownerSide} options={OWNER_SIDES.options} onChange={(ownerSide) => update({ ownerSide })} />
          <SelectField label="Status" value={friction.status} options={FRICTION_STATUSES.options} onChange={(status) => update({ status })} />
        </div>
        <div className="summary-row"><span className="field-label">Votes</span><output aria-label="Votes">{votes}</output></div>
      </Section>
      <Section title="Caused by systems">
        {systems.length === 0 ? (
          <p className="hint">The system catalog is empty. Once IT adds systems, tick the ones that cause this friction.</p>
        ) : (
          <div className="check-list" role="group" aria-label="Caused by systems">
            {systems.map((s) => (
              <CheckboxField key={s.id} label={s.name || 'Unnamed system'} checked={friction.causedBySystemIds.includes(s.id)} onChange={(on) => toggleSystem(s.id, on)} />
            ))}
          </div>
        )}
      </Section>
      <Section title="Opportunities">
        {opportunities.length > 0 && (
          <ul className="list" aria-label="Opportunities">
            {opportunities.map((o) => (
              <li key={o.id}>
                <button type="button" className="list-item list-button" onClick={() => select([o.id])}>
                  <Lightbulb size={14} aria-hidden="true" className="list-icon" />
                  <span className="list-text">{o.title || 'Untitled opportunity'}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <button type="button" className="button" onClick={addOpportunity}><Lightbulb size={16} aria-hidden="true" />Add opportunity</button>
        </div>
      </Section>
      <NotesSection target={{ kind: 'friction', id: friction.id }} />
      <div className="panel-section">
        <div className="button-row">
          <button type="button" className="button danger" onClick={remove}><Trash2 size={16} aria-hidden="true" />Delete friction point</button>
        </div>
      </div>
    </>
  );
}
