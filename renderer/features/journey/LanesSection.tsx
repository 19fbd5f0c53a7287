/** The rows of the current journey: rename, change role, reorder, hide, delete, add. */
import { ArrowDown, ArrowUp, Eye, EyeOff, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { createId } from '../../../shared/domain/ids.ts';
import type { Lane } from '../../../shared/domain/model.ts';
import { LANE_ROLES, type LaneRole } from '../../../shared/domain/vocab.ts';
import { ask } from '../../state/dialogs.ts';
import { selectJourney, useAppStore } from '../../state/store.ts';
import { Section, SelectField, TextField, plural, useCommands } from '../inspector/fields.tsx';

export function LanesSection() {
  const { journeyId, run, seal } = useCommands();
  const lanes = useAppStore((s) => selectJourney(s).lanes);
  const [role, setRole] = useState<LaneRole>('custom');
  const add = () => {
    run({ name: 'addLane', payload: { journeyId: journeyId(), laneId: createId('lane'), role } });
    seal();
  };
  return (
    <Section title="Lanes">
      <ol className="lane-list" aria-label="Lanes">
        {lanes.map((lane, index) => (
          <LaneRow key={lane.id} lane={lane} index={index} count={lanes.length} />
        ))}
      </ol>
      <div className="lane-add">
        <SelectField label="New lane role" value={role} options={LANE_ROLES.options} onChange={setRole} />
        <button type="button" className="button" onClick={add}><Plus size={16} aria-hidden="true" />Add lane</button>
      </div>
    </Section>
  );
}

function LaneRow({ lane, index, count }: { lane: Lane; index: number; count: number }) {
  const { store, journeyId, run, seal } = useCommands();
  const cards = useAppStore((s) => selectJourney(s).touchpoints.filter((t) => t.laneId === lane.id).length);
  const update = (changes: Partial<Omit<Lane, 'id'>>) => run({ name: 'updateLane', payload: { journeyId: journeyId(), laneId: lane.id, changes } });
  const move = (toIndex: number) => {
    run({ name: 'moveLane', payload: { journeyId: journeyId(), laneId: lane.id, toIndex } });
    seal();
  };
  const remove = async () => {
    if (cards > 0) {
      const choice = await ask(store, {
        title: 'Delete lane?',
        message: `"${lane.name || 'Untitled lane'}" holds ${plural(cards, 'touchpoint')}. ${cards === 1 ? 'It is' : 'They are'} deleted with the lane, together with ${cards === 1 ? 'its' : 'their'} friction points.`,
        choices: [{ id: 'delete', label: 'Delete', tone: 'danger' }, { id: 'cancel', label: 'Cancel' }],
        cancelId: 'cancel',
      });
      if (choice !== 'delete') return;
    }
    run({ name: 'deleteLanes', payload: { journeyId: journeyId(), laneIds: [lane.id] } });
  };
  const last = count <= 1;
  return (
    <li className={`lane-row${lane.hidden ? ' is-hidden' : ''}`}>
      <div className="lane-row-top">
        <TextField label="Lane name" hideLabel value={lane.name} onChange={(name) => update({ name })} placeholder="Untitled lane" />
        <div className="lane-buttons">
          <button type="button" className="icon-button" aria-label="Move up" title="Move up" disabled={index === 0} onClick={() => move(index - 1)}>
            <ArrowUp size={16} aria-hidden="true" />
          </button>
          <button type="button" className="icon-button" aria-label="Move down" title="Move down" disabled={index === count - 1} onClick={() => move(index + 1)}>
            <ArrowDown size={16} aria-hidden="true" />
          </button>
          <button type="button" className="icon-button" aria-label={lane.hidden ? 'Show lane' : 'Hide lane'} title={lane.hidden ? 'Show lane' : 'Hide lane'}
            aria-pressed={lane.hidden} onClick={() => { update({ hidden: !lane.hidden }); seal(); }}>
            {lane.hidden ? <EyeOff size={16} aria-hidden="true" /> : <Eye size={16} aria-hidden="true" />}
          </button>
          <button type="button" className="icon-button danger" aria-label="Delete lane" title={last ? 'A journey keeps at least one lane' : 'Delete lane'}
            disabled={last} onClick={() => void remove()}>
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </div>
      </div>
      <div className="lane-row-bottom">
        <SelectField label="Role" value={lane.role} options={LANE_ROLES.options} onChange={(r) => update({ role: r })} />
        {cards > 0 && <span className="chip" title="Touchpoints in this lane">{plural(cards, 'card')}</span>}
        {lane.hidden && <span className="chip">Hidden</span>}
      </div>
    </li>
  );
}
