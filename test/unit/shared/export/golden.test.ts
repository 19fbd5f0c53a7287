/**
 * Golden files: each export of every bundled template, the sample and a
 * hostile project is compared byte for byte with test/fixtures/golden/.
 * After an intended change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/unit/shared/export`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_EXTENSIONS, exportProject, type ExportFormat } from '../../../../shared/export/index.ts';
import { loadProjectText } from '../../../../shared/file/load.ts';
import { serializeProject } from '../../../../shared/file/save.ts';
import { ROOT, loadFixture } from './projects.ts';

const GOLDEN = join(ROOT, 'test/fixtures/golden');
export const PROJECTS = {
  'b2b-saas-onboarding': 'assets/templates/b2b-saas-onboarding.touchline',
  'b2c-ecommerce-purchase': 'assets/templates/b2c-ecommerce-purchase.touchline',
  'coffee-loyalty-template': 'assets/templates/coffee-loyalty.touchline',
  'coffee-loyalty-sample': 'assets/samples/coffee-loyalty.touchline',
  'hostile': 'test/fixtures/golden/hostile.touchline',
} as const;


const FORMATS: ExportFormat[] = ['roadmap-json', 'roadmap-csv', 'mermaid', 'canvas'];

describe.each(Object.entries(PROJECTS))('golden exports of %s', (name, path) => {
  const project = loadFixture(path);
  it.each(FORMATS)('%s matches its golden file', (format) => {
    const r = exportProject(project, format);
    if (!r.ok) throw new Error(r.error);
    const file = join(GOLDEN, `${name}.${EXPORT_EXTENSIONS[format]}`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, r.text);
    expect(r.text).toBe(readFileSync(file, 'utf8'));
  });

  it('json is the project file itself, and loads back to the same project', () => {
    const r = exportProject(project, 'json');
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(serializeProject(project));
    const back = loadProjectText(r.text);
    expect(back.ok && back.project).toEqual(project);
  });

  it('is deterministic', () => {
    for (const format of FORMATS) expect(exportProject(project, format)).toEqual(exportProject(structuredClone(project), format));
  });
});
