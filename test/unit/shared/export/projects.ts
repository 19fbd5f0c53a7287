/** The projects the export tests run on: every template, the sample, and a valid file full of hostile names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../../../../shared/domain/model.ts';
import { loadProjectText } from '../../../../shared/file/load.ts';

// Resolved from this file's folder (happy-dom replaces URL, so import.meta.url is not used).
export const ROOT = join(import.meta.dirname, '../../../../');

export const EXPORT_FILES = [
  'assets/templates/b2b-saas-onboarding.touchline', 'assets/templates/b2c-ecommerce-purchase.touchline',
  'assets/templates/coffee-loyalty.touchline', 'assets/samples/coffee-loyalty.touchline', 'test/fixtures/golden/hostile.touchline',
];

/** Load a project by its path from the repository root; a file that does not load fails the test. */
export function loadFixture(path: string): Project {
  const result = loadProjectText(readFileSync(join(ROOT, path), 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
  return result.project;
}
