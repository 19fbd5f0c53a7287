/** The facilitator's part of dot voting: the budget, who takes part, clearing votes. */
import { Eraser, UserPlus, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { CommandCall } from '../../../shared/commands/registry.ts';
import { votesUsed } from '../../../shared/commands/workshop.ts';
import { selectJourney, useAppStore, useAppStoreApi, type AppStore } from '../../state/store.ts';

const MAX_BUDGET = 1000;

export function FacilitatorSection() {
  const store = useAppStoreApi();
  const workshop = useAppStore((s) => s.project.workshop);
  const journey = useAppStore(selectJourney);
  const [draft, setDraft] = useState('');
  const [budgetDraft, setBudgetDraft] = useState<string | null>(null);
  const name = draft.trim();
  const duplicate = workshop.participants.includes(name);

  const setBudget = (text: string) => {
    setBudgetDraft(text);
    const value = Number(text);
    if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > MAX_BUDGET) return;
    store.getState().dispatch({ name: 'updateWorkshop', payload: { changes: { votesPerParticipant: value } } });
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name || duplicate) return;
    const s = store.getState();
    s.dispatch({ name: 'updateWorkshop', payload: { changes: { participants: [...workshop.participants, name] } } });
    if (!s.currentVoter) s.setUi({ currentVoter: name });
    setDraft('');
  };

  const budgetInvalid = budgetDraft !== null && budgetDraft !== String(workshop.votesPerParticipant);
  return (
    <section className="panel-section" aria-labelledby="voting-facilitator">
      <h3 id="voting-facilitator">Facilitator</h3>
      <label className="field">
        <span className="field-label">Votes per participant</span>
        <input
          className="input voting-budget"
          type="number"
          min={0}
          max={MAX_BUDGET}
          step={1}
          value={budgetDraft ?? String(workshop.votesPerParticipant)}
          aria-invalid={budgetInvalid || undefined}
          onChange={(e) => setBudget(e.target.value)}
          onBlur={() => setBudgetDraft(null)}
        />
      </label>

      <div className="field">
        <span className="field-label" id="voting-participants">Participants ({workshop.participants.length})</span>
        {workshop.participants.length === 0 ? (
          <p className="voting-note">No participants yet. Add everyone who will place votes.</p>
        ) : (
          <ul className="list" aria-labelledby="voting-participants">
            {workshop.participants.map((p) => (
              <li key={p} className="list-item voting-participant">
                <span className="voting-participant-name">{p}</span>
                <span className="chip">{votesUsed(journey.votes, p)} of {workshop.votesPerParticipant} used</span>
                <button type="button" className="icon-button" aria-label={`Remove participant ${p}`} title={`Remove ${p} and their votes`} onClick={() => removeParticipant(store, p)}>
                  <X size={16} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <form className="voting-add" onSubmit={add}>
        <label className="field-label" htmlFor="voting-participant-name">Participant name</label>
        <div className="voting-add-row">
          <input id="voting-participant-name" className="input" value={draft} maxLength={300} placeholder="e.g. Ana (Marketing)" onChange={(e) => setDraft(e.target.value)} aria-describedby={duplicate ? 'voting-duplicate' : undefined} />
          <button type="submit" className="button" aria-label="Add participant" title="Add participant" disabled={!name || duplicate}>
            <UserPlus size={16} aria-hidden="true" />Add
          </button>
        </div>
      </form>
      {duplicate && name && <p id="voting-duplicate" className="voting-note">{name} is already taking part.</p>}

      <button
        type="button"
        className="button danger voting-clear"
        disabled={journey.votes.length === 0}
        onClick={() => store.getState().dispatch({ name: 'clearVotes', payload: { journeyId: journey.id } })}
      >
        <Eraser size={16} aria-hidden="true" />Clear all votes
      </button>
    </section>
  );
}

/** Remove a participant and take back every vote they placed, as one undo step. */
export function removeParticipant(store: AppStore, participant: string): void {
  const s = store.getState();
  const calls: CommandCall[] = [{ name: 'updateWorkshop', payload: { changes: { participants: s.project.workshop.participants.filter((p) => p !== participant) } } }];
  for (const journey of s.project.journeys) {
    for (const vote of journey.votes) {
      if (vote.participant !== participant) continue;
      for (let i = 0; i < vote.count; i++) calls.push({ name: 'castVote', payload: { journeyId: journey.id, participant, frictionId: vote.frictionId, delta: -1 } });
    }
  }
  s.dispatchAll(calls, 'Remove participant');
  if (s.currentVoter === participant) s.setUi({ currentVoter: '' });
}
