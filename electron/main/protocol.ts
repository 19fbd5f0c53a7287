/**
 * The `app://touchline/` scheme that serves the built renderer. A custom
 * scheme (instead of file://) gives the page a real origin to check IPC
 * senders and navigation against, and lets every response carry our CSP.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origins.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that `urlPath` names, or null when the path is
 * malformed or would leave the folder (`..`, encoded `%2e%2e`, backslashes,
 * drive letters, NUL bytes). `/` serves index.html.
 */
export function resolveAppAsset(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.startsWith('//') || /[\0\\:]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const wanted = decoded === '/' ? 'index.html' : segments.join('/');
  if (wanted === '' || wanted.endsWith('/')) return null;
  const root = resolve(rootDir);
  const full = resolve(root, wanted);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return full;
}

export interface AssetResponse { status: number; headers: Record<string, string>; body: Uint8Array | string }

const baseHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

/** Answer one `app:` request (pure apart from reading the file). */
export async function serveAsset(rootDir: string, requestUrl: string, read: (file: string) => Promise<Uint8Array> = readFile): Promise<AssetResponse> {
  const notFound = (status = 404): AssetResponse => ({ status, headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' });
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
  const file = resolveAppAsset(rootDir, url.pathname);
  if (!file) return notFound();
  try {
    const body = await read(file);
    return { status: 200, headers: { ...baseHeaders(), 'Content-Type': mimeTypeOf(file) }, body };
  } catch {
    return notFound();
  }
}

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const res = await serveAsset(rootDir, request.url);
    return new Response(typeof res.body === 'string' ? res.body : new Uint8Array(res.body), { status: res.status, headers: res.headers });
  });
}
