/** Registers every IPC handler; a test asserts this covers every channel in the contract. */
import type { MainContext } from '../context.ts';
import { setupAppIpc } from './appIpc.ts';
import { setupExportIpc } from './exportIpc.ts';
import { setupPrefsIpc } from './prefsIpc.ts';
import { setupProjectIpc } from './projectIpc.ts';
import { setupRecoveryIpc } from './recoveryIpc.ts';
import { setupWindowIpc } from './windowIpc.ts';

export function setupAllIpc(ctx: MainContext): void {
  setupProjectIpc(ctx);
  setupPrefsIpc(ctx);
  setupWindowIpc(ctx);
  setupAppIpc(ctx);
  setupExportIpc(ctx);
  setupRecoveryIpc(ctx);
}
