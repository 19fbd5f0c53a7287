// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../shared/analysis/alignment.ts';
import type { Project } from '../../../shared/domain/model.ts';
import { AlignmentPanel } from '../../../renderer/features/alignment/AlignmentPanel.tsx';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { emptyProject } from '../../helpers/builders.ts';
import { J, mixedProject } from '../shared/analysis/fixtures.ts';

afterEach(cleanup);

function setup(project: Project) {
  const store = createAppStore(project);
  render(<StoreContext.Provider value={store}><AlignmentPanel /></StoreContext.Provider>);
  return store;
}

const score = () => screen.getByTestId('alignment-score').textContent;
const meter = () => screen.getByRole('meter', { name: 'Coverage' });
/** The heatmap as text: header row, then one row per stage. */
function heatmap(): string[][] {
  const table = screen.getByRole('table', { name: 'By stage' });
  return within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('alignment panel', () => {
  it('shows the numbers of the analysis', () => {
    const project = mixedProject();
    setup(project);
    const a = analyzeJourney(project, J)!;
    expect(screen.getByRole('complementary', { name: 'Alignment' })).toBeTruthy();
    expect(score()).toBe(`Alignment ${a.score} / 100`);
    expect(score()).toBe('Alignment 46 / 100');
    expect(meter().getAttribute('aria-valuenow')).toBe('75');
    expect(screen.getByTestId('alignment-coverage').textContent).toBe('Coverage 75%: 3 of 4 touchpoints have a data link');
    expect(heatmap()).toEqual([
      ['Stage', 'Coverage', 'Personal data', 'Manual/none', 'Stale', 'EOL systems', 'Score'],
      ['Discover', '67%', '2', '2', '1', '1', '45'],
      ['Buy', '100%', '1', '0', '0', '2', '50'],
      ['Later', '–', '0', '0', '0', '0', '–'],
    ]);
    expect(heatmap().slice(1).map((r) => r[6])).toEqual(a.stages.map((s) => (s.score === null ? '–' : String(s.score))));
  });

  it('lists the gaps, each as a button', () => {
    setup(mixedProject());
    const unlinked = screen.getByRole('list', { name: 'Touchpoints without data in Discover' });
    expect(within(unlinked).getAllByRole('button').map((b) => b.textContent)).toEqual(['Poster']);
    const unowned = screen.getByRole('list', { name: 'Friction points without owner' });
    expect(within(unowned).getAllByRole('button').map((b) => b.textContent)).toEqual(['Stale points', 'Till freezes']);
    const causes = screen.getByRole('table', { name: 'Friction ↔ systems' });
    expect(within(causes).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('button').map((b) => b.textContent))).toEqual([
      ['Stale points', 'Old loyalty'], ['Faded poster', 'Spare'], ['Till freezes', 'POS', 'CRM'],
    ]);
    const unused = screen.getByRole('list', { name: 'Unused systems' });
    expect(within(unused).getAllByRole('button').map((b) => b.textContent)).toEqual(['Spare']);
  });

  it('clicking an item selects and reveals it', () => {
    const store = setup(mixedProject());
    const cases: [HTMLElement, string][] = [
      [within(screen.getByRole('list', { name: 'Touchpoints without data in Discover' })).getByRole('button', { name: 'Poster' }), 'tp_a3'],
      [within(screen.getByRole('table', { name: 'By stage' })).getByRole('button', { name: 'Buy' }), 'stg_b'],
      [within(screen.getByRole('list', { name: 'Friction points without owner' })).getByRole('button', { name: 'Till freezes' }), 'fr_3'],
      [within(screen.getByRole('table', { name: 'Friction ↔ systems' })).getByRole('button', { name: 'CRM' }), 'sys_crm'],
      [within(screen.getByRole('list', { name: 'Unused systems' })).getByRole('button', { name: 'Spare' }), 'sys_spare'],
    ];
    for (const [button, id] of cases) {
      fireEvent.click(button);
      expect(store.getState().selection).toEqual([id]);
      expect(store.getState().revealId).toBe(id);
    }
  });

  it('updates live when a command attaches a system', () => {
    const store = setup(mixedProject());
    act(() => {
      store.getState().dispatch({ name: 'addDataLink', payload: {
        journeyId: J, dataLinkId: 'dl_9', touchpointId: 'tp_a3', systemId: 'sys_spare', fields: { integration: 'real-time', freshness: 'real-time' },
      } });
    });
    expect(meter().getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByTestId('alignment-coverage').textContent).toBe('Coverage 100%: 4 of 4 touchpoints have a data link');
    expect(score()).toBe('Alignment 71 / 100');
    expect(heatmap()[1]).toEqual(['Discover', '100%', '2', '2', '1', '1', '78']);
    expect(screen.queryByRole('list', { name: 'Touchpoints without data in Discover' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Unused systems' })).toBeNull();
    act(() => { store.getState().undo(); });
    expect(meter().getAttribute('aria-valuenow')).toBe('75');
  });

  it('shows 0 and empty states for an empty journey', () => {
    setup(emptyProject());
    expect(score()).toBe('Alignment 0 / 100');
    expect(meter().getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('No stages yet.')).toBeTruthy();
    expect(screen.getByText('Every touchpoint has at least one data link.')).toBeTruthy();
  });
});
