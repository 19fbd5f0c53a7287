import { describe, expect, it } from 'vitest';
import { commandCoalesceKey, commandLabel, runCommand, type CommandCall } from '../../../../shared/commands/registry.ts';
import { checkInvariants } from '../../../../shared/domain/invariants.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { createHistory, record, undo } from '../../../../shared/history/history.ts';
import { apply, richProject } from '../../../helpers/builders.ts';

const J = 'jny_1';
const T1 = '2026-03-02T10:15:00.000Z';
const journey = (p: Project) => p.journeys[0]!;
const thread = (p: Project, id: string) => journey(p).threads.find((t) => t.id === id);

const addThread = (overrides: Partial<Extract<CommandCall, { name: 'addThread' }>['payload']> = {}): CommandCall => ({
  name: 'addThread',
  payload: { journeyId: J, threadId: 'thr_9', noteId: 'note_9', target: { kind: 'dataLink', id: 'dl_0' }, author: 'Ana Souza', role: 'marketing', at: T1, text: 'Is this real time?', ...overrides },
});

describe('addThread', () => {
  it('starts an open thread with one note on an existing element', () => {
    const p = apply(richProject(), addThread({ text: '  Is this real time?\n', author: ' Ana Souza ' }));
    expect(thread(p, 'thr_9')).toEqual({
      id: 'thr_9', target: { kind: 'dataLink', id: 'dl_0' }, resolved: false,
      notes: [{ id: 'note_9', author: 'Ana Souza', role: 'marketing', at: T1, text: 'Is this real time?' }],
    });
    expect(checkInvariants(p)).toEqual([]);
  });

  it('accepts every element kind, systems from the catalog', () => {
    const targets = [
      { kind: 'stage', id: 'stg_1' }, { kind: 'touchpoint', id: 'tp_2' }, { kind: 'friction', id: 'fr_1' },
      { kind: 'opportunity', id: 'opp_0' }, { kind: 'system', id: 'sys_1' }, { kind: 'dataLink', id: 'dl_0' },
    ] as const;
    let p = richProject();
    targets.forEach((target, i) => { p = apply(p, addThread({ target, threadId: `thr_t${i}`, noteId: `note_t${i}` })); });
    expect(journey(p).threads.slice(2).map((t) => t.target)).toEqual(targets);
  });

  it('is a no-op for empty text, a missing target or an id already in use', () => {
    const p = richProject();
    for (const bad of [{ text: ' \t\n ' }, { target: { kind: 'opportunity' as const, id: 'tp_0' } }, { threadId: 'tp_0' }, { noteId: 'fr_0' }, { noteId: 'thr_9' }]) {
      expect(runCommand(p, addThread(bad))).toBe(p);
    }
  });
});

describe('replyToThread, setThreadResolved', () => {
  it('appends a note and leaves the resolved flag alone', () => {
    const resolved = apply(richProject(), { name: 'setThreadResolved', payload: { journeyId: J, threadId: 'thr_1', resolved: true } });
    const p = apply(resolved,
      { name: 'replyToThread', payload: { journeyId: J, threadId: 'thr_0', noteId: 'note_9', author: 'Jonas', role: 'it', at: T1, text: 'Because.' } },
      { name: 'setThreadResolved', payload: { journeyId: J, threadId: 'thr_0', resolved: true } });
    expect(thread(p, 'thr_0')!.notes.map((n) => [n.author, n.role, n.text])).toEqual([['Ana', 'marketing', 'Why?'], ['Jonas', 'it', 'Because.']]);
    expect(thread(p, 'thr_0')!.resolved).toBe(true);
    const reply = apply(p, { name: 'replyToThread', payload: { journeyId: J, threadId: 'thr_0', noteId: 'note_8', author: 'Ana', role: 'marketing', at: T1, text: 'Ok' } });
    expect(thread(reply, 'thr_0')!.resolved).toBe(true);
    const reopened = apply(reply, { name: 'setThreadResolved', payload: { journeyId: J, threadId: 'thr_0', resolved: false } });
    expect(thread(reopened, 'thr_0')!.resolved).toBe(false);
  });
});

describe('editNote, deleteNote', () => {
  it('edits the text and merges consecutive edits of one note into one undo step', () => {
    const call = (text: string): CommandCall => ({ name: 'editNote', payload: { journeyId: J, threadId: 'thr_0', noteId: 'note_0', text } });
    expect(thread(apply(richProject(), call('Why not?')), 'thr_0')!.notes[0]!.text).toBe('Why not?');
    expect(commandCoalesceKey(call('a'))).toBe(commandCoalesceKey(call('ab')));
    expect(commandCoalesceKey(call('a'))).not.toBe(commandCoalesceKey({ name: 'editNote', payload: { journeyId: J, threadId: 'thr_0', noteId: 'note_9', text: 'a' } }));
  });

  it('deletes one note; deleting the last note deletes the thread', () => {
    const p = apply(richProject(), { name: 'replyToThread', payload: { journeyId: J, threadId: 'thr_0', noteId: 'note_9', author: 'Ben', role: 'facilitator', at: T1, text: 'Hm' } });
    const one = apply(p, { name: 'deleteNote', payload: { journeyId: J, threadId: 'thr_0', noteId: 'note_0' } });
    expect(thread(one, 'thr_0')!.notes.map((n) => n.id)).toEqual(['note_9']);
    const none = apply(one, { name: 'deleteNote', payload: { journeyId: J, threadId: 'thr_0', noteId: 'note_9' } });
    expect(thread(none, 'thr_0')).toBeUndefined();
    expect(journey(none).threads.map((t) => t.id)).toEqual(['thr_1']);
  });
});

describe('setAlignment', () => {
  const set = (kind: 'stage' | 'touchpoint' | 'system', id: string, status: 'agreed' | 'disputed' | null): CommandCall =>
    ({ name: 'setAlignment', payload: { journeyId: J, target: { kind, id }, status } });

  it('keeps at most one entry per element: sets, replaces in place, clears', () => {
    const p = apply(richProject(), set('system', 'sys_1', 'agreed'), set('touchpoint', 'tp_0', 'agreed'), set('stage', 'stg_0', null));
    expect(journey(p).alignment).toEqual([
      { target: { kind: 'touchpoint', id: 'tp_0' }, status: 'agreed' },
      { target: { kind: 'friction', id: 'fr_0' }, status: 'needs-data' },
      { target: { kind: 'system', id: 'sys_1' }, status: 'agreed' },
    ]);
  });

  it('merges duplicate entries an older file may hold', () => {
    const base = richProject();
    const dup: Project = { ...base, journeys: [{ ...journey(base), alignment: [...journey(base).alignment, { target: { kind: 'stage', id: 'stg_0' }, status: 'disputed' }] }] };
    expect(journey(apply(dup, set('stage', 'stg_0', 'disputed'))).alignment.filter((a) => a.target.id === 'stg_0')).toEqual([{ target: { kind: 'stage', id: 'stg_0' }, status: 'disputed' }]);
    expect(journey(apply(dup, set('stage', 'stg_0', null))).alignment.some((a) => a.target.id === 'stg_0')).toBe(false);
  });
});

describe('deleting an annotated element', () => {
  it('deletes its threads and alignment status, and one undo restores them', () => {
    const before = apply(richProject(),
      addThread({ target: { kind: 'touchpoint', id: 'tp_0' } }),
      { name: 'setAlignment', payload: { journeyId: J, target: { kind: 'touchpoint', id: 'tp_1' }, status: 'open-question' } });
    const call: CommandCall = { name: 'deleteTouchpoints', payload: { journeyId: J, touchpointIds: ['tp_0', 'tp_1'] } };
    const after = runCommand(before, call);
    // tp_0 takes fr_0 and dl_0 with it, so their threads and statuses go too.
    expect(journey(after).threads).toEqual([]);
    expect(journey(after).alignment).toEqual([{ target: { kind: 'stage', id: 'stg_0' }, status: 'agreed' }]);
    expect(checkInvariants(after)).toEqual([]);

    let history = createHistory<Project, null>();
    history = record(history, { label: commandLabel(call), before, after, selectionBefore: null, selectionAfter: null, coalesceKey: commandCoalesceKey(call), at: 0 });
    const undone = undo(history);
    expect(undone!.entry.before).toBe(before);
    expect(journey(undone!.entry.before).threads.map((t) => t.id)).toEqual(['thr_0', 'thr_1', 'thr_9']);
    expect(journey(undone!.entry.before).alignment).toHaveLength(4);
  });

  it('deleting a system from the catalog removes its threads and status', () => {
    const p = apply(richProject(), addThread({ target: { kind: 'system', id: 'sys_1' } }),
      { name: 'setAlignment', payload: { journeyId: J, target: { kind: 'system', id: 'sys_1' }, status: 'disputed' } });
    expect(thread(p, 'thr_9')).toBeDefined();
    const gone = apply(p, { name: 'deleteSystems', payload: { systemIds: ['sys_1'] } });
    expect(thread(gone, 'thr_9')).toBeUndefined();
    expect(journey(gone).alignment.some((a) => a.target.kind === 'system')).toBe(false);
  });
});
