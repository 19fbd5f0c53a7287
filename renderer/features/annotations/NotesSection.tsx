/**
 * The Notes section at the end of an element's inspector form: where
 * marketing and IT stand on it (alignment status), the threads about it,
 * and a field to start a new one, signed with whoever is speaking.
 */
import { MessageSquarePlus } from 'lucide-react';
import { useId, useState } from 'react';
import { createId } from '../../../shared/domain/ids.ts';
import type { ElementRef } from '../../../shared/domain/model.ts';
import { LIMITS } from '../../../shared/domain/schema.ts';
import { ALIGNMENT_STATUSES, type AlignmentStatus } from '../../../shared/domain/vocab.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { Section, SelectField } from '../inspector/fields.tsx';
import { speakerName } from '../identity/identity.ts';
import { ThreadView } from './ThreadView.tsx';
import { alignmentOf, threadsOf } from './threads.ts';
import './annotations.css';

const STATUS_OPTIONS: { value: AlignmentStatus | ''; label: string }[] = [{ value: '', label: 'Not set' }, ...ALIGNMENT_STATUSES.options];

export function NotesSection({ target }: { target: ElementRef }) {
  const store = useAppStoreApi();
  const journey = useAppStore(selectJourney);
  const identity = useAppStore((s) => s.identity);
  const [draft, setDraft] = useState('');
  const draftId = useId();
  const status = alignmentOf(journey, target);
  const threads = threadsOf(journey, target);
  const me = speakerName(identity);

  const setStatus = (value: AlignmentStatus | '') =>
    store.getState().dispatch({ name: 'setAlignment', payload: { journeyId: store.getState().journeyId, target, status: value === '' ? null : value } });
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    const state = store.getState();
    state.dispatch({
      name: 'addThread',
      payload: { journeyId: state.journeyId, threadId: createId('thread'), noteId: createId('note'), target, author: me, role: identity.role, at: new Date().toISOString(), text },
    });
    state.sealHistory();
    setDraft('');
  };

  return (
    <Section title="Notes">
      <SelectField label="Alignment status" value={status ?? ''} options={STATUS_OPTIONS} onChange={setStatus}
        adornment={<span className={`status-dot status-${status ?? 'none'}`} aria-hidden="true" />} />
      {threads.length === 0 ? (
        <p className="hint">No notes yet. Leave a question or a decision for the other side.</p>
      ) : (
        <div className="threads" role="list" aria-label="Threads">
          {threads.map((t) => <div role="listitem" key={t.id}><ThreadView thread={t} /></div>)}
        </div>
      )}
      <div className="field">
        <label htmlFor={draftId} className="field-label">New note</label>
        <textarea
          id={draftId}
          className="textarea new-note"
          rows={2}
          value={draft}
          maxLength={LIMITS.text}
          placeholder={`Write as ${me}…`}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); add(); } }}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={add} disabled={draft.trim() === ''}>
          <MessageSquarePlus size={16} aria-hidden="true" />Add note
        </button>
      </div>
    </Section>
  );
}
