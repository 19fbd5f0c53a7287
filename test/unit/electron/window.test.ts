// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WindowRegistry } from '../../../electron/services/windowRegistry.ts';
import * as electron from '../../mocks/electron.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));
const { createMainWindow, secureWebPreferences } = await import('../../../electron/main/window.ts');
const { actionForChoice, choiceFromResponse, CLOSE_BUTTONS, shouldAskBeforeClose, unsavedChangesDialog } = await import('../../../electron/main/closeGuard.ts');

beforeEach(() => electron.resetElectronMock());

describe('secureWebPreferences', () => {
  it('locks the renderer down', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
    });
  });
});

describe('close decision (pure)', () => {
  it.each([
    [undefined, false],
    [{ dirty: false, closeApproved: false }, false],
    [{ dirty: true, closeApproved: false }, true],
    [{ dirty: true, closeApproved: true }, false],
  ])('ask for %j → %s', (state, expected) => expect(shouldAskBeforeClose(state)).toBe(expected));

  it.each([
    [0, 'save', 'request-save'],
    [1, 'discard', 'close'],
    [2, 'cancel', 'stay'],
    [-1, 'cancel', 'stay'],
    [7, 'cancel', 'stay'],
  ] as const)('button %i → %s → %s', (response, choice, action) => {
    expect(choiceFromResponse(response)).toBe(choice);
    expect(actionForChoice(choice)).toBe(action);
  });

  it('the dialog offers Save / Don’t Save / Cancel, with Cancel on Esc', () => {
    const options = unsavedChangesDialog('Coffee loyalty');
    expect(options.buttons).toEqual([...CLOSE_BUTTONS]);
    expect(CLOSE_BUTTONS).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(options).toMatchObject({ defaultId: 0, cancelId: 2 });
    expect(options.message).toContain('Coffee loyalty');
    expect(unsavedChangesDialog('  ').message).toContain('this journey');
  });
});

describe('createMainWindow', () => {
  const open = () => {
    const windows = new WindowRegistry();
    const onCloseCancelled = vi.fn();
    const win = createMainWindow({ windows, preloadPath: '/p/index.cjs', url: 'app://touchline/index.html', onCloseCancelled }) as unknown as electron.BrowserWindow;
    return { windows, win, id: win.webContents.id, onCloseCancelled };
  };
  const answer = (response: number) => electron.dialog.showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false });

  it('registers the window, uses the secure preferences and loads the URL', () => {
    const { windows, win, id } = open();
    expect(windows.has(id)).toBe(true);
    expect(win.options).toMatchObject({ show: false, webPreferences: secureWebPreferences('/p/index.cjs') });
    expect(win.loadURL).toHaveBeenCalledWith('app://touchline/index.html');
    win.close();
    expect(windows.has(id)).toBe(false);
  });

  it('closes a clean window without asking', () => {
    const { win } = open();
    win.close();
    expect(win.destroyed).toBe(true);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it("Don't Save closes", async () => {
    const { windows, win, id } = open();
    windows.setDocumentState(id, { title: 'J', dirty: true });
    answer(1);
    win.close();
    expect(win.destroyed).toBe(false);
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
  });

  it('Cancel stays, and abandons a pending quit', async () => {
    const { windows, win, id, onCloseCancelled } = open();
    windows.setDocumentState(id, { title: 'J', dirty: true });
    answer(2);
    win.close();
    await vi.waitFor(() => expect(onCloseCancelled).toHaveBeenCalled());
    expect(win.destroyed).toBe(false);
    expect(win.webContents.send).not.toHaveBeenCalled();
  });

  it('Save asks the renderer to save and close; window:close then closes without asking again', async () => {
    const { windows, win, id } = open();
    windows.setDocumentState(id, { title: 'J', dirty: true });
    answer(0);
    win.close();
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith('app:saveAndClose', {}));
    expect(win.destroyed).toBe(false);
    windows.approveClose(id); // what the window:close handler does
    win.close();
    expect(win.destroyed).toBe(true);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('asks only once while the dialog is open', async () => {
    const { windows, win, id } = open();
    windows.setDocumentState(id, { title: 'J', dirty: true });
    answer(2);
    win.close();
    win.close();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });
});
