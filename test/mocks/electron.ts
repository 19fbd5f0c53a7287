/**
 * A whole-module stand-in for `electron` (the binary cannot run here). Use
 * `vi.mock('electron', () => import('../../mocks/electron.ts'))`. Only what
 * our main/preload code touches is modelled; calls are `vi.fn()`s to assert on.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Handlers captured from `ipcMain.handle`, by channel. */
export const ipcHandlers = new Map<string, Listener>();
export const ipcMain = {
  handle: vi.fn((channel: string, listener: Listener) => {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, listener);
  }),
  removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
  on: vi.fn(),
};

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  send = vi.fn();
  isDestroyed = vi.fn(() => false);
  isLoading = vi.fn(() => false);
  setWindowOpenHandler = vi.fn();
}

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  static fromWebContents = vi.fn((contents: unknown) => BrowserWindow.all.find((w) => w.webContents === contents) ?? null);
  static getFocusedWindow = vi.fn(() => BrowserWindow.all[0] ?? null);
  static getAllWindows = vi.fn(() => [...BrowserWindow.all]);

  readonly webContents = new FakeWebContents();
  readonly options: unknown;
  destroyed = false;
  setTitle = vi.fn();
  setDocumentEdited = vi.fn();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  loadURL = vi.fn(async () => undefined);

  constructor(options?: unknown) {
    super();
    this.options = options;
    BrowserWindow.all.push(this);
  }

  /** Like Electron: 'close' can be prevented; otherwise the window is gone and 'closed' fires. */
  close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => { prevented = true; } });
    if (prevented) return;
    this.destroyed = true;
    BrowserWindow.all = BrowserWindow.all.filter((w) => w !== this);
    this.emit('closed');
  });
}

export const app = {
  isPackaged: false,
  getVersion: vi.fn(() => '0.1.0'),
  getName: vi.fn(() => 'Touchline'),
  getPath: vi.fn((_name: string) => tmpdir()),
  getAppPath: vi.fn(() => '/opt/touchline/resources/app'),
  on: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  isReady: vi.fn(() => true),
  setName: vi.fn(),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
};

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };
export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  },
};

const electron = { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, protocol, session, shell };
export default electron;

/** Forget windows and handlers between tests. */
export function resetElectronMock(): void {
  ipcHandlers.clear();
  BrowserWindow.all = [];
  vi.clearAllMocks();
}

/**
 * electron-store is loaded by Node itself (not through vitest), so vi.mock
 * does not reach its `import electron from 'electron'`. Planting this mock in
 * the CommonJS cache does — and keeps the real `electron` package, which
 * would try to download its binary, from loading at all.
 */
export function installElectronForNodeImports(): void {
  const require = createRequire(import.meta.url);
  const id = require.resolve('electron');
  require.cache[id] = { id, filename: id, loaded: true, exports: electron } as unknown as NodeJS.Module;
}
