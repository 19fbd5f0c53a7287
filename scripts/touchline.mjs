#!/usr/bin/env node
// The `touchline` command. Runs the TypeScript CLI straight from source with
// tsx, so it works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(new URL('../electron/cli/main.ts', import.meta.url).href);
process.exitCode = await runCli(process.argv.slice(2));
