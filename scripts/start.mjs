#!/usr/bin/env node
// `npm start`: build, then open the desktop app. When the Electron runtime is
// missing and cannot be downloaded (an offline laptop), say so in one
// sentence and serve the same app in browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveBrowserMode } from './serve.mjs';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const electronPath = locateElectron();
if (electronPath) {
  const child = spawn(electronPath, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const { url } = await serveBrowserMode();
  console.log(`The Electron runtime is not installed and could not be downloaded, so Touchline is running in browser mode at ${url} instead (press Ctrl+C to stop).`);
}

/** Ask the electron package for its binary; it downloads it on first use, which fails offline. */
function locateElectron() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: Number(process.env.TOUCHLINE_ELECTRON_TIMEOUT_MS ?? 90_000),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}
