/**
 * The app store: one zustand store per window, made by a factory so every
 * test gets a fresh one, provided to components through React context.
 */
import { createContext, useContext, useRef } from 'react';
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

/**
 * Like `useAppStore`, but a new value that `isEqual` to the last one returns the last one, so the
 * component does not re-render (a card ignores its own position, which only moves its wrapper).
 */
export function useAppStoreWith<T>(selector: (state: AppState) => T, isEqual: (a: T, b: T) => boolean): T {
  const last = useRef<{ value: T } | null>(null);
  return useAppStore((s) => {
    const next = selector(s);
    if (last.current && isEqual(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  });
}

/** Equality of two objects (or two undefineds) on every own key except `ignored`, compared by identity. */
export function sameExcept<T extends object>(ignored: readonly (keyof T)[]): (a: T | undefined, b: T | undefined) => boolean {
  const skip = new Set<PropertyKey>(ignored);
  return (a, b) => {
    if (a === b) return true;
    if (!a || !b) return false;
    const keys = Object.keys(a) as (keyof T)[];
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => skip.has(k) || a[k] === b[k]);
  };
}

export const selectDirty = (s: AppState) => s.project !== s.savedProject;
export const selectJourney = (s: AppState) => s.project.journeys.find((j) => j.id === s.journeyId) ?? s.project.journeys[0]!;
