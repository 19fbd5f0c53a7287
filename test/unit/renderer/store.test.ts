// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore, selectDirty } from '../../../renderer/state/store.ts';
import { viewKey } from '../../../renderer/state/viewSlice.ts';
import { emptyProject, journeyId, projectWithStages } from '../../helpers/builders.ts';

function storeAt(project = emptyProject()) {
  let clock = 0;
  const store = createAppStore(project, () => clock);
  return { store, tick: (ms: number) => { clock += ms; } };
}

describe('document store', () => {
  it('changes the document only through commands and marks it dirty', () => {
    const { store } = storeAt();
    const s = store.getState();
    expect(selectDirty(s)).toBe(false);
    const changed = s.dispatch({ name: 'addStage', payload: { journeyId: s.journeyId, stageId: 'stg_a', name: 'Discover' } }, ['stg_a']);
    expect(changed).toBe(true);
    expect(store.getState().project.journeys[0]!.stages.map((x) => x.name)).toEqual(['Discover']);
    expect(store.getState().selection).toEqual(['stg_a']);
    expect(selectDirty(store.getState())).toBe(true);
  });

  it('does not record a step for a command that changes nothing', () => {
    const { store } = storeAt();
    const s = store.getState();
    expect(s.dispatch({ name: 'renameStage', payload: { journeyId: s.journeyId, stageId: 'missing', name: 'x' } })).toBe(false);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('undo back to the saved state clears the unsaved-changes marker, redo sets it again', () => {
    const { store } = storeAt(projectWithStages('Discover'));
    const s = store.getState();
    s.dispatch({ name: 'renameStage', payload: { journeyId: s.journeyId, stageId: 'stg_0', name: 'Find us' } });
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(selectDirty(store.getState())).toBe(false);
    expect(store.getState().project.journeys[0]!.stages[0]!.name).toBe('Discover');
    store.getState().redo();
    expect(selectDirty(store.getState())).toBe(true);
    expect(store.getState().project.journeys[0]!.stages[0]!.name).toBe('Find us');
  });

  it('after saving, the saved state is the clean one', () => {
    const { store } = storeAt(projectWithStages('Discover'));
    const s = store.getState();
    s.dispatch({ name: 'renameStage', payload: { journeyId: s.journeyId, stageId: 'stg_0', name: 'Find us' } });
    store.getState().markSaved(store.getState().project, { name: 'a.touchline' });
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().undo();
    expect(selectDirty(store.getState())).toBe(true);
  });

  it('merges a typing burst into one undo step, but not edits far apart in time', () => {
    const { store, tick } = storeAt(projectWithStages('Discover'));
    const j = journeyId(store.getState().project);
    for (const name of ['F', 'Fi', 'Fin', 'Find']) {
      store.getState().dispatch({ name: 'renameStage', payload: { journeyId: j, stageId: 'stg_0', name } });
      tick(200);
    }
    expect(store.getState().history.past).toHaveLength(1);
    tick(5000);
    store.getState().dispatch({ name: 'renameStage', payload: { journeyId: j, stageId: 'stg_0', name: 'Find us' } });
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().project.journeys[0]!.stages[0]!.name).toBe('Find');
    store.getState().undo();
    expect(store.getState().project.journeys[0]!.stages[0]!.name).toBe('Discover');
  });

  it('undo restores the selection from before the change', () => {
    const { store } = storeAt(projectWithStages('Discover'));
    const s = store.getState();
    s.setSelection(['tp_0']);
    s.dispatch({ name: 'deleteTouchpoints', payload: { journeyId: s.journeyId, touchpointIds: ['tp_0'] } }, []);
    expect(store.getState().selection).toEqual([]);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['tp_0']);
  });

  it('opening another document starts a fresh history and a clean state', () => {
    const { store } = storeAt();
    const s = store.getState();
    s.dispatch({ name: 'addStage', payload: { journeyId: s.journeyId, stageId: 'stg_a', name: 'Discover' } });
    const other = projectWithStages('Other');
    store.getState().replaceDocument(other, { name: 'other.touchline' });
    expect(store.getState().history.past).toHaveLength(0);
    expect(selectDirty(store.getState())).toBe(false);
    expect(store.getState().journeyId).toBe(other.journeys[0]!.id);
  });
});

describe('where each pane left its view', () => {
  it('is kept per pane and journey for the document shown, never saved, and dropped with another document', () => {
    const { store } = storeAt(projectWithStages());
    const s = store.getState();
    const main = viewKey('main', s.journeyId, s.viewEpoch);
    const left = viewKey('marketing', s.journeyId, s.viewEpoch);
    s.rememberView(main, { x: 10, y: 20, zoom: 0.5 });
    s.rememberView(left, { x: -5, y: 0, zoom: 0.7 });
    expect(store.getState().views[main]).toEqual({ x: 10, y: 20, zoom: 0.5 });
    expect(store.getState().views[left]).toEqual({ x: -5, y: 0, zoom: 0.7 });
    expect(selectDirty(store.getState())).toBe(false);
    expect(store.getState().project).not.toHaveProperty('views');

    store.getState().replaceDocument(projectWithStages(), null);
    const next = store.getState();
    next.rememberView(viewKey('main', next.journeyId, next.viewEpoch), { x: 0, y: 0, zoom: 1 });
    expect(Object.keys(store.getState().views)).toEqual([viewKey('main', next.journeyId, next.viewEpoch)]);
  });
});
