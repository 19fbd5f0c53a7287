// @vitest-environment happy-dom
// The recovery dialog and the autosave of drafts, against a fake platform and the browser's localStorage drafts.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftInfo } from '../../../shared/ipc/contract.ts';
import { err, ok } from '../../../shared/ipc/result.ts';
import { formatDraftTime, formatSize } from '../../../renderer/features/recovery/format.ts';
import { RecoveryDialog } from '../../../renderer/features/recovery/RecoveryDialog.tsx';
import { resetDraftSession, SESSION_DRAFT_ID } from '../../../renderer/features/recovery/session.ts';
import { createBrowserDrafts } from '../../../renderer/platform/browserDrafts.ts';
import type { Platform } from '../../../renderer/platform/types.ts';
import { answer } from '../../../renderer/state/dialogs.ts';
import { createAppStore, selectDirty, StoreContext, type AppStore } from '../../../renderer/state/store.ts';
import { emptyProject } from '../../helpers/builders.ts';

function platformWith(drafts: Platform['drafts']): Platform {
  return { kind: 'browser', drafts } as unknown as Platform;
}

function mount(platform: Platform, store: AppStore = createAppStore(emptyProject())) {
  render(<StoreContext.Provider value={store}><RecoveryDialog platform={platform} /></StoreContext.Provider>);
  return store;
}

const rename = (store: AppStore, name: string) => act(() => { store.getState().dispatch({ name: 'renameProject', payload: { name } }); });

beforeEach(async () => {
  await resetDraftSession();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes the draft 1.5 s after the last change, once', async () => {
    vi.useFakeTimers();
    const drafts = { save: vi.fn(async () => ok(null)), list: vi.fn(async () => ok([])), restore: vi.fn(), discard: vi.fn(async () => ok(null)) };
    const store = mount(platformWith(drafts as unknown as Platform['drafts']));
    rename(store, 'A');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    rename(store, 'AB');
    await act(() => vi.advanceTimersByTimeAsync(1400));
    expect(drafts.save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(drafts.save).toHaveBeenCalledTimes(1);
    expect(drafts.save).toHaveBeenCalledWith(SESSION_DRAFT_ID, 'AB', null, store.getState().project);
  });

  it('keeps the file path of an opened document; undoing back to the saved state removes the draft', async () => {
    vi.useFakeTimers();
    const drafts = { save: vi.fn(async () => ok(null)), list: vi.fn(async () => ok([])), restore: vi.fn(), discard: vi.fn(async () => ok(null)) };
    const store = createAppStore(emptyProject());
    store.getState().replaceDocument(emptyProject(), { name: 'j.touchline', path: '/w/j.touchline' });
    mount(platformWith(drafts as unknown as Platform['drafts']), store);
    rename(store, 'Edited');
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(drafts.save).toHaveBeenCalledWith(SESSION_DRAFT_ID, 'Edited', '/w/j.touchline', expect.anything());
    act(() => store.getState().undo());
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(drafts.discard).toHaveBeenCalledWith(SESSION_DRAFT_ID);
  });

  it('a failing draft write warns once', async () => {
    vi.useFakeTimers();
    const drafts = { save: vi.fn(async () => err('write-failed', 'The disk is full.')), list: vi.fn(async () => ok([])), restore: vi.fn(), discard: vi.fn() };
    const store = mount(platformWith(drafts as unknown as Platform['drafts']));
    rename(store, 'A');
    await act(() => vi.advanceTimersByTimeAsync(1500));
    rename(store, 'B');
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(store.getState().notices.filter((n) => n.text.includes('recovery copy'))).toHaveLength(1);
  });
});

describe('the recovery dialog', () => {
  const seed = async (drafts: Platform['drafts'], name: string, id: string) => {
    const project = { ...emptyProject(name) };
    await drafts.save(id, name, null, project);
    return project;
  };

  it('stays hidden without drafts from an earlier session (this session\'s own is not offered)', async () => {
    const drafts = createBrowserDrafts(window);
    await seed(drafts, 'Mine', SESSION_DRAFT_ID);
    const list = vi.spyOn(drafts, 'list');
    mount(platformWith(drafts));
    await waitFor(() => expect(list).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists each draft with name, time and size; Restore brings it back dirty; the draft stays until the map is saved', async () => {
    const drafts = createBrowserDrafts(window);
    const project = await seed(drafts, 'Bean & Brew', 'earlier');
    const listed = (await drafts.list()) as { ok: true; value: DraftInfo[] };
    const store = mount(platformWith(drafts));
    const dialog = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
    const row = within(dialog).getByRole('listitem', { name: 'Bean & Brew' });
    expect(row.textContent).toContain(`Saved ${formatDraftTime(listed.value[0]!.savedAt)} · ${formatSize(listed.value[0]!.bytes)}`);
    expect(row.textContent).toMatch(/Saved today \d\d:\d\d · \d+ KB/);

    fireEvent.click(within(row).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().project).toEqual(project);
    expect(store.getState().file).toBeNull();
    expect(selectDirty(store.getState())).toBe(true);
    expect(localStorage.getItem('touchline.draft.earlier')).not.toBeNull();
  });

  it('Restore asks about unsaved changes first; Cancel keeps the open map', async () => {
    const drafts = createBrowserDrafts(window);
    await seed(drafts, 'Recovered', 'earlier');
    const store = createAppStore(emptyProject());
    store.getState().dispatch({ name: 'renameProject', payload: { name: 'Open map' } });
    mount(platformWith(drafts), store);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(store.getState().question?.title).toBe('Save changes?'));
    act(() => answer('cancel'));
    await waitFor(() => expect(store.getState().question).toBeNull());
    expect(store.getState().project.name).toBe('Open map');
    expect(screen.getByRole('dialog', { name: 'Recover unsaved work?' })).toBeTruthy();
  });

  it('keeps the original file path the platform allowed', async () => {
    const restore = vi.fn(async () => ok({ draftId: 'earlier', project: emptyProject('Coffee'), filePath: '/w/coffee.touchline' }));
    const list = vi.fn(async () => ok([{ draftId: 'earlier', name: 'Coffee', savedAt: new Date().toISOString(), bytes: 86_000, filePath: '/w/coffee.touchline' }]));
    const store = mount(platformWith({ save: vi.fn(), list, restore, discard: vi.fn() } as unknown as Platform['drafts']));
    expect((await screen.findByRole('listitem', { name: 'Coffee' })).textContent).toContain('84 KB');
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(store.getState().file).toEqual({ path: '/w/coffee.touchline', name: 'coffee.touchline' }));
    expect(selectDirty(store.getState())).toBe(true);
  });

  it('a damaged draft is refused with an explanation and stays listed', async () => {
    localStorage.setItem('touchline.draft.bad', JSON.stringify({ name: 'Broken', savedAt: new Date().toISOString(), filePath: null, text: '{"format":' }));
    const store = mount(platformWith(createBrowserDrafts(window)));
    fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(store.getState().errorDialog?.title).toBe('Could not restore the recovered copy'));
    expect(screen.getByRole('listitem', { name: 'Broken' })).toBeTruthy();
  });

  it('Discard deletes the draft; Decide later keeps the others', async () => {
    const drafts = createBrowserDrafts(window);
    await seed(drafts, 'One', 'one');
    await seed(drafts, 'Two', 'two');
    mount(platformWith(drafts));
    const row = await screen.findByRole('listitem', { name: 'One' });
    fireEvent.click(within(row).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'One' })).toBeNull());
    expect(localStorage.getItem('touchline.draft.one')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Decide later' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(localStorage.getItem('touchline.draft.two')).not.toBeNull();
  });
});

describe('formatting', () => {
  const now = new Date(2026, 2, 4, 15, 0);
  it('times', () => {
    expect(formatDraftTime(new Date(2026, 2, 4, 10, 42).toISOString(), now)).toBe('today 10:42');
    expect(formatDraftTime(new Date(2026, 2, 3, 9, 5).toISOString(), now)).toBe('yesterday 09:05');
    expect(formatDraftTime(new Date(2026, 0, 15, 18, 5).toISOString(), now)).toBe('15 Jan 18:05');
    expect(formatDraftTime(new Date(2025, 11, 31, 23, 59).toISOString(), now)).toBe('31 Dec 2025 23:59');
    expect(formatDraftTime('nonsense', now)).toBe('at an unknown time');
  });
  it('sizes', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(86_000)).toBe('84 KB');
    expect(formatSize(2.4 * 1024 * 1024)).toBe('2.4 MB');
  });
});
