/**
 * fast-check arbitraries for the annotation commands (threads, notes,
 * alignment). Thread and note ids come from small pools that agree with
 * `richProject()` (`thr_0`, `thr_1`, `note_0`), so replies, edits and deletes
 * often hit something that exists; targets draw every element kind.
 */
import fc from 'fast-check';
import type { ElementRef } from '../../shared/domain/model.ts';
import { ALIGNMENT_STATUSES, ELEMENT_KINDS, ROLES } from '../../shared/domain/vocab.ts';
import { call } from './systemArbitraries.ts';

export const ANNOTATION_POOLS = {
  thread: ['thr_0', 'thr_1', 'thr_2', 'thr_3'],
  note: ['note_0', 'note_1', 'note_2', 'note_3', 'note_4', 'note_5'],
  author: ['Ana Souza', 'Jonas', '', '  Priya  '],
} as const;

interface Pools {
  stage: readonly string[];
  touchpoint: readonly string[];
  friction: readonly string[];
  opportunity: readonly string[];
  system: readonly string[];
  dataLink: readonly string[];
}

/** An element reference: a kind with an id from that kind's pool, sometimes one of another kind's. */
export const elementRef = (pools: Pools): fc.Arbitrary<ElementRef> => fc.oneof(
  ...ELEMENT_KINDS.values.map((kind) => fc.constantFrom(...pools[kind]).map((id) => ({ kind, id }))),
  fc.record({ kind: fc.constantFrom('stage' as const, 'system' as const), id: fc.constantFrom(...pools.touchpoint) }),
);

/** Times as the app sends them, plus now and then one the schema rejects. */
const time = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom('2026-03-02T10:15:00+02:00', 'yesterday', '') },
);
const noteText = fc.oneof(fc.string({ maxLength: 24 }), fc.constantFrom('', '   ', '=SUM(A1)', 'Line 1\nLine 2'));

interface Draws { journeyId: fc.Arbitrary<string>; pools: Pools }

/** The weighted calls of the annotation commands. */
export function annotationCommandCalls({ journeyId, pools }: Draws) {
  const threadId = fc.constantFrom(...ANNOTATION_POOLS.thread);
  const note = {
    noteId: fc.constantFrom(...ANNOTATION_POOLS.note),
    author: fc.constantFrom(...ANNOTATION_POOLS.author),
    role: fc.constantFrom(...ROLES.values),
    at: time,
    text: noteText,
  };
  const noteId = note.noteId;
  return [
    call('addThread', fc.record({ journeyId, threadId, target: elementRef(pools), ...note })),
    call('replyToThread', fc.record({ journeyId, threadId, ...note })),
    call('setThreadResolved', fc.record({ journeyId, threadId, resolved: fc.boolean() })),
    call('editNote', fc.record({ journeyId, threadId, noteId, text: noteText })),
    call('deleteNote', fc.record({ journeyId, threadId, noteId })),
    call('setAlignment', fc.record({
      journeyId, target: elementRef(pools), status: fc.option(fc.constantFrom(...ALIGNMENT_STATUSES.values), { nil: null }),
    })),
  ];
}
