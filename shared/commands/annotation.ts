/**
 * Annotation commands: comment threads on elements (notes by marketing, IT or
 * a facilitator) and the alignment status of an element. Ids and times come
 * in the payload. A thread or note id already used anywhere in the project,
 * a target that does not exist, empty text or a note the schema would reject
 * (bad time, over-long text) makes the command a no-op (the same project).
 * Deleting an element removes its threads and status through the cascade in
 * helpers.ts (pruneJourney); undoing that delete brings them back.
 */
import { elementExists } from '../domain/invariants.ts';
import type { ElementRef, Journey, Note, Project, Thread } from '../domain/model.ts';
import { NoteSchema } from '../domain/schema.ts';
import { ELEMENT_KINDS, type AlignmentStatus, type Role } from '../domain/vocab.ts';
import { defineCommand } from './define.ts';
import { keep, updateById, updateJourney } from './helpers.ts';

interface NoteInput { noteId: string; author: string; role: Role; at: string; text: string }

/** Every id of the project (the file format wants ids unique across all of it). */
function usedIds(project: Project): Set<string> {
  const ids = new Set<string>([project.id, ...project.personas.map((p) => p.id), ...project.systems.map((s) => s.id)]);
  for (const j of project.journeys) {
    ids.add(j.id);
    for (const list of [j.stages, j.lanes, j.touchpoints, j.connections, j.frictions, j.opportunities, j.dataLinks, j.threads]) {
      for (const item of list) ids.add(item.id);
    }
    for (const t of j.threads) for (const n of t.notes) ids.add(n.id);
  }
  return ids;
}

/** The note to store, or null when it would be empty or invalid. Text and author are trimmed. */
function makeNote({ noteId, author, role, at, text }: NoteInput): Note | null {
  const note: Note = { id: noteId, author: author.trim(), role, at, text: text.trim() };
  return note.text !== '' && NoteSchema.safeParse(note).success ? note : null;
}

export const addThread = defineCommand<NoteInput & { journeyId: string; threadId: string; target: ElementRef }>({
  label: 'Add comment',
  perform: (project, { journeyId, threadId, target, ...input }) => {
    const note = makeNote(input);
    if (!note || threadId === note.id) return project;
    const used = usedIds(project);
    if (used.has(threadId) || used.has(note.id)) return project;
    return updateJourney(project, journeyId, (j) => {
      if (!targetExists(project, j, target)) return j;
      const thread: Thread = { id: threadId, target: { kind: target.kind, id: target.id }, resolved: false, notes: [note] };
      return { ...j, threads: [...j.threads, thread] };
    });
  },
});

/** Replying leaves the thread's resolved flag as it is. */
export const replyToThread = defineCommand<NoteInput & { journeyId: string; threadId: string }>({
  label: 'Reply',
  perform: (project, { journeyId, threadId, ...input }) => {
    const note = makeNote(input);
    if (!note || usedIds(project).has(note.id)) return project;
    return updateThreads(project, journeyId, (threads) => updateById(threads, threadId, (t) => ({ ...t, notes: [...t.notes, note] })));
  },
});

export const setThreadResolved = defineCommand<{ journeyId: string; threadId: string; resolved: boolean }>({
  label: 'Resolve or reopen thread',
  perform: (project, { journeyId, threadId, resolved }) => updateThreads(project, journeyId, (threads) =>
    updateById(threads, threadId, (t) => (t.resolved === resolved ? t : { ...t, resolved }))),
});

/** Change a note's text. Text that is empty after trimming is a no-op: use deleteNote to remove a note. */
export const editNote = defineCommand<{ journeyId: string; threadId: string; noteId: string; text: string }>({
  label: 'Edit note',
  perform: (project, { journeyId, threadId, noteId, text }) => updateThreads(project, journeyId, (threads) =>
    updateById(threads, threadId, (t) => {
      const notes = updateById(t.notes, noteId, (n) => {
        if (text.trim() === '' || n.text === text) return n;
        const next = { ...n, text };
        return NoteSchema.safeParse(next).success ? next : n;
      });
      return notes === t.notes ? t : { ...t, notes };
    })),
  coalesceKey: ({ threadId, noteId }) => `note:${threadId}:${noteId}`,
});

/** Delete one note; deleting a thread's last note deletes the thread. */
export const deleteNote = defineCommand<{ journeyId: string; threadId: string; noteId: string }>({
  label: 'Delete note',
  perform: (project, { journeyId, threadId, noteId }) => updateThreads(project, journeyId, (threads) => {
    const thread = threads.find((t) => t.id === threadId);
    if (!thread) return threads;
    const notes = keep(thread.notes, (n) => n.id !== noteId);
    if (notes === thread.notes) return threads;
    return notes.length === 0 ? threads.filter((t) => t !== thread) : threads.map((t) => (t === thread ? { ...t, notes } : t));
  }),
});

/** Set (or, with null, clear) an element's alignment status: at most one entry per element. */
export const setAlignment = defineCommand<{ journeyId: string; target: ElementRef; status: AlignmentStatus | null }>({
  label: 'Set alignment status',
  perform: (project, { journeyId, target, status }) => {
    return updateJourney(project, journeyId, (j) => {
      const same = (a: { target: ElementRef }) => a.target.kind === target.kind && a.target.id === target.id;
      if (status === null) {
        const alignment = keep(j.alignment, (a) => !same(a));
        return alignment === j.alignment ? j : { ...j, alignment };
      }
      if (!targetExists(project, j, target)) return j;
      const existing = j.alignment.find(same);
      if (existing?.status === status) return j;
      const entry = { target: { kind: target.kind, id: target.id }, status };
      // Replace in place (dropping any duplicates an older file may hold), else append.
      const alignment = existing
        ? j.alignment.filter((a) => a === existing || !same(a)).map((a) => (a === existing ? entry : a))
        : [...j.alignment, entry];
      return { ...j, alignment };
    });
  },
});

/** Whether a reference names an element of the journey (a kind outside the vocabulary never does). */
function targetExists(project: Project, journey: Journey, target: ElementRef): boolean {
  if (!(ELEMENT_KINDS.values as readonly string[]).includes(target.kind)) return false;
  return elementExists(journey, new Set(project.systems.map((s) => s.id)))(target);
}

function updateThreads(project: Project, journeyId: string, change: (threads: Thread[]) => Thread[]): Project {
  return updateJourney(project, journeyId, (j: Journey) => {
    const threads = change(j.threads);
    return threads === j.threads ? j : { ...j, threads };
  });
}
