/** Connection form: the arrow's label, where it runs, and delete. */
import { ArrowRight, Trash2 } from 'lucide-react';
import type { Connection } from '../../../shared/domain/model.ts';
import { byId } from '../../state/indexes.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { Section, TextField, useCommands } from './fields.tsx';

export function ConnectionInspector({ connection }: { connection: Connection }) {
  const { journeyId, run, select } = useCommands();
  const journey = useAppStore(selectJourney);
  const from = byId(journey.touchpoints, connection.from);
  const to = byId(journey.touchpoints, connection.to);
  const remove = () => run({ name: 'deleteElements', payload: { journeyId: journeyId(), ids: [connection.id] } }, []);
  return (
    <>
      <Section title="Details">
        <TextField label="Label" value={connection.label} placeholder="e.g. if the customer has an account"
          onChange={(label) => run({ name: 'updateConnection', payload: { journeyId: journeyId(), connectionId: connection.id, changes: { label } } })} />
        <p className="connection-ends">
          <button type="button" className="link-button" onClick={() => from && select([from.id])}>{from?.title || 'Untitled touchpoint'}</button>
          <ArrowRight size={14} aria-label="to" />
          <button type="button" className="link-button" onClick={() => to && select([to.id])}>{to?.title || 'Untitled touchpoint'}</button>
        </p>
      </Section>
      <div className="panel-section">
        <div className="button-row">
          <button type="button" className="button danger" onClick={remove}><Trash2 size={16} aria-hidden="true" />Delete</button>
        </div>
      </div>
    </>
  );
}
