// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StatusBar } from '../../../renderer/features/StatusBar.tsx';
import { setAppPlatform, speakerName } from '../../../renderer/features/identity/identity.ts';
import { createBrowserPlatform } from '../../../renderer/platform/browser.ts';
import type { IdentityPrefs, Platform } from '../../../renderer/platform/types.ts';
import { createAppStore, StoreContext } from '../../../renderer/state/store.ts';
import { projectWithStages } from '../../helpers/builders.ts';

/** A platform whose preferences live in memory and record every save. */
function fakePlatform(initial: IdentityPrefs) {
  let stored = { ...initial };
  const saves: Partial<IdentityPrefs>[] = [];
  const platform = {
    kind: 'browser',
    preferences: {
      load: async () => ({ ...stored }),
      save: async (patch: Partial<IdentityPrefs>) => { saves.push(patch); stored = { ...stored, ...patch }; },
    },
  } as unknown as Platform;
  return { platform, saves, stored: () => stored };
}

function setup(initial: IdentityPrefs) {
  const fake = fakePlatform(initial);
  setAppPlatform(fake.platform);
  const store = createAppStore(projectWithStages('Discover'));
  render(<StoreContext.Provider value={store}><StatusBar mode="browser" /></StoreContext.Provider>);
  return { store, ...fake };
}

const speakingButton = () => screen.getByRole('button', { name: /^Speaking as/ });

afterEach(() => { cleanup(); setAppPlatform(null); });

describe('who is speaking', () => {
  it('loads the name and role from the preferences on start', async () => {
    const { store } = setup({ userName: 'Amélie', role: 'it' });
    await waitFor(() => expect(speakingButton().textContent).toBe('Speaking as Amélie · IT'));
    expect(store.getState().identity).toEqual({ userName: 'Amélie', role: 'it' });
    const group = screen.getByRole('radiogroup', { name: 'Speaking role' });
    expect(within(group).getByRole('radio', { name: 'IT' }).getAttribute('aria-checked')).toBe('true');
  });

  it('invites a name when none is set and signs notes by role', async () => {
    const { store } = setup({ userName: '', role: 'marketing' });
    await waitFor(() => expect(speakingButton().textContent).toBe('Speaking as Marketing participantSet your name'));
    expect(speakerName(store.getState().identity)).toBe('Marketing participant');
    expect(speakerName({ userName: '  ', role: 'it' })).toBe('IT participant');
    expect(speakerName({ userName: '', role: 'facilitator' })).toBe('Facilitator');
  });

  it('sets the name and role in the popover and keeps them in the preferences', async () => {
    const { store, saves, stored } = setup({ userName: '', role: 'marketing' });
    await waitFor(() => expect(speakingButton()).toBeTruthy());
    fireEvent.click(speakingButton());
    const dialog = screen.getByRole('dialog', { name: 'Who is speaking' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Your name' }), { target: { value: 'Jonas Weber ' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'IT' }));
    expect(store.getState().identity.role).toBe('it');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().identity).toEqual({ userName: 'Jonas Weber', role: 'it' });
    await waitFor(() => expect(stored()).toEqual({ userName: 'Jonas Weber', role: 'it' }));
    expect(saves).toContainEqual({ role: 'it' });
    expect(speakingButton().textContent).toBe('Speaking as Jonas Weber · IT');
  });

  it('switches role in one click from the status bar', async () => {
    const { store, saves } = setup({ userName: 'Sam', role: 'marketing' });
    await waitFor(() => expect(speakingButton().textContent).toBe('Speaking as Sam · Marketing'));
    const group = screen.getByRole('radiogroup', { name: 'Speaking role' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Facilitator' }));
    expect(store.getState().identity.role).toBe('facilitator');
    expect(within(group).getByRole('radio', { name: 'Facilitator' }).getAttribute('aria-checked')).toBe('true');
    expect(saves).toEqual([{ role: 'facilitator' }]);
    // Arrow keys move along the group.
    fireEvent.keyDown(within(group).getByRole('radio', { name: 'Facilitator' }), { key: 'ArrowRight' });
    expect(store.getState().identity.role).toBe('marketing');
    expect(speakingButton().textContent).toBe('Speaking as Sam · Marketing');
  });
});

describe('browser preferences', () => {
  beforeEach(() => window.localStorage.clear());

  it('falls back to the defaults for missing or malformed values', async () => {
    const prefs = createBrowserPlatform(window).preferences;
    expect(await prefs.load()).toEqual({ userName: '', role: 'marketing' });
    window.localStorage.setItem('touchline.identity', '{not json');
    expect(await prefs.load()).toEqual({ userName: '', role: 'marketing' });
    window.localStorage.setItem('touchline.identity', JSON.stringify({ userName: 'Jo', role: 'boss' }));
    expect(await prefs.load()).toEqual({ userName: 'Jo', role: 'marketing' });
    window.localStorage.setItem('touchline.identity', JSON.stringify({ userName: 'x'.repeat(101), role: 'it' }));
    expect(await prefs.load()).toEqual({ userName: '', role: 'it' });
  });

  it('keeps what is saved, patch by patch', async () => {
    const prefs = createBrowserPlatform(window).preferences;
    await act(async () => { await prefs.save({ userName: 'Chloé' }); await prefs.save({ role: 'facilitator' }); });
    expect(await prefs.load()).toEqual({ userName: 'Chloé', role: 'facilitator' });
  });
});
