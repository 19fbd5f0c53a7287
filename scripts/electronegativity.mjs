#!/usr/bin/env node
// Electronegativity over the built main process and preload. Builds them
// first when missing, runs offline (the tool fetches translations from the
// network at start-up; that request is replaced by a local failure), writes
// out/electronegativity.csv, and fails unless every finding is waived in
// .electronegativity-waivers.json with a reason (matched by check + file).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { transformSync } from 'esbuild';

const require = createRequire(import.meta.url);
const toolDir = join(require.resolve('@doyensec/electronegativity/package.json'), '..');
const toolRequire = createRequire(join(toolDir, 'dist', 'runner.js'));

if (!existsSync('out/main/index.js') || !existsSync('out/preload/index.cjs')) {
  console.log('Building main and preload (node scripts/build.mjs)…');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

// Offline: the only network call is the translation download in locales/i18n.js (via `got`).
const gotPath = toolRequire.resolve('got');
toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: () => Promise.reject(new Error('offline')) };
const run = toolRequire('./runner.js');

// One input folder holding both bundles (the tool takes a single -i). Its old
// Babel traverse cannot walk class private fields, so the copies are lowered
// to ES2020 syntax first (same code, older spelling; nothing is dropped).
const input = mkdtempSync(join(tmpdir(), 'touchline-electronegativity-'));
for (const [from, to] of [['out/main/index.js', 'main/index.js'], ['out/preload/index.cjs', 'preload/index.cjs']]) {
  mkdirSync(join(input, to, '..'), { recursive: true });
  const lowered = transformSync(readFileSync(from, 'utf8'), { target: 'es2020', format: from.endsWith('.cjs') ? 'cjs' : 'esm', loader: 'js' });
  writeFileSync(join(input, to), lowered.code);
}
cpSync('package.json', join(input, 'package.json'));
mkdirSync('out', { recursive: true });
const output = 'out/electronegativity.csv';

const log = console.log;
console.log = () => undefined; // the runner prints a progress banner even when not in CLI mode
let result;
try {
  result = await run({
    input, output, isSarif: false, customScan: [], excludeFromScan: [], severitySet: undefined, confidenceSet: undefined,
    isRelative: false, isVerbose: false, electronUpgrade: undefined, electronVersionOverride: undefined, parserPlugins: [],
  });
} finally {
  console.log = log;
  rmSync(input, { recursive: true, force: true });
}

const waivers = JSON.parse(readFileSync('.electronegativity-waivers.json', 'utf8')).waivers;
const fileOf = (issue) => (isAbsolute(issue.file) ? relative(input, issue.file).replaceAll('\\', '/') : issue.file);
const waiverFor = (issue) => waivers.find((w) => w.check === issue.id && w.file === fileOf(issue) && typeof w.reason === 'string' && w.reason.trim());
const findings = result.issues.map((issue) => ({
  check: issue.id, file: fileOf(issue), line: issue.location?.line, severity: issue.severity?.name, confidence: issue.confidence?.name,
  waiver: waiverFor(issue)?.reason ?? null,
}));
writeFileSync('out/electronegativity.json', `${JSON.stringify({ findings, errors: result.errors }, null, 2)}\n`);

const open = findings.filter((f) => !f.waiver);
console.log(`Electronegativity: ${result.atomicChecks} checks + ${result.globalChecks} global checks over out/main and out/preload.`);
console.log(`${findings.length} findings, ${findings.length - open.length} waived, ${open.length} open. Report: ${output}`);
for (const f of findings) console.log(`  ${f.waiver ? 'waived' : 'OPEN  '} ${f.check} ${f.file}:${f.line} (${f.severity}/${f.confidence})${f.waiver ? ` — ${f.waiver}` : ''}`);
const parseErrors = result.errors.filter((x) => !x.tolerable);
for (const e of parseErrors) console.log(`  parse error in ${relative(input, e.file)}: ${e.message} (the file was not scanned)`);
const unused = waivers.filter((w) => !findings.some((f) => f.check === w.check && f.file === w.file));
for (const w of unused) console.log(`  note: waiver for ${w.check} ${w.file} matches nothing; remove it`);
process.exit(open.length === 0 && parseErrors.length === 0 ? 0 : 1);
