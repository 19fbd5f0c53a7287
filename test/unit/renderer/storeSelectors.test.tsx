// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../../shared/domain/model.ts';
import { byId } from '../../../renderer/state/indexes.ts';
import { createAppStore, sameExcept, selectJourney, StoreContext, useAppStoreWith } from '../../../renderer/state/store.ts';
import { richProject } from '../../helpers/builders.ts';

afterEach(cleanup);

const sameContent = sameExcept<Touchpoint>(['position', 'stageId', 'laneId']);

describe('sameExcept', () => {
  const a = { id: 'tp', title: 'Checkout', position: { x: 1, y: 2 } };
  const same = sameExcept<typeof a>(['position']);

  it('ignores the named keys and compares the rest by identity', () => {
    expect(same(a, { ...a, position: { x: 9, y: 9 } })).toBe(true);
    expect(same(a, { ...a, title: 'Pay' })).toBe(false);
    expect(same(a, { ...a, extra: 1 } as typeof a)).toBe(false);
  });

  it('treats a missing item as different from a present one', () => {
    expect(same(undefined, a)).toBe(false);
    expect(same(undefined, undefined)).toBe(true);
  });
});

describe('useAppStoreWith', () => {
  it('re-renders a card when what it shows changes, not when the card only moves', () => {
    const store = createAppStore(richProject());
    let renders = 0;
    function Card() {
      const touchpoint = useAppStoreWith((s) => byId(selectJourney(s).touchpoints, 'tp_0'), sameContent);
      renders++;
      return <p>{touchpoint?.title}</p>;
    }
    const view = render(<StoreContext.Provider value={store}><Card /></StoreContext.Provider>);
    const before = renders;
    const journeyId = store.getState().journeyId;
    const tp = byId(selectJourney(store.getState()).touchpoints, 'tp_0')!;

    act(() => { store.getState().dispatch({ name: 'moveTouchpoints', payload: { journeyId, placements: [{ id: 'tp_0', stageId: 'stg_1', laneId: tp.laneId, position: { x: 40, y: 12 } }] } }); });
    expect(byId(selectJourney(store.getState()).touchpoints, 'tp_0')!.stageId).toBe('stg_1');
    expect(renders).toBe(before);

    act(() => { store.getState().dispatch({ name: 'renameTouchpoint', payload: { journeyId, touchpointId: 'tp_0', title: 'Pay by card' } }); });
    expect(renders).toBe(before + 1);
    expect(view.getByText('Pay by card')).toBeTruthy();
  });
});
