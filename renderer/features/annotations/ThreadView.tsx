/** One thread of notes: who said what and when, a reply field, resolve/reopen, and deleting your own notes. */
import { Check, CornerDownRight, Pencil, RotateCcw, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import type { CommandCall } from '../../../shared/commands/registry.ts';
import { createId } from '../../../shared/domain/ids.ts';
import type { Note, Thread } from '../../../shared/domain/model.ts';
import { LIMITS } from '../../../shared/domain/schema.ts';
import { useAppStore, useAppStoreApi } from '../../state/store.ts';
import { roleLabel, speakerName } from '../identity/identity.ts';
import '../identity/identity.css';
import { absoluteTime, recent, relativeTime } from './threads.ts';
import './annotations.css';

export function ThreadView({ thread }: { thread: Thread }) {
  const store = useAppStoreApi();
  const identity = useAppStore((s) => s.identity);
  const [reply, setReply] = useState('');
  const replyId = useId();
  const me = speakerName(identity);
  const first = thread.notes[0];
  const run = (call: CommandCall) => {
    const state = store.getState();
    state.dispatch(call);
    state.sealHistory();
  };
  const journeyId = () => store.getState().journeyId;
  const send = () => {
    const text = reply.trim();
    if (!text) return;
    run({ name: 'replyToThread', payload: { journeyId: journeyId(), threadId: thread.id, noteId: createId('note'), author: me, role: identity.role, at: new Date().toISOString(), text } });
    setReply('');
  };
  const setResolved = (resolved: boolean) => run({ name: 'setThreadResolved', payload: { journeyId: journeyId(), threadId: thread.id, resolved } });
  const remove = (note: Note) => run({ name: 'deleteNote', payload: { journeyId: journeyId(), threadId: thread.id, noteId: note.id } });
  const edit = (note: Note, text: string) => run({ name: 'editNote', payload: { journeyId: journeyId(), threadId: thread.id, noteId: note.id, text } });

  return (
    <article className={thread.resolved ? 'thread is-resolved' : 'thread'} aria-label={`Thread started by ${first?.author ?? 'nobody'}`}>
      {thread.resolved && <p className="thread-resolved"><Check size={12} aria-hidden="true" />Resolved</p>}
      <ol className="notes">
        {thread.notes.map((note) => (
          <NoteItem key={note.id} note={note} own={note.author === me && note.role === identity.role} onDelete={() => remove(note)} onEdit={(text) => edit(note, text)} />
        ))}
      </ol>
      {!thread.resolved && (
        <div className="thread-reply">
          <label htmlFor={replyId} className="visually-hidden">Reply</label>
          <textarea
            id={replyId}
            className="textarea thread-reply-input"
            rows={1}
            value={reply}
            maxLength={LIMITS.text}
            placeholder="Write a reply…"
            onChange={(e) => setReply(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); } }}
          />
          <button type="button" className="button" onClick={send} disabled={reply.trim() === ''}>
            <CornerDownRight size={14} aria-hidden="true" />Reply
          </button>
        </div>
      )}
      <div className="thread-actions">
        {thread.resolved ? (
          <button type="button" className="link-button" onClick={() => setResolved(false)}><RotateCcw size={12} aria-hidden="true" />Reopen</button>
        ) : (
          <button type="button" className="link-button" onClick={() => setResolved(true)}><Check size={12} aria-hidden="true" />Resolve</button>
        )}
      </div>
    </article>
  );
}

export function RoleChip({ role }: { role: Note['role'] }) {
  return <span className={`role-chip role-${role}`}>{roleLabel(role)}</span>;
}

function NoteItem({ note, own, onDelete, onEdit }: { note: Note; own: boolean; onDelete(): void; onEdit(text: string): void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const editId = useId();
  const save = () => {
    if (editing !== null && editing.trim() !== '') onEdit(editing.trim());
    setEditing(null);
  };
  return (
    <li className={`note role-${note.role}`}>
      <div className="note-head">
        <span className="note-author">{note.author}</span>
        <RoleChip role={note.role} />
        <time className="note-time" dateTime={note.at} title={absoluteTime(note.at)}>
          {recent(note.at) ? <>{relativeTime(note.at)}<span className="note-abs"> · {absoluteTime(note.at)}</span></> : absoluteTime(note.at)}
        </time>
        {own && editing === null && (
          <span className="note-tools">
            <button type="button" className="icon-button note-tool" aria-label={`Edit note by ${note.author}`} title="Edit your note" onClick={() => setEditing(note.text)}>
              <Pencil size={13} aria-hidden="true" />
            </button>
            <button type="button" className="icon-button note-tool note-delete" aria-label={`Delete note by ${note.author}`} title="Delete your note" onClick={onDelete}>
              <Trash2 size={13} aria-hidden="true" />
            </button>
          </span>
        )}
      </div>
      {editing === null ? <p className="note-text">{note.text}</p> : (
        <div className="note-edit">
          <label htmlFor={editId} className="visually-hidden">Edit note</label>
          <textarea id={editId} className="textarea" rows={2} value={editing} maxLength={LIMITS.text} autoFocus
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') { e.stopPropagation(); setEditing(null); }
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(); }
            }} />
          <div className="button-row">
            <button type="button" className="button" onClick={save} disabled={editing.trim() === ''}>Save</button>
            <button type="button" className="button" onClick={() => setEditing(null)}>Cancel</button>
          </div>
        </div>
      )}
    </li>
  );
}
