/** Facts about the running app (for the About box). */
import { app } from 'electron';
import { APP_NAME } from '../../../shared/file/format.ts';
import { ok } from '../../../shared/ipc/result.ts';
import type { MainContext } from '../context.ts';

export function setupAppIpc({ handle }: MainContext): void {
  handle('app:info', () => ok({ name: APP_NAME, version: app.getVersion(), platform: process.platform }));
}
