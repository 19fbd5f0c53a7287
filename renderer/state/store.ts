/**
 * The app store: one zustand store per window, made by a factory so every
 * test gets a fresh one, provided to components through React context.
 */
import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Project } from '../../shared/domain/model.ts';
import { createDocumentSlice, type DocumentSlice } from './documentSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';
import { createViewSlice, type ViewSlice } from './viewSlice.ts';

export type AppState = DocumentSlice & ViewSlice & UiSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: Project, now: () => number = Date.now): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(initial, now)(...a),
    ...createViewSlice(initial.journeys[0]!.id)(...a),
    ...createUiSlice(...a),
  }));
}

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return store;
}

/** Subscribe to one slice of state; keep selectors atomic so components re-render only when needed. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

export const selectDirty = (s: AppState) => s.project !== s.savedProject;
export const selectJourney = (s: AppState) => s.project.journeys.find((j) => j.id === s.journeyId) ?? s.project.journeys[0]!;
