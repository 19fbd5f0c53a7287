// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import b2cText from '../../../assets/templates/b2c-ecommerce-purchase.touchline?raw';
import { LANE_PRESETS } from '../../../shared/domain/defaults.ts';
import { loadProjectText } from '../../../shared/file/load.ts';
import { TEMPLATE_CHOICES } from '../../../renderer/features/templates/catalog.ts';
import { TemplatesDialog } from '../../../renderer/features/templates/TemplatesDialog.tsx';
import { answer } from '../../../renderer/state/dialogs.ts';
import { createBrowserPlatform } from '../../../renderer/platform/browser.ts';
import { createAppStore, selectDirty, StoreContext } from '../../../renderer/state/store.ts';
import { emptyProject, journeyId } from '../../helpers/builders.ts';

afterEach(cleanup);

function setup(project = emptyProject()) {
  const store = createAppStore(project);
  store.getState().setUi({ templatesOpen: true });
  render(<StoreContext.Provider value={store}><TemplatesDialog platform={createBrowserPlatform()} /></StoreContext.Provider>);
  return store;
}

const b2c = (() => {
  const loaded = loadProjectText(b2cText);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.project;
})();

describe('New from template', () => {
  it('offers the two blank presets and every bundled template, with counts', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'New from template' });
    expect(dialog).toBeTruthy();
    expect(TEMPLATE_CHOICES.filter((c) => c.counts).map((c) => c.name)).toHaveLength(3);
    for (const name of ['Blank journey map', 'Blank service blueprint', ...TEMPLATE_CHOICES.map((c) => c.name)]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    const card = screen.getByRole('button', { name: b2c.name });
    const journey = b2c.journeys[0]!;
    expect(card.textContent).toContain(`${journey.stages.length} stages`);
    expect(card.textContent).toContain(`${journey.touchpoints.length} touchpoints`);
    expect(card.textContent).toContain(`${journey.frictions.length} friction points`);
    expect(card.textContent).toContain(`${b2c.personas.length} personas`);
    // Keyboard users start on the first card and can tab through the rest.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Blank journey map' }));
    expect(card.tagName).toBe('BUTTON');
    expect(card.hasAttribute('disabled')).toBe(false);
  });

  it("choosing a template replaces the document with a fresh copy of the template's content", async () => {
    const store = setup();
    fireEvent.click(screen.getByRole('button', { name: b2c.name }));
    await waitFor(() => expect(store.getState().templatesOpen).toBe(false));
    const project = store.getState().project;
    expect(project.journeys[0]!.stages.map((s) => s.name)).toEqual(b2c.journeys[0]!.stages.map((s) => s.name));
    expect(project.name).toBe(b2c.name);
    expect(project.id).not.toBe(b2c.id);
    expect(project.id).toMatch(/^prj_/);
    expect(project.createdAt).not.toBe(b2c.createdAt);
    expect(project.updatedAt).toBe(project.createdAt);
    expect(store.getState().journeyId).toBe(b2c.journeys[0]!.id);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('blank service blueprint has the blueprint lanes', async () => {
    const store = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Blank service blueprint' }));
    await waitFor(() => expect(store.getState().templatesOpen).toBe(false));
    const journey = store.getState().project.journeys[0]!;
    expect(journey.kind).toBe('service-blueprint');
    expect(journey.lanes.map((l) => l.role)).toEqual(LANE_PRESETS['service-blueprint']);
    expect(journey.stages).toEqual([]);
  });

  it('asks before discarding unsaved changes, and keeps the map when cancelled', async () => {
    const store = setup();
    store.getState().dispatch({ name: 'addStage', payload: { journeyId: journeyId(store.getState().project), stageId: 'stg_x', name: 'Mine' } });
    expect(selectDirty(store.getState())).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Blank journey map' }));
    await waitFor(() => expect(store.getState().question?.title).toBe('Save changes?'));
    act(() => answer('cancel'));
    await waitFor(() => expect(store.getState().question).toBeNull());
    expect(store.getState().project.journeys[0]!.stages.map((s) => s.name)).toEqual(['Mine']);
    expect(store.getState().templatesOpen).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Blank journey map' }));
    await waitFor(() => expect(store.getState().question).not.toBeNull());
    act(() => answer('discard'));
    await waitFor(() => expect(store.getState().templatesOpen).toBe(false));
    expect(store.getState().project.journeys[0]!.stages).toEqual([]);
  });

  it('Escape and Cancel close the dialog without changing the document', () => {
    const store = setup();
    const before = store.getState().project;
    fireEvent.keyDown(screen.getByRole('button', { name: b2c.name }), { key: 'Escape' });
    expect(store.getState().templatesOpen).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();

    act(() => store.getState().setUi({ templatesOpen: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().templatesOpen).toBe(false);
    expect(store.getState().project).toBe(before);
  });
});
