/**
 * The renderer is treated as untrusted: it may not navigate away, open
 * windows, get any permission, or make network requests. These are pure
 * policies (tested as tables) plus the code that wires them into Electron.
 */
import { BrowserWindow, dialog, shell, type App, type Session, type WebContents } from 'electron';
import { isSameOrigin, originKey } from './origins.ts';

/** Only our own pages; everything else (including file:// and other apps' schemes) is refused. */
export function shouldAllowNavigation(url: string, allowed: readonly string[]): boolean {
  return allowed.some((origin) => isSameOrigin(url, origin));
}

/** http(s) without credentials; `javascript:`, `file:`, `data:` and custom schemes are never opened. */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

export interface WindowOpenDecision { action: 'deny'; external: string | null }

/** New windows are always denied; a safe web link is offered to the system browser instead. */
export function windowOpenPolicy(url: string): WindowOpenDecision {
  return { action: 'deny', external: isSafeExternalUrl(url) ? url : null };
}

/** The app makes no network request: only its own scheme, inline data and (in dev) the dev server. */
export function isAllowedRequest(url: string, allowed: readonly string[]): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'devtools:') return true;
  if (shouldAllowNavigation(url, allowed)) return true;
  // Vite's hot reload socket lives on the dev server's host.
  if (scheme === 'ws:') {
    const host = originKey(url.replace(/^ws:/i, 'http:'));
    return allowed.some((origin) => host !== null && host === originKey(`${origin}/`));
  }
  return false;
}

/** Every permission (camera, notifications, clipboard-read…) is refused. */
export const permissionPolicy = (): boolean => false;

/** Ask before leaving the app for the browser; a renderer must not open links silently. */
export async function confirmOpenExternal(url: string, parent: BrowserWindow | null): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  const options = {
    type: 'question' as const,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

export function hardenWebContents(contents: WebContents, allowed: readonly string[]): void {
  const refuse = (event: { preventDefault(): void; url: string }): boolean => {
    if (shouldAllowNavigation(event.url, allowed)) return false;
    event.preventDefault();
    return true;
  };
  // A clicked web link: offer it to the browser instead of navigating the app away.
  contents.on('will-navigate', (event) => {
    if (refuse(event) && isSafeExternalUrl(event.url)) void confirmOpenExternal(event.url, BrowserWindow.fromWebContents(contents));
  });
  // Also fires for the main frame (after will-navigate): refuse only, so the user is asked once.
  contents.on('will-frame-navigate', (event) => void refuse(event));
  contents.on('will-redirect', (event) => void refuse(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenPolicy(url);
    if (decision.external) void confirmOpenExternal(decision.external, BrowserWindow.fromWebContents(contents));
    return { action: decision.action };
  });
}

export function hardenSession(ses: Session, allowed: readonly string[]): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionPolicy()));
  ses.setPermissionCheckHandler(permissionPolicy);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, allowed) }));
}

export function installSecurityHooks(app: App, allowed: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowed));
}
