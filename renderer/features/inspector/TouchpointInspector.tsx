/** Touchpoint form: the card's fields, persona emotions and its friction points. */
import { Plus, Trash2 } from 'lucide-react';
import { createId } from '../../../shared/domain/ids.ts';
import type { Touchpoint } from '../../../shared/domain/model.ts';
import { CHANNELS, EVIDENCE, SEVERITIES } from '../../../shared/domain/vocab.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { DataLinksSection } from './DataLinksSection.tsx';
import { EmotionsSection } from './EmotionsSection.tsx';
import { CheckboxField, Section, SelectField, TextArea, TextField, useCommands } from './fields.tsx';
import { NotesSection } from '../annotations/NotesSection.tsx';

type TouchpointChanges = Partial<Omit<Touchpoint, 'id' | 'stageId' | 'laneId' | 'position'>>;

export function TouchpointInspector({ touchpoint }: { touchpoint: Touchpoint }) {
  const { journeyId, run } = useCommands();
  const journey = useAppStore(selectJourney);
  const stage = byId(journey.stages, touchpoint.stageId);
  const lane = byId(journey.lanes, touchpoint.laneId);
  const update = (changes: TouchpointChanges) => run({ name: 'updateTouchpoint', payload: { journeyId: journeyId(), touchpointId: touchpoint.id, changes } });
  const remove = () => run({ name: 'deleteTouchpoints', payload: { journeyId: journeyId(), touchpointIds: [touchpoint.id] } }, []);

  return (
    <>
      <Section title="Details">
        <p className="hint">In {stage?.name || 'Untitled stage'} · {lane?.name || 'Untitled lane'}</p>
        <TextField label="Title" value={touchpoint.title} onChange={(title) => update({ title })} placeholder="Untitled touchpoint" />
        <div className="field-row">
          <SelectField label="Channel" value={touchpoint.channel} options={CHANNELS.options} onChange={(channel) => update({ channel })} />
          <SelectField label="Evidence" value={touchpoint.evidence} options={EVIDENCE.options} onChange={(evidence) => update({ evidence })} />
        </div>
        <TextField label="Customer action" value={touchpoint.customerAction} onChange={(customerAction) => update({ customerAction })} placeholder="What the customer does" long />
        <TextArea label="Description" value={touchpoint.description} onChange={(description) => update({ description })} />
        <CheckboxField label="Needs real-time data" checked={touchpoint.needsRealTime} onChange={(needsRealTime) => update({ needsRealTime })} />
      </Section>
      <EmotionsSection touchpoint={touchpoint} />
      <FrictionList touchpointId={touchpoint.id} />
      <DataLinksSection touchpointId={touchpoint.id} />
      <NotesSection target={{ kind: 'touchpoint', id: touchpoint.id }} />
      <div className="panel-section">
        <div className="button-row">
          <button type="button" className="button danger" onClick={remove}><Trash2 size={16} aria-hidden="true" />Delete touchpoint</button>
        </div>
      </div>
    </>
  );
}

function FrictionList({ touchpointId }: { touchpointId: string }) {
  const { journeyId, run, select } = useCommands();
  const journey = useAppStore(selectJourney);
  const frictions = journey.frictions.filter((f) => f.touchpointId === touchpointId);
  const add = () => {
    const frictionId = createId('friction');
    run({ name: 'addFriction', payload: { journeyId: journeyId(), frictionId, touchpointId, title: 'New friction point' } }, [frictionId]);
  };
  return (
    <Section title="Friction points">
      {frictions.length === 0 ? (
        <p className="hint">No friction points yet. Add one where customers struggle at this touchpoint.</p>
      ) : (
        <ul className="list" aria-label="Friction points">
          {frictions.map((f) => (
            <li key={f.id}>
              <button type="button" className={`list-item list-button severity-${f.severity}`} onClick={() => select([f.id])}>
                <span className="severity-dot" aria-hidden="true" />
                <span className="list-text">{f.title || 'Untitled friction point'}</span>
                <span className="chip">{SEVERITIES.labels[f.severity]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={add}><Plus size={16} aria-hidden="true" />Add friction point</button>
      </div>
    </Section>
  );
}
