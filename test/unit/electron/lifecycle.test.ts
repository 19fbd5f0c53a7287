// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract.ts';
import * as electron from '../../mocks/electron.ts';
import { tempDir } from './helpers.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));

describe('main/index.ts lifecycle (smoke test with mocked electron)', () => {
  it('registers the scheme before ready, then serves, hardens, wires IPC, menu and one window', async () => {
    const userData = await tempDir();
    electron.installElectronForNodeImports();
    electron.app.getPath.mockImplementation(() => userData);
    let ready: () => void = () => undefined;
    electron.app.whenReady.mockImplementation(() => new Promise<undefined>((resolve) => { ready = () => resolve(undefined); }));

    await import('../../../electron/main/index.ts');
    // Before ready: privileged scheme, sandbox, single-instance lock and security hooks only.
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    const events = electron.app.on.mock.calls.map((c) => c[0]);
    expect(events).toEqual(expect.arrayContaining(['second-instance', 'open-file', 'window-all-closed', 'web-contents-created']));
    expect(electron.ipcHandlers.size).toBe(0);
    expect(electron.BrowserWindow.all).toHaveLength(0);

    ready();
    await vi.waitFor(() => expect(electron.BrowserWindow.all).toHaveLength(1));
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(Object.keys(CHANNELS).sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const win = electron.BrowserWindow.all[0]!;
    expect(win.loadURL).toHaveBeenCalledWith('app://touchline/index.html');
    expect(win.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } });
    expect(String((win.options as { webPreferences: { preload: string } }).webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });
});
