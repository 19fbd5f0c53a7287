// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { QuestionDialog } from '../../../renderer/features/Dialogs.tsx';
import { Inspector } from '../../../renderer/features/inspector/Inspector.tsx';
import { useShortcuts } from '../../../renderer/features/useShortcuts.ts';
import type { ActionContext } from '../../../renderer/actions/registry.ts';
import type { AppStore } from '../../../renderer/state/store.ts';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { projectWithStages, richProject } from '../../helpers/builders.ts';

afterEach(cleanup);

function Shortcuts({ store }: { store: AppStore }) {
  useShortcuts({ store, platform: { kind: 'browser' }, flow: () => null } as unknown as ActionContext);
  return null;
}

function setup(project: Project, selection: string[] = []) {
  const store = createAppStore(project, () => 0);
  store.getState().setSelection(selection);
  render(
    <StoreContext.Provider value={store}>
      <Shortcuts store={store} />
      <Inspector />
      <QuestionDialog />
    </StoreContext.Provider>,
  );
  const journey = () => store.getState().project.journeys[0]!;
  return { store, journey };
}

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });

describe('inspector', () => {
  it('explains what to do when nothing is selected and summarises the project', () => {
    setup(richProject());
    expect(within(inspector()).getByText(/Select a stage, touchpoint or friction point to edit it/)).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'Project summary' });
    expect(within(summary).getByText('Touchpoints').nextElementSibling?.textContent).toBe('3');
  });

  it('edits a touchpoint title as one undo step and shows the restored value after undo', () => {
    const { store, journey } = setup(richProject(), ['tp_0']);
    const title = screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    expect(title.value).toBe('Ad');
    for (const typed of ['Ad b', 'Ad ba', 'Ad ban', 'Ad banner']) fireEvent.change(title, { target: { value: typed } });
    fireEvent.blur(title);
    expect(journey().touchpoints[0]!.title).toBe('Ad banner');
    act(() => store.getState().undo());
    expect(journey().touchpoints[0]!.title).toBe('Ad');
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Ad');
  });

  it('makes a new undo step for an edit after the field lost focus', () => {
    const { store, journey } = setup(richProject(), ['tp_0']);
    const description = screen.getByRole('textbox', { name: 'Description' });
    fireEvent.change(description, { target: { value: 'First' } });
    fireEvent.blur(description);
    fireEvent.change(description, { target: { value: 'First, then more' } });
    act(() => store.getState().undo());
    expect(journey().touchpoints[0]!.description).toBe('First');
  });

  it('keeps Backspace and Delete in a text field from deleting the selection', () => {
    const { journey } = setup(richProject(), ['tp_0']);
    const title = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.keyDown(title, { key: 'Backspace' });
    fireEvent.keyDown(title, { key: 'Delete' });
    expect(journey().touchpoints.map((t) => t.id)).toContain('tp_0');
    fireEvent.keyDown(document.body, { key: 'Delete' });
    expect(journey().touchpoints.map((t) => t.id)).not.toContain('tp_0');
  });

  it('shows the newly selected element when the selection changes', () => {
    const { store } = setup(richProject(), ['tp_0']);
    act(() => store.getState().setSelection(['tp_1']));
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Checkout');
  });

  it('sets as-is and to-be emotion scores per persona', () => {
    const { journey } = setup(richProject(), ['tp_2']);
    const newcomer = screen.getByRole('group', { name: 'Newcomer' });
    const asIs = within(newcomer).getByRole('combobox', { name: 'As-is' }) as HTMLSelectElement;
    expect(asIs.value).toBe('');
    fireEvent.change(asIs, { target: { value: '-2' } });
    expect(journey().touchpoints[2]!.emotions).toEqual([{ personaId: 'per_1', current: -2, target: null }]);
    fireEvent.change(within(newcomer).getByRole('combobox', { name: 'To-be' }), { target: { value: '1' } });
    expect(journey().touchpoints[2]!.emotions).toEqual([{ personaId: 'per_1', current: -2, target: 1 }]);
    expect(within(asIs).getByRole('option', { name: '−2 Very negative' })).toBeTruthy();
    fireEvent.change(asIs, { target: { value: '' } });
    expect(journey().touchpoints[2]!.emotions).toEqual([]);
  });

  it('offers to set up personas when there are none', () => {
    const { store } = setup(projectWithStages('Discover'), ['tp_0']);
    fireEvent.click(screen.getByRole('button', { name: 'Set up personas' }));
    expect(store.getState().sidePanel).toBe('journey');
  });

  it('adds a friction point to a touchpoint and selects it', () => {
    const { store, journey } = setup(richProject(), ['tp_2']);
    fireEvent.click(screen.getByRole('button', { name: 'Add friction point' }));
    const added = journey().frictions.at(-1)!;
    expect(added).toMatchObject({ touchpointId: 'tp_2', title: 'New friction point' });
    expect(store.getState().selection).toEqual([added.id]);
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('New friction point');
  });

  it('edits a friction point: severity, systems and a linked opportunity', () => {
    const { store, journey } = setup(richProject(), ['fr_1']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: 'critical' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Shop' }));
    expect(journey().frictions[1]).toMatchObject({ severity: 'critical', causedBySystemIds: ['sys_1'] });
    expect(screen.getByRole('status', { name: 'Votes' }).textContent).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
    const opportunity = journey().opportunities.at(-1)!;
    expect(opportunity.frictionIds).toEqual(['fr_1']);
    expect(store.getState().selection).toEqual([opportunity.id]);
    expect(screen.getByRole('checkbox', { name: 'Confusing' })).toHaveProperty('checked', true);
  });

  it('asks before deleting a stage that holds touchpoints', async () => {
    const { journey } = setup(richProject(), ['stg_1']);
    fireEvent.click(screen.getByRole('button', { name: 'Delete stage' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete stage?' });
    expect(dialog.textContent).toContain('2 touchpoints');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await act(async () => {});
    expect(journey().stages.map((s) => s.id)).toEqual(['stg_0', 'stg_1']);
    fireEvent.click(screen.getByRole('button', { name: 'Delete stage' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await act(async () => {});
    expect(journey().stages.map((s) => s.id)).toEqual(['stg_0']);
  });

  it('picks a stage colour and moves the stage', () => {
    const { journey } = setup(richProject(), ['stg_0']);
    fireEvent.click(screen.getByRole('radio', { name: 'Colour #16a34a' }));
    expect(journey().stages[0]!.color).toBe('#16a34a');
    expect(screen.getByRole('button', { name: 'Move left' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Move right' }));
    expect(journey().stages.map((s) => s.id)).toEqual(['stg_1', 'stg_0']);
  });

  it('deletes several selected items at once', () => {
    const { store, journey } = setup(richProject(), ['tp_1', 'tp_2']);
    expect(screen.getByText('2 items selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(journey().touchpoints.map((t) => t.id)).toEqual(['tp_0']);
    expect(store.getState().selection).toEqual([]);
  });
});
