/** Dot voting: the facilitator sets it up, participants spend their votes on friction points. */
import { SidePanelHeader } from '../SidePanelHeader.tsx';
import { Minus, Plus } from 'lucide-react';
import { useMemo } from 'react';
import { SEVERITIES } from '../../../shared/domain/vocab.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { FacilitatorSection } from './FacilitatorSection.tsx';
import { rankFrictions, votesLeft, votesOn } from './ranking.ts';
import './VotingPanel.css';

export function VotingPanel() {
  return (
    <aside className="side-panel voting-panel" aria-label="Dot voting">
      <SidePanelHeader title="Dot voting" />
      <FacilitatorSection />
      <VotingSection />
    </aside>
  );
}

function VotingSection() {
  const store = useAppStoreApi();
  const project = useAppStore((s) => s.project);
  const journey = useAppStore(selectJourney);
  const chosen = useAppStore((s) => s.currentVoter);
  const participants = project.workshop.participants;
  const voter = participants.includes(chosen) ? chosen : '';
  const ranked = useMemo(() => rankFrictions(journey), [journey]);
  const budget = project.workshop.votesPerParticipant;
  const left = voter ? votesLeft(project, journey, voter) : 0;
  const touchpointTitle = useMemo(() => new Map(journey.touchpoints.map((t) => [t.id, t.title])), [journey.touchpoints]);

  const reason = participants.length === 0
    ? 'Add participants above, then choose who is voting.'
    : !voter ? 'Choose who is voting to place votes.'
    : left === 0 ? `${voter} has used all ${budget} votes. Take one back to move it.`
    : null;

  const cast = (frictionId: string, delta: 1 | -1) => {
    if (!voter) return;
    store.getState().dispatch({ name: 'castVote', payload: { journeyId: journey.id, participant: voter, frictionId, delta } });
  };

  return (
    <section className="panel-section" aria-labelledby="voting-votes">
      <h3 id="voting-votes">Voting</h3>
      <div className="voting-as">
        <label className="field">
          <span className="field-label">Voting as</span>
          <select className="select" value={voter} disabled={participants.length === 0} onChange={(e) => store.getState().setUi({ currentVoter: e.target.value })}>
            <option value="">Choose a participant…</option>
            {participants.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        {voter && (
          <p className="voting-left" aria-live="polite">
            <strong>{left}</strong> of {budget} votes left
          </p>
        )}
      </div>
      {reason && ranked.length > 0 && <p id="voting-reason" className="voting-note">{reason}</p>}

      {ranked.length === 0 ? (
        <p className="panel-empty">Add friction points to touchpoints first: select a touchpoint and add a friction point in the inspector. Then the team can vote on which to fix first.</p>
      ) : (
        <ol className="list voting-list" aria-label="Friction points by votes">
          {ranked.map(({ friction, total, rank }) => {
            const mine = voter ? votesOn(journey, voter, friction.id) : 0;
            const severity = SEVERITIES.labels[friction.severity];
            return (
              <li key={friction.id} className="list-item voting-row">
                <span className="voting-rank"><span className="voting-sr">Rank </span>{rank}</span>
                <span className={`severity-dot severity-${friction.severity}`} role="img" aria-label={`${severity} severity`} title={`${severity} severity`} />
                <span className="voting-main">
                  <button type="button" className="voting-title" onClick={() => store.getState().setSelection([friction.id])}>{friction.title || 'Untitled friction point'}</button>
                  <span className="voting-where">{touchpointTitle.get(friction.touchpointId) ?? ''}{mine > 0 && <> · {voter}: {mine}</>}</span>
                </span>
                <span className={`voting-total${total === 0 ? ' is-zero' : ''}`}>
                  <Dots n={total} />{total}<span className="voting-sr">{total === 1 ? ' vote' : ' votes'}</span>
                </span>
                <span className="voting-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove vote from ${friction.title}`}
                    title={!voter ? reason ?? undefined : mine === 0 ? `${voter} has no vote here` : 'Remove vote'}
                    aria-describedby={!voter ? 'voting-reason' : undefined}
                    disabled={!voter || mine === 0}
                    onClick={() => cast(friction.id, -1)}
                  ><Minus size={16} aria-hidden="true" /></button>
                  <button
                    type="button"
                    className="icon-button voting-add-vote"
                    aria-label={`Add vote to ${friction.title}`}
                    title={reason ?? 'Add vote'}
                    aria-describedby={reason ? 'voting-reason' : undefined}
                    disabled={reason !== null}
                    onClick={() => cast(friction.id, 1)}
                  ><Plus size={16} aria-hidden="true" /></button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Up to five dots, the way stickers look on a wall. */
function Dots({ n }: { n: number }) {
  if (n === 0) return null;
  return (
    <span className="voting-dots" aria-hidden="true">
      {Array.from({ length: Math.min(n, 5) }, (_, i) => <span key={i} className="voting-dot" />)}
    </span>
  );
}
