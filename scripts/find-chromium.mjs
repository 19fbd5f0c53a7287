#!/usr/bin/env node
// Find a Chromium for end-to-end tests, PNG export and benchmarks: $CHROMIUM_PATH,
// the system's Chromium, or Playwright's own download if one is installed.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests. Install one with "sudo apt-get install -y chromium" (Debian/Ubuntu) ' +
  'or "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium or Chrome executable.';

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of CANDIDATES) if (existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core not installed or has no browser: fall through.
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = await findChromium();
  if (!found) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  console.log(`Using Chromium at ${found}`);
}
