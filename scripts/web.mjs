#!/usr/bin/env node
// `npm run web`: build the renderer and serve browser mode (PORT overrides 5173).
import { spawnSync } from 'node:child_process';
import { serveBrowserMode } from './serve.mjs';

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--renderer'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
try {
  const { url } = await serveBrowserMode();
  console.log(`Touchline (browser mode) is running at ${url} — press Ctrl+C to stop.`);
} catch (error) {
  console.error(`Could not start the browser-mode server: ${error instanceof Error ? error.message : error}. Is the port in use? Set PORT to another port.`);
  process.exit(1);
}
