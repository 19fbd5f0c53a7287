// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { QuestionDialog } from '../../../renderer/features/Dialogs.tsx';
import { JourneyPanel } from '../../../renderer/features/journey/JourneyPanel.tsx';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { fixedProject, richProject } from '../../helpers/builders.ts';

afterEach(cleanup);

function setup(project: Project) {
  const store = createAppStore(project, () => 0);
  render(
    <StoreContext.Provider value={store}>
      <JourneyPanel />
      <QuestionDialog />
    </StoreContext.Provider>,
  );
  const journey = () => store.getState().project.journeys[0]!;
  return { store, journey };
}

const laneRows = () => within(screen.getByRole('list', { name: 'Lanes' })).getAllByRole('listitem');
const laneNames = () => screen.getAllByRole('textbox', { name: 'Lane name' }).map((i) => (i as HTMLInputElement).value);

describe('journey panel: lanes', () => {
  it('lists the lanes in order with the journey kind', () => {
    setup(fixedProject());
    expect(screen.getByRole('complementary', { name: 'Journey setup' })).toBeTruthy();
    expect(laneNames()).toEqual(['Customer actions', 'Touchpoints', 'Emotions', 'Friction', 'Opportunities', 'Support systems']);
    expect(screen.getByText('Journey map')).toBeTruthy();
    expect(screen.getByText(/interaction, visibility, internal interaction/)).toBeTruthy();
  });

  it('adds a lane with the chosen role', () => {
    const { journey } = setup(fixedProject());
    fireEvent.change(screen.getByRole('combobox', { name: 'New lane role' }), { target: { value: 'backstage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add lane' }));
    expect(journey().lanes.at(-1)).toMatchObject({ role: 'backstage', name: 'Backstage', hidden: false });
    expect(laneNames().at(-1)).toBe('Backstage');
  });

  it('hides and shows a lane with a pressed toggle', () => {
    const { journey } = setup(fixedProject());
    const row = laneRows()[2]!;
    const hide = within(row).getByRole('button', { name: 'Hide lane' });
    expect(hide.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(hide);
    expect(journey().lanes[2]!.hidden).toBe(true);
    const show = within(laneRows()[2]!).getByRole('button', { name: 'Show lane' });
    expect(show.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(show);
    expect(journey().lanes[2]!.hidden).toBe(false);
  });

  it('reorders, renames and re-roles lanes', () => {
    const { journey } = setup(fixedProject());
    expect(within(laneRows()[0]!).getByRole('button', { name: 'Move up' })).toHaveProperty('disabled', true);
    fireEvent.click(within(laneRows()[0]!).getByRole('button', { name: 'Move down' }));
    expect(journey().lanes.slice(0, 2).map((l) => l.id)).toEqual(['lan_1', 'lan_0']);
    fireEvent.click(within(laneRows()[1]!).getByRole('button', { name: 'Move up' }));
    expect(journey().lanes.slice(0, 2).map((l) => l.id)).toEqual(['lan_0', 'lan_1']);
    fireEvent.change(within(laneRows()[0]!).getByRole('textbox', { name: 'Lane name' }), { target: { value: 'Doing' } });
    fireEvent.change(within(laneRows()[0]!).getByRole('combobox', { name: 'Role' }), { target: { value: 'frontstage' } });
    expect(journey().lanes[0]).toMatchObject({ name: 'Doing', role: 'frontstage' });
  });

  it('asks before deleting a lane that holds touchpoints', async () => {
    const { journey } = setup(richProject());
    fireEvent.click(within(laneRows()[1]!).getByRole('button', { name: 'Delete lane' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete lane?' });
    expect(dialog.textContent).toContain('3 touchpoints');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await act(async () => {});
    expect(journey().lanes.map((l) => l.id)).not.toContain('lan_1');
    expect(journey().touchpoints).toEqual([]);
  });

  it('deletes an empty lane without asking and keeps the last lane', () => {
    const { store, journey } = setup(fixedProject());
    fireEvent.click(within(laneRows()[0]!).getByRole('button', { name: 'Delete lane' }));
    expect(store.getState().question).toBeNull();
    expect(journey().lanes).toHaveLength(5);
    for (let i = 0; i < 4; i++) fireEvent.click(within(laneRows()[0]!).getByRole('button', { name: 'Delete lane' }));
    expect(within(laneRows()[0]!).getByRole('button', { name: 'Delete lane' })).toHaveProperty('disabled', true);
  });
});

describe('journey panel: personas', () => {
  it('adds a persona and renames it', () => {
    const { store } = setup(fixedProject());
    fireEvent.click(screen.getByRole('button', { name: 'Add persona' }));
    const persona = store.getState().project.personas[0]!;
    expect(persona.name).toBe('New persona');
    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'Loyal regular' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Role' }), { target: { value: 'Member' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Colour #16a34a' }));
    expect(store.getState().project.personas[0]).toMatchObject({ name: 'Loyal regular', role: 'Member', color: '#16a34a' });
    expect(screen.getByRole('listitem', { name: 'Loyal regular' })).toBeTruthy();
  });

  it('chooses whose emotion curve the canvas draws', () => {
    const { store } = setup(richProject());
    fireEvent.click(within(screen.getByRole('listitem', { name: 'Newcomer' })).getByRole('radio', { name: 'Show curve' }));
    expect(store.getState().curvePersonaId).toBe('per_1');
    fireEvent.click(screen.getByRole('button', { name: 'Hide curve' }));
    expect(store.getState().curvePersonaId).toBeNull();
  });

  it('asks before deleting a persona, whose emotion scores go too', async () => {
    const { store, journey } = setup(richProject());
    const regular = screen.getByRole('listitem', { name: 'Regular' });
    fireEvent.click(within(regular).getByRole('button', { name: /Regular/ }));
    fireEvent.click(within(regular).getByRole('button', { name: 'Delete persona' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete persona?' });
    expect(dialog.textContent).toContain('emotion scores');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await act(async () => {});
    expect(store.getState().project.personas.map((p) => p.id)).toEqual(['per_1']);
    expect(journey().touchpoints.flatMap((t) => t.emotions)).toEqual([]);
  });
});
