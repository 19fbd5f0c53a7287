/** Restore drafts after a crash. (Filled in by the recovery work.) */
import type { Platform } from '../../platform/types.ts';

export function RecoveryDialog(_props: { platform: Platform }) {
  return null;
}
