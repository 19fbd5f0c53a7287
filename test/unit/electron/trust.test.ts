// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkSender, isTrustedSender } from '../../../electron/main/ipc/trust.ts';
import { allowedOrigins, APP_ORIGIN, isSameOrigin, originKey, parseDevUrl } from '../../../electron/main/origins.ts';

const PROD = allowedOrigins(null);
const DEV = allowedOrigins('http://localhost:5173');

describe('isTrustedSender', () => {
  it.each([
    ['app://touchline/', PROD, true],
    ['app://touchline/index.html', PROD, true],
    ['app://touchline/index.html#/journey?x=1', PROD, true],
    ['http://localhost:5173/', PROD, false],
    ['http://localhost:5173/', DEV, true],
    ['http://localhost:5173/src/main.tsx', DEV, true],
    ['http://localhost:5174/', DEV, false],
    ['https://localhost:5173/', DEV, false],
    ['http://127.0.0.1:5173/', DEV, false],
    ['http://localhost:5173.evil.test/', DEV, false],
    ['http://localhost:5173@evil.test/', DEV, false],
    ['http://user:pw@localhost:5173/', DEV, false],
    ['file:///', PROD, false],
    ['file:///opt/touchline/out/renderer/index.html', PROD, false],
    ['app://touchline.evil/', PROD, false],
    ['app://evil/', PROD, false],
    ['app://user@touchline/', PROD, false],
    ['javascript:alert(1)', PROD, false],
    ['data:text/html,<script>1</script>', PROD, false],
    ['about:blank', PROD, false],
    ['devtools://devtools/bundled/inspector.html', PROD, false],
    ['https://touchline.example/', PROD, false],
    ['', PROD, false],
    ['not a url', PROD, false],
  ])('%s (allowed %j) → %s', (url, allowed, expected) => {
    expect(isTrustedSender(url, allowed)).toBe(expected);
  });
});

describe('checkSender', () => {
  const trust = { allowedOrigins: PROD, isOurWindow: (id: number) => id === 1 };
  const frame = (url: string, parent: unknown = null) => ({ url, parent });

  it('accepts the top frame of our window on our origin', () => {
    expect(checkSender({ sender: { id: 1 }, senderFrame: frame('app://touchline/index.html') }, trust)).toBe(true);
  });
  it.each([
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
    ['a child frame', { sender: { id: 1 }, senderFrame: frame('app://touchline/index.html', {}) }],
    ['a window we did not create', { sender: { id: 2 }, senderFrame: frame('app://touchline/index.html') }],
    ['a foreign origin', { sender: { id: 1 }, senderFrame: frame('https://evil.test/') }],
  ])('refuses %s', (_name, event) => {
    expect(checkSender(event, trust)).toBe(false);
  });
});

describe('origins', () => {
  it('compares custom-scheme origins by protocol and host', () => {
    expect(originKey('app://touchline/a/b')).toBe(APP_ORIGIN);
    expect(originKey('ftp://x/')).toBeNull();
    expect(isSameOrigin('app://touchline/x', APP_ORIGIN)).toBe(true);
  });

  it.each([
    ['http://localhost:5173', false, 'http://localhost:5173'],
    ['http://localhost:5173/some/path', false, 'http://localhost:5173'],
    ['http://127.0.0.1:4000/', false, 'http://127.0.0.1:4000'],
    ['http://localhost:5173', true, null],
    ['https://localhost:5173', false, null],
    ['http://evil.test:5173', false, null],
    ['http://localhost.evil.test/', false, null],
    ['http://u:p@localhost:5173', false, null],
    ['garbage', false, null],
    [undefined, false, null],
    ['', false, null],
  ])('parseDevUrl(%j, packaged=%s) → %j', (value, packaged, expected) => {
    expect(parseDevUrl(value, packaged)).toBe(expected);
  });
});
