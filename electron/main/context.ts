/** The services the IPC setups share; built once in index.ts, faked in tests. */
import type { PrefsService } from '../services/prefsStore.ts';
import type { RecentFiles } from '../services/recentFiles.ts';
import type { WindowRegistry } from '../services/windowRegistry.ts';
import type { Handle } from './ipc/handle.ts';

export interface MainContext {
  handle: Handle;
  windows: WindowRegistry;
  prefs: PrefsService;
  recent: RecentFiles;
  appVersion: string;
}
