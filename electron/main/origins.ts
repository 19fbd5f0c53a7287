/**
 * Where the renderer is allowed to come from. In production only our own
 * `app://touchline/` scheme; with a dev server, exactly its localhost origin.
 * `originKey` exists because `new URL('app://x/').origin` is "null" for
 * custom schemes, so origins are compared as `protocol//host` instead.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'touchline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Environment variable the start script sets to the Vite dev server URL. */
export const DEV_URL_ENV = 'TOUCHLINE_DEV_URL';

const ORIGIN_SCHEMES = new Set(['app:', 'http:', 'https:']);

/** `protocol//host` of a URL we could ever trust, or null. */
export function originKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ORIGIN_SCHEMES.has(parsed.protocol) || !parsed.host) return null;
  if (parsed.username || parsed.password) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

export function isSameOrigin(url: string, origin: string): boolean {
  const key = originKey(url);
  return key !== null && key === originKey(`${origin}/`);
}

/**
 * The dev server URL, accepted only in an unpackaged app and only when it is
 * plain http on a loopback host — a packaged build must never load remote code.
 */
export function parseDevUrl(value: string | undefined, isPackaged: boolean): string | null {
  if (!value || isPackaged) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return null;
  }
  const loopback = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'http:' || !loopback || parsed.username || parsed.password) return null;
  return parsed.origin;
}

/** Origins whose pages may call our IPC handlers. */
export function allowedOrigins(devOrigin: string | null): string[] {
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}
