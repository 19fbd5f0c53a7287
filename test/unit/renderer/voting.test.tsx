// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/domain/model.ts';
import { VotingPanel } from '../../../renderer/features/voting/VotingPanel.tsx';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { apply, emptyProject, journeyId, projectWithStages } from '../../helpers/builders.ts';

afterEach(cleanup);

/** Two stages; friction points "Queue at pickup" (medium) and "Card declined" (critical). */
function withFrictions(votesPerParticipant = 2): Project {
  const base = projectWithStages('Order', 'Pickup');
  const j = journeyId(base);
  const project = apply(base,
    { name: 'addFriction', payload: { journeyId: j, frictionId: 'fr_q', touchpointId: 'tp_1', title: 'Queue at pickup', fields: { severity: 'medium' } } },
    { name: 'addFriction', payload: { journeyId: j, frictionId: 'fr_c', touchpointId: 'tp_0', title: 'Card declined', fields: { severity: 'critical' } } },
  );
  return { ...project, workshop: { votesPerParticipant, participants: [] } };
}

function setup(project: Project) {
  const store = createAppStore(project);
  render(<StoreContext.Provider value={store}><VotingPanel /></StoreContext.Provider>);
  return store;
}

const rowTitles = () => within(screen.getByRole('list', { name: 'Friction points by votes' }))
  .getAllByRole('listitem').map((li) => li.querySelector('.voting-title')!.textContent);

function addParticipant(name: string) {
  fireEvent.change(screen.getByLabelText('Participant name'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
}

describe('dot voting panel', () => {
  it('adds and removes participants, and sets the vote budget', () => {
    const store = setup(withFrictions());
    expect(screen.getByRole('complementary', { name: 'Dot voting' })).toBeTruthy();
    expect(screen.getByText(/No participants yet/)).toBeTruthy();
    addParticipant('  Ana ');
    addParticipant('Ben');
    expect(store.getState().project.workshop.participants).toEqual(['Ana', 'Ben']);
    // The first participant becomes the voter.
    expect(store.getState().currentVoter).toBe('Ana');
    expect((screen.getByLabelText('Voting as') as HTMLSelectElement).value).toBe('Ana');

    fireEvent.change(screen.getByLabelText('Participant name'), { target: { value: 'Ben' } });
    expect((screen.getByRole('button', { name: 'Add participant' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('Votes per participant'), { target: { value: '4' } });
    expect(store.getState().project.workshop.votesPerParticipant).toBe(4);
    expect(screen.getByText(/of 4 votes left/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove participant Ana' }));
    expect(store.getState().project.workshop.participants).toEqual(['Ben']);
    expect(store.getState().currentVoter).toBe('');
  });

  it('casting votes ranks friction points by votes, then severity', () => {
    const store = setup(withFrictions(3));
    expect(rowTitles()).toEqual(['Card declined', 'Queue at pickup']);
    addParticipant('Ana');
    fireEvent.click(screen.getByRole('button', { name: 'Add vote to Queue at pickup' }));
    expect(rowTitles()).toEqual(['Queue at pickup', 'Card declined']);
    expect(screen.getByText(/of 3 votes left/).textContent).toBe('2 of 3 votes left');
    const j = store.getState().project.journeys[0]!;
    expect(j.votes).toEqual([{ participant: 'Ana', frictionId: 'fr_q', count: 1 }]);

    // Clicking a title selects the friction point.
    fireEvent.click(screen.getByRole('button', { name: 'Card declined' }));
    expect(store.getState().selection).toEqual(['fr_c']);
  });

  it('enforces the budget and takes votes back', () => {
    const store = setup(withFrictions(2));
    addParticipant('Ana');
    const add = () => screen.getByRole('button', { name: 'Add vote to Card declined' }) as HTMLButtonElement;
    const remove = () => screen.getByRole('button', { name: 'Remove vote from Card declined' }) as HTMLButtonElement;
    expect(remove().disabled).toBe(true);
    fireEvent.click(add());
    fireEvent.click(add());
    expect(add().disabled).toBe(true);
    expect(screen.getByText(/Ana has used all 2 votes/)).toBeTruthy();
    fireEvent.click(add());
    expect(store.getState().project.journeys[0]!.votes).toEqual([{ participant: 'Ana', frictionId: 'fr_c', count: 2 }]);

    fireEvent.click(remove());
    expect(store.getState().project.journeys[0]!.votes).toEqual([{ participant: 'Ana', frictionId: 'fr_c', count: 1 }]);
    expect(add().disabled).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Clear all votes' }));
    expect(store.getState().project.journeys[0]!.votes).toEqual([]);
    store.getState().undo();
    expect(store.getState().project.journeys[0]!.votes).toHaveLength(1);
  });

  it('needs a voter before votes can be placed, and removing a participant takes back their votes', () => {
    const store = setup({ ...withFrictions(3), workshop: { votesPerParticipant: 3, participants: ['Ana', 'Ben'] } });
    expect((screen.getByRole('button', { name: 'Add vote to Card declined' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Choose who is voting to place votes.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Voting as'), { target: { value: 'Ben' } });
    expect(store.getState().currentVoter).toBe('Ben');
    fireEvent.click(screen.getByRole('button', { name: 'Add vote to Card declined' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add vote to Card declined' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove participant Ben' }));
    expect(store.getState().project.journeys[0]!.votes).toEqual([]);
    store.getState().undo();
    expect(store.getState().project.journeys[0]!.votes).toEqual([{ participant: 'Ben', frictionId: 'fr_c', count: 2 }]);
  });

  it('explains what to do when there are no friction points yet', () => {
    setup(emptyProject());
    expect(screen.getByText(/Add friction points to touchpoints first/)).toBeTruthy();
  });
});
