/** Crash-recovery drafts. (Filled in by the recovery work.) */
import type { MainContext } from '../context.ts';

export function setupRecoveryIpc(_ctx: MainContext): void {}
