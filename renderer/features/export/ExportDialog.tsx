/** File ▸ Export… (Filled in by the export work.) */
import type { Platform } from '../../platform/types.ts';

export function ExportDialog(_props: { platform: Platform }) {
  return null;
}
