// @vitest-environment node
import * as fs from 'node:fs/promises';
import { join, sep } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../mocks/electron.ts';
import { tempDir } from './helpers.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));
const { CONTENT_SECURITY_POLICY, mimeTypeOf, registerAppScheme, resolveAppAsset, serveAppProtocol, serveAsset } = await import('../../../electron/main/protocol.ts');

const ROOT = `${sep}opt${sep}touchline${sep}out${sep}renderer`;

beforeEach(() => electron.resetElectronMock());

describe('resolveAppAsset', () => {
  it.each([
    ['/', join(ROOT, 'index.html')],
    ['/index.html', join(ROOT, 'index.html')],
    ['/assets/index-abc123.js', join(ROOT, 'assets', 'index-abc123.js')],
    ['/assets/Inter%20Regular.woff2', join(ROOT, 'assets', 'Inter Regular.woff2')],
  ])('%s → inside the root', (urlPath, expected) => {
    expect(resolveAppAsset(ROOT, urlPath)).toBe(expected);
  });

  it.each([
    '/../main/index.js',
    '/assets/../../main/index.js',
    '/%2e%2e/main/index.js',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fmain/index.js',
    '/..%2fmain%2findex.js',
    '/..\\main\\index.js',
    '/%5c..%5cmain',
    '//etc/passwd',
    'etc/passwd',
    '/etc/passwd%00.html',
    '/C:/Windows/win.ini',
    '/%E0%A4%A',
    '/assets/',
    '/./index.html',
    '',
  ])('%s → null', (urlPath) => {
    expect(resolveAppAsset(ROOT, urlPath)).toBeNull();
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.png', 'image/png'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(mimeTypeOf(file)).toBe(type));
});

describe('serveAsset (real files)', () => {
  const setup = async () => {
    const dir = await tempDir();
    const root = join(dir, 'renderer');
    await fs.mkdir(join(root, 'assets'), { recursive: true });
    await fs.writeFile(join(root, 'index.html'), '<!doctype html>');
    await fs.writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await fs.mkdir(join(dir, 'main'));
    await fs.writeFile(join(dir, 'main', 'index.js'), 'secret');
    return root;
  };

  it('serves index.html with the CSP and MIME type', async () => {
    const root = await setup();
    const res = await serveAsset(root, 'app://touchline/');
    expect(res.status).toBe(200);
    expect(new TextDecoder().decode(res.body as Uint8Array)).toBe('<!doctype html>');
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves scripts as JavaScript', async () => {
    const res = await serveAsset(await setup(), 'app://touchline/assets/app.js?v=1');
    expect(res).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  });

  it.each([
    'app://touchline/%2e%2e/main/index.js',
    'app://touchline/missing.js',
    'app://touchline.evil/index.html',
    'app://other/index.html',
    'https://touchline/index.html',
    'not a url',
  ])('answers %s with an error status and still a CSP', async (url) => {
    const res = await serveAsset(await setup(), url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.body).not.toContain('secret');
  });

  it('the CSP forbids everything but our own origin', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('registration', () => {
  it('registers app: as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles app: requests with Response objects', async () => {
    const dir = await tempDir();
    await fs.writeFile(join(dir, 'index.html'), 'hi');
    serveAppProtocol(dir);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as unknown as [string, (r: { url: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const res = await handler({ url: 'app://touchline/index.html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('hi');
    expect((await handler({ url: 'app://touchline/../x' })).status).toBe(404);
  });
});
