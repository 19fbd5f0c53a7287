#!/usr/bin/env node
// `npm test`: typecheck, lint, security scan, unit tests, end-to-end tests, bench smoke — every step runs,
// then a summary. Exit code is non-zero when any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';

const RESULTS = 'out/test-results';
mkdirSync(RESULTS, { recursive: true });
const npx = (args) => ['npx', ['--no-install', ...args]];

const steps = [
  { name: 'typecheck', cmd: ['npm', ['run', '-s', 'typecheck']] },
  { name: 'lint', cmd: npx(['eslint', '.', '--max-warnings=0']) },
  // Electronegativity over the built main + preload; every finding fixed or waived (.electronegativity-waivers.json).
  { name: 'security', cmd: ['node', ['scripts/electronegativity.mjs']] },
  { name: 'unit', cmd: npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`]) },
  { name: 'end-to-end', before: checkChromium, cmd: npx(['playwright', 'test']) },
  // A tiny benchmark run so `npm run bench` never rots; it prints numbers and asserts none.
  { name: 'bench smoke', before: checkChromium, cmd: npx(['tsx', 'bench/run.ts', '--smoke']) },
];

const outcomes = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n━━ ${step.name} ━━`);
  const blocked = step.before?.();
  const status = blocked ? 1 : spawnSync(step.cmd[0], step.cmd[1], { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } }).status;
  outcomes.push({ name: step.name, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n━━ summary ━━');
for (const o of outcomes) console.log(`${o.ok ? '✓' : '✗'} ${o.name.padEnd(12)} ${o.seconds}s`);
const counts = countTests();
if (counts) console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(outcomes.every((o) => o.ok) ? 0 : 1);

function checkChromium() {
  // Top-level await is not allowed here, so ask synchronously through a child.
  const probe = spawnSync(process.execPath, ['scripts/find-chromium.mjs'], { encoding: 'utf8' });
  if (probe.status === 0) return false;
  console.error(NO_CHROMIUM_MESSAGE);
  return true;
}

/** Unit + end-to-end test counts from the JSON reporters, when both ran. */
function countTests() {
  let passed = 0;
  let failed = 0;
  const unit = readJson(`${RESULTS}/unit.json`);
  if (unit) { passed += unit.numPassedTests ?? 0; failed += unit.numFailedTests ?? 0; }
  const e2e = readJson(`${RESULTS}/e2e.json`);
  if (e2e?.stats) { passed += e2e.stats.expected ?? 0; failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0); }
  for (const o of outcomes) if (!o.ok && (o.name === 'typecheck' || o.name === 'lint' || o.name === 'security')) failed += 1;
  return unit || e2e ? { passed, failed } : null;
}

function readJson(path) {
  try { return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null; } catch { return null; }
}


