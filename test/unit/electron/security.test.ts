// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../mocks/electron.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));

const { hardenSession, hardenWebContents, installSecurityHooks, isAllowedRequest, isSafeExternalUrl, permissionPolicy, shouldAllowNavigation, windowOpenPolicy, confirmOpenExternal } =
  await import('../../../electron/main/security.ts');

const PROD = ['app://touchline'];
const DEV = ['app://touchline', 'http://localhost:5173'];

beforeEach(() => electron.resetElectronMock());

describe('shouldAllowNavigation', () => {
  it.each([
    ['app://touchline/index.html', PROD, true],
    ['app://touchline/other.html', PROD, true],
    ['app://touchline.evil/', PROD, false],
    ['https://example.com/', PROD, false],
    ['file:///etc/passwd', PROD, false],
    ['javascript:alert(1)', PROD, false],
    ['http://localhost:5173/', PROD, false],
    ['http://localhost:5173/', DEV, true],
    ['', PROD, false],
    ['data:text/html,<script>alert(1)</script>', PROD, false],
    ['https://example.com.evil.test/', PROD, false],
    ['app://touchline.evil.test/index.html', PROD, false],
    ['app://touchline@evil.test/', PROD, false],
    ['http://localhost:5173.evil.test/', DEV, false],
    ['http://localhost:51730/', DEV, false],
  ])('%s → %s', (url, allowed, expected) => expect(shouldAllowNavigation(url, allowed)).toBe(expected));
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://example.com/docs', true],
    ['http://example.com/', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['app://touchline/', false],
    ['app://touchline.evil/', false],
    ['mailto:a@b.c', false],
    // A look-alike host is an ordinary web site: allowed, but only after the user confirms the full URL.
    ['https://example.com.evil.test/', true],
    ['smb://server/share', false],
    ['https://user:pass@example.com/', false],
    ['https://user@example.com/', false],
    [`https://example.com/${'a'.repeat(3000)}`, false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isSafeExternalUrl(url)).toBe(expected));
});

describe('windowOpenPolicy', () => {
  it.each([
    ['https://example.com/', 'https://example.com/'],
    ['app://touchline/index.html', null],
    ['javascript:alert(1)', null],
    ['file:///x', null],
    ['about:blank', null],
    ['data:text/html,hi', null],
    ['app://touchline.evil/', null],
    ['https://example.com.evil.test/', 'https://example.com.evil.test/'],
  ])('%s: always deny, external=%j', (url, external) => {
    expect(windowOpenPolicy(url)).toEqual({ action: 'deny', external });
  });
});

describe('isAllowedRequest (the app makes no network request)', () => {
  it.each([
    ['app://touchline/assets/index.js', PROD, true],
    ['data:image/png;base64,AAAA', PROD, true],
    ['blob:app://touchline/1234', PROD, true],
    ['devtools://devtools/bundled/x.js', PROD, true],
    ['https://fonts.googleapis.com/css', PROD, false],
    ['http://localhost:5173/src/main.tsx', PROD, false],
    ['http://localhost:5173/src/main.tsx', DEV, true],
    ['ws://localhost:5173/', DEV, true],
    ['ws://localhost:5173/', PROD, false],
    ['ws://evil.test/', DEV, false],
    ['file:///etc/passwd', PROD, false],
    ['app://touchline.evil/x', PROD, false],
  ])('%s → %s', (url, allowed, expected) => expect(isAllowedRequest(url, allowed)).toBe(expected));
});

describe('wiring', () => {
  it('denies every permission request and check, and cancels foreign requests', () => {
    const ses = electron.session.defaultSession;
    hardenSession(ses as never, PROD);
    expect(permissionPolicy()).toBe(false);
    const requestHandler = ses.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    const cb = vi.fn();
    requestHandler({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    const checkHandler = ses.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(checkHandler()).toBe(false);
    const onBefore = ses.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const answer = vi.fn();
    onBefore({ url: 'https://tracker.example/' }, answer);
    onBefore({ url: 'app://touchline/index.html' }, answer);
    expect(answer.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });

  it('hooks every new webContents', () => {
    installSecurityHooks(electron.app as never, PROD);
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('blocks navigation away, offers safe links to the browser after confirmation, and denies new windows', async () => {
    const win = new electron.BrowserWindow();
    const contents = win.webContents;
    hardenWebContents(contents as never, PROD);
    const nav = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit(name, event);
      return event.preventDefault;
    };
    expect(nav('will-navigate', 'app://touchline/index.html')).not.toHaveBeenCalled();
    expect(nav('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(nav('will-frame-navigate', 'https://evil.test/')).toHaveBeenCalled();
    expect(nav('will-redirect', 'https://evil.test/')).toHaveBeenCalled();
    expect(nav('will-attach-webview', 'app://touchline/')).toHaveBeenCalled();

    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => { action: string };
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(openHandler({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/help'));
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('does not open a link when the user cancels, nor an unsafe one at all', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await confirmOpenExternal('https://example.com/', null)).toBe(false);
    expect(await confirmOpenExternal('file:///etc/passwd', null)).toBe(false);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});
