/**
 * The main window: locked-down web preferences, and the unsaved-changes
 * prompt on close (decision logic in closeGuard.ts).
 */
import { BrowserWindow, dialog, type WebPreferences } from 'electron';
import { APP_NAME } from '../../shared/file/format.ts';
import type { WindowRegistry } from '../services/windowRegistry.ts';
import { actionForChoice, choiceFromResponse, shouldAskBeforeClose, unsavedChangesDialog } from './closeGuard.ts';
import { sendEvent } from './events.ts';

/** Everything a renderer could use to reach Node or weaken the web sandbox is off. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

export interface MainWindowOptions {
  windows: WindowRegistry;
  preloadPath: string;
  url: string;
  /** Called when the user cancels closing (so a pending quit is abandoned). */
  onCloseCancelled?: () => void;
}

export function createMainWindow({ windows, preloadPath, url, onCloseCancelled }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: APP_NAME,
    backgroundColor: '#f8fafc',
    webPreferences: secureWebPreferences(preloadPath),
  });
  // The id outlives the webContents, so the registry can be cleaned up on 'closed'.
  const id = win.webContents.id;
  windows.add(id);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => windows.remove(id));
  guardClose(win, id, windows, onCloseCancelled);
  void win.loadURL(url);
  return win;
}

function guardClose(win: BrowserWindow, id: number, windows: WindowRegistry, onCloseCancelled?: () => void): void {
  let asking = false;
  win.on('close', (event) => {
    const state = windows.documentState(id);
    if (!shouldAskBeforeClose(state && { ...state, closeApproved: windows.isCloseApproved(id) })) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void dialog.showMessageBox(win, unsavedChangesDialog(state?.title ?? '')).then(({ response }) => {
      asking = false;
      const action = actionForChoice(choiceFromResponse(response));
      if (action === 'close') {
        windows.approveClose(id);
        win.close();
      } else if (action === 'request-save') {
        // The renderer saves (maybe via Save As) and then calls window:close.
        sendEvent(win.webContents, 'app:saveAndClose', {});
        onCloseCancelled?.();
      } else {
        onCloseCancelled?.();
      }
    });
  });
}
