/**
 * Who is speaking: the name notes are attributed to, the platform that
 * remembers it, and the hook that loads it when the window starts.
 */
import { useEffect } from 'react';
import { ROLES, type Role } from '../../../shared/domain/vocab.ts';
import { detectPlatform } from '../../platform/index.ts';
import type { Platform } from '../../platform/types.ts';
import type { Identity } from '../../state/uiSlice.ts';
import { useAppStoreApi, type AppStore } from '../../state/store.ts';

let platform: Platform | null = null;

/** The platform, detected once per window (the panels that need it are mounted without props). */
export function appPlatform(): Platform {
  platform ??= detectPlatform();
  return platform;
}

/** Tests swap in a fake platform; `null` detects again. */
export function setAppPlatform(next: Platform | null): void {
  platform = next;
}

/** Who a note is by when nobody gave a name. */
export const ANONYMOUS: Record<Role, string> = {
  marketing: 'Marketing participant',
  it: 'IT participant',
  facilitator: 'Facilitator',
};

/** The name a new note is signed with. */
export function speakerName(identity: Identity): string {
  return identity.userName.trim() || ANONYMOUS[identity.role];
}

export const roleLabel = (role: Role) => ROLES.labels[role];

/** Change who is speaking, in the store now and in the preferences for next time. */
export function changeIdentity(store: AppStore, changes: Partial<Identity>): void {
  store.getState().setIdentity(changes);
  void appPlatform().preferences.save(changes).catch(() => {});
}

/** Load who is speaking from the preferences, once, when the window starts. */
export function useLoadIdentity(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let live = true;
    appPlatform().preferences.load()
      .then((prefs) => { if (live) store.getState().setIdentity({ userName: prefs.userName, role: prefs.role }); })
      .catch(() => {});
    return () => { live = false; };
  }, [store]);
}
