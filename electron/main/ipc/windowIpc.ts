/** Title / unsaved marker from the renderer, and closing after a save. */
import { BrowserWindow } from 'electron';
import { APP_NAME } from '../../../shared/file/format.ts';
import { ok } from '../../../shared/ipc/result.ts';
import type { MainContext } from '../context.ts';

export function setupWindowIpc({ handle, windows }: MainContext): void {
  handle('window:setDocumentState', ({ title, dirty, path }, { event, windowId }) => {
    windows.setDocumentState(windowId, { title, dirty, path: path ?? null });
    const win = BrowserWindow.fromWebContents(event.sender);
    win?.setTitle(title.trim() || APP_NAME);
    // macOS shows the dot in the close button; elsewhere this is a no-op.
    win?.setDocumentEdited(dirty);
    return ok(null);
  });

  handle('window:close', (_request, { event, windowId }) => {
    // The renderer saved (or chose to discard): closing must not ask again.
    windows.approveClose(windowId);
    BrowserWindow.fromWebContents(event.sender)?.close();
    return ok(null);
  });
}
