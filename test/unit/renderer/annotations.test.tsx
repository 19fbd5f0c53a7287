// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { AnnotationsPanel } from '../../../renderer/features/annotations/AnnotationsPanel.tsx';
import { setAppPlatform } from '../../../renderer/features/identity/identity.ts';
import { Inspector } from '../../../renderer/features/inspector/Inspector.tsx';
import type { Platform } from '../../../renderer/platform/types.ts';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { richProject } from '../../helpers/builders.ts';

afterEach(() => { cleanup(); setAppPlatform(null); });

function setup(project: Project = richProject(), selection: string[] = []) {
  const store = createAppStore(project, () => 0);
  store.getState().setSelection(selection);
  render(
    <StoreContext.Provider value={store}>
      <AnnotationsPanel />
      <Inspector />
    </StoreContext.Provider>,
  );
  const journey = () => store.getState().project.journeys[0]!;
  const speak = (userName: string, role: 'marketing' | 'it' | 'facilitator') => act(() => store.getState().setIdentity({ userName, role }));
  return { store, journey, speak };
}

const inspector = () => within(screen.getByRole('complementary', { name: 'Inspector' }));
const panel = () => within(screen.getByRole('complementary', { name: 'Notes and decisions' }));
const notes = () => within(inspector().getByRole('region', { name: 'Notes' }));
const panelThreads = () => panel().queryAllByRole('listitem').map((li) => li.querySelector('.thread-row-name')?.textContent);

function addNote(text: string) {
  fireEvent.change(notes().getByRole('textbox', { name: 'New note' }), { target: { value: text } });
  fireEvent.click(notes().getByRole('button', { name: 'Add note' }));
}
function reply(text: string) {
  fireEvent.change(notes().getByRole('textbox', { name: 'Reply' }), { target: { value: text } });
  fireEvent.click(notes().getByRole('button', { name: 'Reply' }));
}

describe('notes in the inspector', () => {
  it('adds a note on a touchpoint signed by whoever is speaking', () => {
    const { journey, speak } = setup(richProject(), ['tp_0']);
    speak('Amélie', 'marketing');
    expect(notes().getByText(/No notes yet/)).toBeTruthy();
    expect((notes().getByRole('button', { name: 'Add note' }) as HTMLButtonElement).disabled).toBe(true);
    addNote('  Can we show pending stars?  ');
    const thread = journey().threads.find((t) => t.target.id === 'tp_0')!;
    expect(thread.target).toEqual({ kind: 'touchpoint', id: 'tp_0' });
    expect(thread.resolved).toBe(false);
    expect(thread.notes).toHaveLength(1);
    expect(thread.notes[0]).toMatchObject({ author: 'Amélie', role: 'marketing', text: 'Can we show pending stars?' });
    expect(Number.isNaN(Date.parse(thread.notes[0]!.at))).toBe(false);
    const shown = within(notes().getByRole('article'));
    expect(shown.getByText('Amélie')).toBeTruthy();
    expect(shown.getByText('Marketing').className).toContain('role-marketing');
    expect(shown.getByText('Can we show pending stars?')).toBeTruthy();
    expect((notes().getByRole('textbox', { name: 'New note' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('signs by role when nobody gave a name, and takes a reply from the other side', () => {
    const { journey, speak } = setup(richProject(), ['tp_0']);
    speak('', 'marketing');
    addNote('Is the stock level live?');
    speak('Jonas', 'it');
    reply('Every 15 minutes.');
    const thread = journey().threads.find((t) => t.target.id === 'tp_0')!;
    expect(thread.notes.map((n) => [n.author, n.role, n.text])).toEqual([
      ['Marketing participant', 'marketing', 'Is the stock level live?'],
      ['Jonas', 'it', 'Every 15 minutes.'],
    ]);
    expect(notes().getAllByRole('listitem').filter((li) => li.classList.contains('note'))).toHaveLength(2);
  });

  it('resolves and reopens a thread', () => {
    const { journey } = setup(richProject(), ['tp_1']);
    const thread = () => journey().threads.find((t) => t.id === 'thr_0')!;
    fireEvent.click(notes().getByRole('button', { name: 'Resolve' }));
    expect(thread().resolved).toBe(true);
    expect(notes().queryByRole('textbox', { name: 'Reply' })).toBeNull();
    fireEvent.click(notes().getByRole('button', { name: 'Reopen' }));
    expect(thread().resolved).toBe(false);
  });

  it('sets and clears the alignment status', () => {
    const { journey } = setup(richProject(), ['tp_2']);
    const select = notes().getByRole('combobox', { name: 'Alignment status' }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Not set', 'Agreed', 'Disputed', 'Needs data', 'Open question']);
    expect(panel().getByTestId('count-disputed').textContent).toBe('1');
    fireEvent.change(select, { target: { value: 'disputed' } });
    expect(journey().alignment).toContainEqual({ target: { kind: 'touchpoint', id: 'tp_2' }, status: 'disputed' });
    expect(panel().getByTestId('count-disputed').textContent).toBe('2');
    fireEvent.change(select, { target: { value: '' } });
    expect(journey().alignment.some((a) => a.target.id === 'tp_2')).toBe(false);
  });

  it('deletes only your own notes, and undo brings back what was removed', () => {
    const { store, journey, speak } = setup(richProject(), ['tp_1']);
    speak('Ana', 'marketing');
    expect(notes().getByRole('button', { name: 'Delete note by Ana' })).toBeTruthy();
    speak('Ben', 'it');
    expect(notes().queryByRole('button', { name: 'Delete note by Ana' })).toBeNull();
    reply('Because the till says so.');
    fireEvent.click(notes().getByRole('button', { name: 'Delete note by Ben' }));
    expect(journey().threads.find((t) => t.id === 'thr_0')!.notes).toHaveLength(1);
    act(() => store.getState().undo());
    expect(journey().threads.find((t) => t.id === 'thr_0')!.notes).toHaveLength(2);
  });

  it('edits your own note', () => {
    const { journey, speak } = setup(richProject(), ['tp_1']);
    speak('Ana', 'marketing');
    fireEvent.click(notes().getByRole('button', { name: 'Edit note by Ana' }));
    fireEvent.change(notes().getByRole('textbox', { name: 'Edit note' }), { target: { value: 'Why does checkout stall?' } });
    fireEvent.click(notes().getByRole('button', { name: 'Save' }));
    expect(journey().threads.find((t) => t.id === 'thr_0')!.notes[0]!.text).toBe('Why does checkout stall?');
    expect(notes().queryByRole('textbox', { name: 'Edit note' })).toBeNull();
    expect(notes().getByText('Why does checkout stall?')).toBeTruthy();
  });

  it('undo removes a note that was added', () => {
    const { store, journey, speak } = setup(richProject(), ['fr_1']);
    speak('Ana', 'marketing');
    addNote('First');
    speak('Ben', 'it');
    reply('Second');
    const onFriction = () => journey().threads.filter((t) => t.target.id === 'fr_1');
    expect(onFriction()[0]!.notes).toHaveLength(2);
    act(() => store.getState().undo());
    expect(onFriction()[0]!.notes.map((n) => n.text)).toEqual(['First']);
    expect(notes().queryByText('Second')).toBeNull();
    act(() => store.getState().undo());
    expect(onFriction()).toHaveLength(0);
  });

  it('has a notes section for every annotatable kind', () => {
    for (const id of ['stg_0', 'tp_0', 'fr_0', 'opp_0', 'sys_0', 'dl_0']) {
      const { store } = setup(richProject(), [id]);
      expect(notes().getByRole('combobox', { name: 'Alignment status' })).toBeTruthy();
      expect(store.getState().selection).toEqual([id]);
      cleanup();
    }
  });
});

describe('notes and decisions panel', () => {
  it('lists threads with their element, stage, status and speakers, and counts', () => {
    setup();
    expect(panelThreads()).toEqual(['Checkout']);
    const row = panel().getByRole('button', { name: /Checkout/ });
    expect(row.textContent).toContain('Touchpoint · Buy');
    expect(row.textContent).toContain('Ana: Why?');
    expect(row.textContent).toContain('Waiting on IT');
    expect(panel().getByTestId('count-open').textContent).toBe('1');
    expect(panel().getByTestId('count-waiting').textContent).toBe('1');
    fireEvent.click(panel().getByRole('radio', { name: 'All' }));
    expect(panelThreads()).toEqual(['Checkout', 'Slow']);
    fireEvent.click(panel().getByRole('radio', { name: 'Resolved' }));
    expect(panelThreads()).toEqual(['Slow']);
    expect(panel().getByRole('button', { name: /Slow/ }).textContent).toContain('Needs data');
  });

  it('filters by role, status and stage', () => {
    setup();
    fireEvent.click(panel().getByRole('radio', { name: 'All' }));
    const role = panel().getByRole('combobox', { name: 'Role' });
    fireEvent.change(role, { target: { value: 'it' } });
    expect(panelThreads()).toEqual([]);
    fireEvent.change(role, { target: { value: 'marketing' } });
    expect(panelThreads()).toEqual(['Checkout']);
    fireEvent.change(role, { target: { value: 'all' } });
    fireEvent.change(panel().getByRole('combobox', { name: 'Alignment status' }), { target: { value: 'needs-data' } });
    expect(panelThreads()).toEqual(['Slow']);
    fireEvent.change(panel().getByRole('combobox', { name: 'Alignment status' }), { target: { value: 'all' } });
    fireEvent.change(panel().getByRole('combobox', { name: 'Stage' }), { target: { value: 'stg_1' } });
    expect(panelThreads()).toEqual(['Checkout']);
  });

  it('finds threads waiting on the other side until both sides have spoken', () => {
    const { speak } = setup(richProject(), ['tp_1']);
    fireEvent.click(panel().getByRole('checkbox', { name: 'Waiting on the other side' }));
    expect(panelThreads()).toEqual(['Checkout']);
    speak('Fay', 'facilitator');
    reply('Let us park this.');
    expect(panelThreads()).toEqual(['Checkout']);
    speak('Ben', 'it');
    reply('The payment provider times out.');
    expect(panelThreads()).toEqual([]);
    expect(panel().getByTestId('count-waiting').textContent).toBe('0');
    expect(panel().getByText('No thread matches these filters.')).toBeTruthy();
  });

  it('clicking a thread selects and reveals its element', () => {
    const { store } = setup();
    fireEvent.click(panel().getByRole('button', { name: /Checkout/ }));
    expect(store.getState().selection).toEqual(['tp_1']);
    expect(store.getState().revealId).toBe('tp_1');
    expect(inspector().getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Checkout');
  });

  it('exports the decision log as Markdown and CSV', async () => {
    const saved: [string, string, string][] = [];
    setAppPlatform({
      exportFile: async (kind: string, name: string, data: string) => { saved.push([kind, name, data]); return { ok: true, value: { name } }; },
    } as unknown as Platform);
    const { store } = setup();
    await act(async () => { fireEvent.click(panel().getByRole('button', { name: 'Markdown' })); });
    await act(async () => { fireEvent.click(panel().getByRole('button', { name: 'CSV' })); });
    expect(saved.map(([kind, name]) => [kind, name])).toEqual([
      ['decisions-md', 'Rich journey decision log.md'],
      ['decisions-csv', 'Rich journey decision log.csv'],
    ]);
    expect(saved[0]![2]).toContain('Checkout');
    expect(saved[1]![2].split('\n')[0]).toContain('Stage');
    expect(store.getState().notices.at(-1)?.text).toBe('Decision log saved as Rich journey decision log.csv');
  });
});
