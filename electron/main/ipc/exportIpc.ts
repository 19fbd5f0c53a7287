/** Export channels: save an export where the user chooses, capture the page as PNG. (Filled in by the export work.) */
import type { MainContext } from '../context.ts';

export function setupExportIpc(_ctx: MainContext): void {}
