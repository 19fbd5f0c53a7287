#!/usr/bin/env node
// `npm run fuzz`: the loader fuzz test with 10,000 runs (500 in `npm test`).
// FUZZ_RUNS=N overrides the count; extra arguments go to vitest.
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS || '10000';
const result = spawnSync('npx', ['--no-install', 'vitest', 'run', 'test/unit/shared/fuzz.test.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
