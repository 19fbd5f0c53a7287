// @vitest-environment happy-dom
// File actions against a fake platform: failed saves, save conflicts, and drafts removed on save/new/open.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { err, ok } from '../../../shared/ipc/result.ts';
import { newProject, openProject, save } from '../../../renderer/actions/file.ts';
import { adoptDraft, resetDraftSession, saveSessionDraft, SESSION_DRAFT_ID } from '../../../renderer/features/recovery/session.ts';
import type { FileRef, Platform } from '../../../renderer/platform/types.ts';
import { answer } from '../../../renderer/state/dialogs.ts';
import { createAppStore, selectDirty } from '../../../renderer/state/store.ts';
import { emptyProject } from '../../helpers/builders.ts';

const FILE: FileRef = { name: 'journey.touchline', path: '/w/journey.touchline' };

function fakePlatform(over: Partial<Platform> = {}): Platform {
  const unsubscribe = () => () => {};
  return {
    kind: 'desktop',
    open: vi.fn(async () => ok(null)),
    save: vi.fn(async (_p: Project, file: FileRef) => ok(file)),
    saveAs: vi.fn(async () => ok({ name: 'other.touchline', path: '/w/other.touchline' })),
    reload: vi.fn(async () => ok({ project: emptyProject('From disk'), file: FILE, migratedFrom: null })),
    setDocumentState: vi.fn(),
    recentFiles: async () => [],
    onMenuCommand: unsubscribe,
    onOpenRecent: unsubscribe,
    onSaveAndClose: unsubscribe,
    closeWindow: vi.fn(),
    exportFile: vi.fn(async () => ok(null)),
    capturePage: null,
    drafts: {
      save: vi.fn(async () => ok(null)),
      list: vi.fn(async () => ok([])),
      restore: vi.fn(async () => err('read-failed', 'gone')),
      discard: vi.fn(async () => ok(null)),
    },
    preferences: { load: async () => ({ userName: '', role: 'facilitator' as never }), save: async () => {} },
    ...over,
  } as Platform;
}

/** A store holding a document opened from FILE, with one unsaved change. */
function dirtyStore() {
  const store = createAppStore(emptyProject());
  store.getState().replaceDocument(emptyProject(), FILE);
  store.getState().dispatch({ name: 'renameProject', payload: { name: 'Edited' } });
  expect(selectDirty(store.getState())).toBe(true);
  return store;
}

/** Resolve once the question dialog is showing, then answer it. */
async function choose(store: ReturnType<typeof createAppStore>, label: string) {
  await vi.waitFor(() => expect(store.getState().question).not.toBeNull());
  const choice = store.getState().question!.choices.find((c) => c.label === label);
  if (!choice) throw new Error(`no choice "${label}" in ${store.getState().question!.choices.map((c) => c.label).join(', ')}`);
  answer(choice.id);
}

beforeEach(() => resetDraftSession());
afterEach(() => resetDraftSession());

describe('a failed save', () => {
  it('keeps the document dirty and names the reason', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: vi.fn(async () => err('write-failed', 'The disk is full.')) });
    expect(await save({ store, platform })).toBe(false);
    expect(selectDirty(store.getState())).toBe(true);
    expect(store.getState().errorDialog).toMatchObject({ title: 'Could not save', message: 'The disk is full.' });
    expect(platform.drafts.discard).not.toHaveBeenCalled();
  });
});

describe('save conflicts', () => {
  const conflicted = (after: Platform['save'] = vi.fn(async (_p: Project, file: FileRef) => ok(file))) => vi.fn(async (project: Project, file: FileRef, options?: { overwrite?: boolean }) =>
    options?.overwrite ? after(project, file, options) : err('conflict', 'This file was changed by another program since you opened it.'));

  it('asks, naming the problem; Cancel keeps the document dirty', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: conflicted() });
    const saving = save({ store, platform });
    await vi.waitFor(() => expect(store.getState().question).not.toBeNull());
    const question = store.getState().question!;
    expect(question.title).toBe('File changed on disk');
    expect(question.message).toContain('changed by another program');
    expect(question.choices.map((c) => c.label)).toEqual(['Overwrite', 'Save As…', 'Reload from disk', 'Cancel']);
    answer(question.cancelId);
    expect(await saving).toBe(false);
    expect(selectDirty(store.getState())).toBe(true);
    expect(store.getState().errorDialog).toBeNull();
  });

  it('Overwrite saves again with overwrite: true', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: conflicted() });
    const saving = save({ store, platform });
    await choose(store, 'Overwrite');
    expect(await saving).toBe(true);
    expect(platform.save).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Edited' }), FILE, { overwrite: true });
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('Overwrite that then fails keeps the document dirty and explains', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: conflicted(vi.fn(async () => err('write-failed', 'The disk is full.'))) });
    const saving = save({ store, platform });
    await choose(store, 'Overwrite');
    expect(await saving).toBe(false);
    expect(selectDirty(store.getState())).toBe(true);
    expect(store.getState().errorDialog).toMatchObject({ message: 'The disk is full.' });
  });

  it('Save As… asks for a new place', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: conflicted() });
    const saving = save({ store, platform });
    await choose(store, 'Save As…');
    expect(await saving).toBe(true);
    expect(platform.saveAs).toHaveBeenCalled();
    expect(store.getState().file).toEqual({ name: 'other.touchline', path: '/w/other.touchline' });
  });

  it('Reload from disk replaces the document with the file on disk', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: conflicted() });
    const saving = save({ store, platform });
    await choose(store, 'Reload from disk');
    expect(await saving).toBe(false);
    expect(platform.reload).toHaveBeenCalledWith(FILE);
    expect(store.getState().project.name).toBe('From disk');
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('a failed reload leaves the document alone, dirty', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: conflicted(), reload: vi.fn(async () => err('load-failed', 'The file is damaged.')) });
    const saving = save({ store, platform });
    await choose(store, 'Reload from disk');
    expect(await saving).toBe(false);
    expect(store.getState().project.name).toBe('Edited');
    expect(selectDirty(store.getState())).toBe(true);
    expect(store.getState().errorDialog).toMatchObject({ title: 'Could not reload the file' });
  });

  it('without reload on the platform, the choice is not offered', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ save: conflicted(), reload: undefined });
    const saving = save({ store, platform });
    await vi.waitFor(() => expect(store.getState().question).not.toBeNull());
    expect(store.getState().question!.choices.map((c) => c.label)).toEqual(['Overwrite', 'Save As…', 'Cancel']);
    answer('cancel');
    expect(await saving).toBe(false);
  });
});

describe('drafts follow the document', () => {
  it('a save removes this session\'s draft and a restored one', async () => {
    const store = dirtyStore();
    const platform = fakePlatform();
    await saveSessionDraft(platform, 'Edited', FILE.path!, store.getState().project);
    adoptDraft('earlier');
    expect(await save({ store, platform })).toBe(true);
    expect(vi.mocked(platform.drafts.discard).mock.calls.map(([id]) => id).sort()).toEqual(['earlier', SESSION_DRAFT_ID].sort());
  });

  it('New and Open (after the unsaved-changes question) remove the drafts; Cancel keeps them', async () => {
    const store = dirtyStore();
    const platform = fakePlatform({ open: vi.fn(async () => ok({ project: emptyProject('Other'), file: FILE, migratedFrom: null })) });
    await saveSessionDraft(platform, 'Edited', null, store.getState().project);

    const cancelled = newProject({ store, platform });
    await choose(store, 'Cancel');
    await cancelled;
    expect(platform.drafts.discard).not.toHaveBeenCalled();

    const opening = openProject({ store, platform });
    await choose(store, "Don't Save");
    await opening;
    expect(store.getState().project.name).toBe('Other');
    expect(platform.drafts.discard).toHaveBeenCalledWith(SESSION_DRAFT_ID);

    await saveSessionDraft(platform, 'Other', null, store.getState().project);
    await newProject({ store, platform });
    expect(platform.drafts.discard).toHaveBeenCalledTimes(2);
  });
});
