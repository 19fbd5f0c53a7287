/**
 * Regenerate the sample and template projects: `npx tsx scripts/content/build.ts`.
 * Output goes through `serializeProject`, so key order and formatting match
 * what the app writes, and the content test can compare byte for byte.
 * Each file is loaded back with the app's loader before it is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProjectText } from '../../shared/file/load.ts';
import { formatLoadError } from '../../shared/file/errors.ts';
import { serializeProject } from '../../shared/file/save.ts';
import { CONTENT } from './index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

for (const { path, build } of CONTENT) {
  const text = serializeProject(build());
  const check = loadProjectText(text);
  if (!check.ok) {
    console.error(`${path}: generated content does not load:\n${formatLoadError(check.error)}`);
    process.exit(1);
  }
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
}
