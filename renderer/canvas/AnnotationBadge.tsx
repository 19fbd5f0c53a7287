/**
 * The conversation on an element, at a glance: its alignment status
 * (agreed, disputed, needs data, open question) and how many notes it has.
 * Shown on the element in every pane, so both sides see the same state.
 */
import { MessageSquare } from 'lucide-react';
import { memo } from 'react';
import type { Alignment, Thread } from '../../shared/domain/model.ts';
import { ALIGNMENT_STATUSES, type AlignmentStatus } from '../../shared/domain/vocab.ts';
import { selectJourney, useAppStore } from '../state/store.ts';

const cache = new WeakMap<readonly Thread[], WeakMap<readonly Alignment[], Map<string, string>>>();

/** element id → `status|notes|open` (status may be empty), cached per threads/alignment lists. */
function summaries(threads: readonly Thread[], alignment: readonly Alignment[]): Map<string, string> {
  let byAlignment = cache.get(threads);
  if (!byAlignment) cache.set(threads, (byAlignment = new WeakMap()));
  let map = byAlignment.get(alignment);
  if (map) return map;
  const acc = new Map<string, { status: string; notes: number; open: number }>();
  const of = (id: string) => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { status: '', notes: 0, open: 0 }));
    return a;
  };
  for (const a of alignment) of(a.target.id).status = a.status;
  for (const t of threads) {
    const a = of(t.target.id);
    a.notes += t.notes.length;
    if (!t.resolved) a.open += 1;
  }
  map = new Map([...acc].map(([id, a]) => [id, `${a.status}|${a.notes}|${a.open}`]));
  byAlignment.set(alignment, map);
  return map;
}

function AnnotationBadgeView({ id }: { id: string }) {
  const summary = useAppStore((s) => {
    const journey = selectJourney(s);
    return summaries(journey.threads, journey.alignment).get(id) ?? '';
  });
  if (!summary) return null;
  const [status, notes, open] = summary.split('|') as [AlignmentStatus | '', string, string];
  if (!status && notes === '0') return null;
  const label = [status && ALIGNMENT_STATUSES.labels[status], `${notes} note${notes === '1' ? '' : 's'}`, open !== '0' && `${open} open`].filter(Boolean).join(', ');
  return (
    <span className={`annotation-badge${status ? ` status-${status}` : ''}${open === '0' ? ' is-settled' : ''}`} role="img" aria-label={label} title={label}>
      {status && <span className="annotation-status">{ALIGNMENT_STATUSES.labels[status]}</span>}
      {notes !== '0' && <span className="annotation-badge-count"><MessageSquare size={11} aria-hidden="true" />{notes}</span>}
    </span>
  );
}

export const AnnotationBadge = memo(AnnotationBadgeView);
