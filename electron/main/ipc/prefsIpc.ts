/** Preferences: the renderer may read them and change its own fields (not the recent list). */
import { ok } from '../../../shared/ipc/result.ts';
import type { MainContext } from '../context.ts';

export function setupPrefsIpc({ handle, prefs }: MainContext): void {
  handle('prefs:get', () => ok(prefs.get()));
  handle('prefs:set', (patch) => ok(prefs.set(patch)));
}
