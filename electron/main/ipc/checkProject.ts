/**
 * Checking the project a window sends (save, save as, recovery copy) against
 * the one it last opened or sent: unchanged items are not parsed again, which
 * halves a save of a big map (see shared/file/recheck.ts). What passes
 * becomes the base for the next check.
 */
import type { Project } from '../../../shared/domain/model.ts';
import type { Result } from '../../../shared/ipc/result.ts';
import { validateProject } from '../../services/projectFiles.ts';
import type { WindowRegistry } from '../../services/windowRegistry.ts';

export function checkWindowProject(windows: WindowRegistry, windowId: number, value: unknown): Result<Project> {
  const valid = validateProject(value, windows.checkedProject(windowId));
  if (valid.ok) windows.rememberChecked(windowId, valid.value);
  return valid;
}
