/**
 * App lifecycle only: single instance, ready → protocol, security, IPC,
 * menu, window. Everything else lives in the modules it calls.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { APP_NAME } from '../../shared/file/format.ts';
import { PrefsService } from '../services/prefsStore.ts';
import { RecentFiles } from '../services/recentFiles.ts';
import { WindowRegistry } from '../services/windowRegistry.ts';
import type { MainContext } from './context.ts';
import { sendEvent } from './events.ts';
import { createHandle } from './ipc/handle.ts';
import { setupAllIpc } from './ipc/index.ts';
import { installMenu } from './menu.ts';
import { allowedOrigins, APP_ENTRY_URL, DEV_URL_ENV, parseDevUrl } from './origins.ts';
import { preloadPath, projectPathFromArgv, rendererDir } from './paths.ts';
import { registerAppScheme, serveAppProtocol } from './protocol.ts';
import { hardenSession, installSecurityHooks } from './security.ts';
import { createMainWindow } from './window.ts';

app.setName(APP_NAME);
// Every renderer sandboxed, even one we forgot to configure.
app.enableSandbox();
registerAppScheme();

const devOrigin = parseDevUrl(process.env[DEV_URL_ENV], app.isPackaged);
const origins = allowedOrigins(devOrigin);
const windows = new WindowRegistry();
let recent: RecentFiles | null = null;
let quitting = false;
/** A file handed to us before the window could receive it. */
let pendingOpen: string | null = projectPathFromArgv(process.argv);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => openFromOutside(projectPathFromArgv(argv)));
  // macOS: double-click in Finder, or drop on the Dock icon (may arrive before ready).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOutside(path);
  });
  app.on('before-quit', () => { quitting = true; });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openWindow();
  });
  installSecurityHooks(app, origins);
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Touchline failed to start.', error);
    dialog.showErrorBox(APP_NAME, 'Touchline could not start. Please reinstall or contact your IT team.');
    app.exit(1);
  });
}

async function start(): Promise<void> {
  serveAppProtocol(rendererDir());
  hardenSession(session.defaultSession, origins);
  const prefs = await PrefsService.open({ cwd: app.getPath('userData'), log: console.warn });
  recent = new RecentFiles(prefs);
  const ctx: MainContext = {
    handle: createHandle({ allowedOrigins: origins, isOurWindow: (id) => windows.has(id) }),
    windows,
    prefs,
    recent,
    appVersion: app.getVersion(),
  };
  setupAllIpc(ctx);
  refreshMenu();
  recent.onChange(refreshMenu);
  const win = openWindow();
  const notice = prefs.takeRecoveryNotice();
  if (notice) {
    void dialog.showMessageBox(win, {
      type: 'info',
      message: 'Your preferences were reset.',
      detail: `The preferences file was damaged, so Touchline started with default settings. The old file was kept at:\n${notice.movedTo}`,
    });
  }
}

function openWindow(): BrowserWindow {
  const win = createMainWindow({
    windows,
    preloadPath: preloadPath(),
    url: devOrigin ? `${devOrigin}/` : APP_ENTRY_URL,
    onCloseCancelled: () => { quitting = false; },
  });
  win.webContents.once('did-finish-load', () => {
    if (pendingOpen) openFromOutside(pendingOpen);
  });
  return win;
}


/**
 * A file from the OS: remember it as recent (that is what lets the renderer's
 * project:open accept the path), then ask the window to open it.
 */
function openFromOutside(path: string | null): void {
  if (!path) return;
  const win = focusedWindow();
  if (!recent || !win || win.webContents.isLoading()) {
    pendingOpen = path;
    // macOS keeps running without windows: a file opened from Finder then needs one.
    if (recent && !win) openWindow();
    return;
  }
  pendingOpen = null;
  if (win.isMinimized()) win.restore();
  win.focus();
  // The file is already open in this window: bringing the window forward is all the user asked for.
  if (windows.isShowing(win.id, path)) return;
  recent.add(path);
  sendEvent(win.webContents, 'menu:openRecent', { path });
}

function focusedWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
}

function refreshMenu(): void {
  installMenu(
    { platform: process.platform, isPackaged: app.isPackaged, appName: APP_NAME, recentFiles: recent?.list() ?? [] },
    {
      command: (command) => {
        const win = focusedWindow();
        if (win) sendEvent(win.webContents, 'menu:command', { command });
      },
      openRecent: (path) => {
        const win = focusedWindow();
        if (win) sendEvent(win.webContents, 'menu:openRecent', { path });
      },
      clearRecent: () => recent?.clear(),
    },
  );
}
