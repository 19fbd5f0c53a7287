/** One thread in the notes panel: the element it is about, its status, the last word, and who has spoken. */
import { Check, Hourglass } from 'lucide-react';
import { ALIGNMENT_STATUSES, ROLES } from '../../../shared/domain/vocab.ts';
import { RoleChip } from './ThreadView.tsx';
import { excerpt, relativeTime, type ThreadRow } from './threads.ts';

export function ThreadRowButton({ row, onReveal }: { row: ThreadRow; onReveal(id: string): void }) {
  const { thread, target, status, roles, waiting, last } = row;
  const where = [target.kindLabel, target.stageName].filter(Boolean).join(' · ');
  return (
    <button type="button" className={thread.resolved ? 'thread-row is-resolved' : 'thread-row'} onClick={() => onReveal(thread.target.id)}>
      <span className="thread-row-top">
        <span className="thread-row-name">{target.name}</span>
        {status && <span className={`status-badge status-${status}`}>{ALIGNMENT_STATUSES.labels[status]}</span>}
      </span>
      <span className="thread-row-where">{where}</span>
      {last && (
        <span className="thread-row-last">
          <strong>{last.author}:</strong> {excerpt(last.text)}
        </span>
      )}
      <span className="thread-row-bottom">
        <span className="thread-row-roles">
          {roles.map((r) => <RoleChip key={r} role={r} />)}
        </span>
        {thread.resolved ? (
          <span className="thread-row-state is-resolved"><Check size={12} aria-hidden="true" />Resolved</span>
        ) : waiting ? (
          <span className="thread-row-state is-waiting"><Hourglass size={12} aria-hidden="true" />Waiting on {ROLES.labels[waiting]}</span>
        ) : null}
        {last && <span className="thread-row-time" title={last.at}>{relativeTime(last.at)}</span>}
      </span>
    </button>
  );
}
