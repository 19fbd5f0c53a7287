// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { emotionLabel, storyOrder } from '../../../renderer/features/presentation/slides.tsx';
import { Presentation } from '../../../renderer/features/presentation/Presentation.tsx';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { apply, journeyId, projectWithStages } from '../../helpers/builders.ts';

afterEach(cleanup);

function project(): Project {
  const base = projectWithStages('Discover', 'Buy', 'Use');
  const j = journeyId(base);
  const built = apply(base,
    { name: 'updateStage', payload: { journeyId: j, stageId: 'stg_1', changes: { goal: 'Pay without friction', kpi: 'Checkout conversion' } } },
    { name: 'addPersona', payload: { personaId: 'per_0', name: 'Regular' } },
    { name: 'setEmotion', payload: { journeyId: j, touchpointId: 'tp_1', personaId: 'per_0', current: -1 } },
    { name: 'addFriction', payload: { journeyId: j, frictionId: 'fr_0', touchpointId: 'tp_1', title: 'Card declined', fields: { severity: 'high' } } },
  );
  return apply({ ...built, workshop: { votesPerParticipant: 3, participants: ['Ana'] } },
    { name: 'castVote', payload: { journeyId: j, participant: 'Ana', frictionId: 'fr_0', delta: 1 } },
    { name: 'castVote', payload: { journeyId: j, participant: 'Ana', frictionId: 'fr_0', delta: 1 } });
}

function setup() {
  const store = createAppStore(project());
  store.getState().setUi({ presenting: true });
  render(<StoreContext.Provider value={store}><Presentation /></StoreContext.Provider>);
  return store;
}

const key = (k: string) => act(() => { fireEvent.keyDown(window, { key: k }); });
const counter = () => screen.getByText(/^Slide \d+ of \d+$/).textContent;

describe('presentation mode', () => {
  it('shows a title slide, one slide per stage and a closing slide; arrow keys step through them', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(counter()).toBe('Slide 1 of 5');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Test journey');
    expect(dialog.textContent).toContain('3 stages');

    key('ArrowRight');
    expect(counter()).toBe('Slide 2 of 5');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Discover');

    key('ArrowRight');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Buy');
    expect(dialog.textContent).toContain('Pay without friction');
    expect(dialog.textContent).toContain('Checkout conversion');
    expect(screen.getByRole('heading', { level: 3, name: 'Buy touchpoint' })).toBeTruthy();
    expect(dialog.textContent).toContain('Emotion −1');
    expect(dialog.textContent).toContain('Card declined');
    expect(dialog.textContent).toContain('2 votes');

    key('ArrowLeft');
    expect(counter()).toBe('Slide 2 of 5');
    key('End');
    expect(counter()).toBe('Slide 5 of 5');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Top friction points');
    key('ArrowRight');
    expect(counter()).toBe('Slide 5 of 5');
    key('Home');
    expect(counter()).toBe('Slide 1 of 5');
    key(' ');
    key('PageDown');
    expect(counter()).toBe('Slide 3 of 5');
    key('PageUp');
    expect(counter()).toBe('Slide 2 of 5');
  });

  it('has Previous, Next and Exit buttons', () => {
    const store = setup();
    const previous = screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(counter()).toBe('Slide 2 of 5');
    fireEvent.click(previous);
    expect(counter()).toBe('Slide 1 of 5');
    fireEvent.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(store.getState().presenting).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Escape leaves, and keys never reach the editor while presenting', () => {
    const store = setup();
    let reachedEditor = 0;
    const editor = () => { reachedEditor++; };
    window.addEventListener('keydown', editor);
    try {
      key('Delete');
      key('s');
      expect(reachedEditor).toBe(0);
      key('Escape');
    } finally {
      window.removeEventListener('keydown', editor);
    }
    expect(store.getState().presenting).toBe(false);
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull();
  });

  it('writes emotion scores as signed numbers', () => {
    expect([-2, -1, 0, 1, 2].map(emotionLabel)).toEqual(['Emotion −2', 'Emotion −1', 'Emotion 0', 'Emotion +1', 'Emotion +2']);
  });

  it("orders a stage's touchpoints along their connections, then left to right", () => {
    const base = projectWithStages('Buy');
    const j = journeyId(base);
    const built = apply(base,
      { name: 'addTouchpoint', payload: { journeyId: j, touchpointId: 'tp_b', stageId: 'stg_0', title: 'Second' } },
      { name: 'addTouchpoint', payload: { journeyId: j, touchpointId: 'tp_c', stageId: 'stg_0', title: 'Loose' } },
      { name: 'addConnection', payload: { journeyId: j, connectionId: 'con_1', from: 'tp_b', to: 'tp_0' } });
    const journey = built.journeys[0]!;
    const order = storyOrder(journey, journey.touchpoints).map((t) => t.id);
    expect(order.indexOf('tp_b')).toBeLessThan(order.indexOf('tp_0'));
    expect(order).toHaveLength(3);
  });
});
