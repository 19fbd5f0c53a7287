/**
 * Notes and decisions: every thread of the journey in one list, filtered by
 * who spoke, alignment status, stage and state, with the threads still
 * waiting on the other side. A thread selects and reveals its element; the
 * decision log exports as Markdown or CSV.
 */
import { SidePanelHeader } from '../SidePanelHeader.tsx';
import { FileDown } from 'lucide-react';
import { useMemo, useState } from 'react';
import { ALIGNMENT_STATUSES, ROLES } from '../../../shared/domain/vocab.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { CheckboxField, SelectField } from '../inspector/fields.tsx';
import { ThreadRowButton } from './ThreadRow.tsx';
import { exportDecisionLog } from './exportLog.ts';
import { DEFAULT_FILTERS, filterRows, threadCounts, threadRows, type ThreadFilters } from './threads.ts';
import '../identity/identity.css';
import './annotations.css';

const ROLE_OPTIONS = [{ value: 'all', label: 'All' }, ...ROLES.options] as const;
const STATUS_OPTIONS = [{ value: 'all', label: 'Any status' }, { value: 'none', label: 'Not set' }, ...ALIGNMENT_STATUSES.options] as const;
const STATE_OPTIONS = [{ value: 'open', label: 'Open' }, { value: 'resolved', label: 'Resolved' }, { value: 'all', label: 'All' }] as const;

export function AnnotationsPanel() {
  const store = useAppStoreApi();
  const project = useAppStore((s) => s.project);
  const journey = useAppStore(selectJourney);
  const [filters, setFilters] = useState<ThreadFilters>(DEFAULT_FILTERS);
  const rows = useMemo(() => threadRows(project, journey), [project, journey]);
  const shown = filterRows(rows, filters);
  const counts = threadCounts(journey, rows);
  const filter = (changes: Partial<ThreadFilters>) => setFilters({ ...filters, ...changes });
  const stageOptions = [{ value: 'all', label: 'All stages' }, ...journey.stages.map((s) => ({ value: s.id, label: s.name || 'Untitled stage' }))];
  const reveal = (id: string) => {
    const state = store.getState();
    state.setSelection([id]);
    state.reveal(id);
    if (!state.inspectorOpen) state.setUi({ inspectorOpen: true });
  };

  return (
    <aside className="side-panel annotations-panel" aria-label="Notes and decisions">
      <SidePanelHeader title="Notes and decisions" />
      <section className="panel-section" aria-label="Summary">
        <dl className="annotation-counts">
          <Count label="Open threads" value={counts.open} testId="count-open" />
          <Count label="Disputed elements" value={counts.disputed} testId="count-disputed" tone="disputed" />
          <Count label="Waiting on the other side" value={counts.waiting} testId="count-waiting" tone="waiting" />
        </dl>
      </section>
      <section className="panel-section annotation-filters" aria-label="Filters">
        <div className="state-switch" role="radiogroup" aria-label="Thread state">
          {STATE_OPTIONS.map((o) => (
            <button key={o.value} type="button" role="radio" aria-checked={filters.resolved === o.value} onClick={() => filter({ resolved: o.value })}>{o.label}</button>
          ))}
        </div>
        <div className="field-row">
          <SelectField label="Role" value={filters.role} options={ROLE_OPTIONS} onChange={(role) => filter({ role })} />
          <SelectField label="Alignment status" value={filters.status} options={STATUS_OPTIONS} onChange={(status) => filter({ status })} />
        </div>
        <SelectField label="Stage" value={filters.stageId} options={stageOptions} onChange={(stageId) => filter({ stageId })} />
        <CheckboxField label="Waiting on the other side" checked={filters.waiting} onChange={(waiting) => filter({ waiting })} />
      </section>
      <section className="panel-section" aria-label="Threads">
        {shown.length === 0 ? (
          <p className="hint">
            {rows.length === 0
              ? 'No notes yet. Select a stage, touchpoint, friction point, system or data link and add a note in the inspector.'
              : 'No thread matches these filters.'}
          </p>
        ) : (
          <ul className="list thread-list" aria-label="Threads">
            {shown.map((row) => <li key={row.thread.id}><ThreadRowButton row={row} onReveal={reveal} /></li>)}
          </ul>
        )}
      </section>
      <section className="panel-section" aria-label="Export decision log">
        <h3>Export decision log</h3>
        <p className="hint">Every element with a status or a note, with the conversation about it.</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void exportDecisionLog(store, 'decisions-md')}><FileDown size={16} aria-hidden="true" />Markdown</button>
          <button type="button" className="button" onClick={() => void exportDecisionLog(store, 'decisions-csv')}><FileDown size={16} aria-hidden="true" />CSV</button>
        </div>
      </section>
    </aside>
  );
}

function Count({ label, value, testId, tone }: { label: string; value: number; testId: string; tone?: string }) {
  return (
    <div className={`annotation-count${tone && value > 0 ? ` tone-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
