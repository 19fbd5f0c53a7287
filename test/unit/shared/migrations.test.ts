import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProjectSchema } from '../../../shared/domain/schema.ts';
import { CURRENT_VERSION } from '../../../shared/file/format.ts';
import { MIGRATIONS, migrate, validateMigrations } from '../../../shared/file/migrations/index.ts';
import type { Migration } from '../../../shared/file/migrations/types.ts';

/**
 * Every migration in MIGRATIONS must have its own `describe(name)` in this
 * file. Add the name here when you add the describe; the guard below fails
 * when a migration ships without a test (or a test outlives its migration).
 */
const TESTED_MIGRATIONS = new Set<string>([]);

const step = (to: number, name: string, up: Migration['up'] = (p) => p): Migration => ({ name, to, up });

describe('the migration registry', () => {
  it('is valid for the current version', () => {
    expect(() => validateMigrations(MIGRATIONS, CURRENT_VERSION)).not.toThrow();
  });

  it('has a tested describe for every migration, and no test for a migration that is gone', () => {
    expect(new Set(MIGRATIONS.map((m) => m.name))).toEqual(TESTED_MIGRATIONS);
  });

  it('keeps one file per step named v<N>-<Name>.ts', () => {
    const dir = fileURLToPath(new URL('../../../shared/file/migrations/', import.meta.url));
    const stepFiles = readdirSync(dir).filter((f) => /^v\d+-/.test(f)).sort();
    expect(stepFiles).toEqual(MIGRATIONS.map((m) => `v${m.to}-${m.name}.ts`).sort());
  });
});

describe('validateMigrations', () => {
  it('accepts an empty list when the current version is 1', () => {
    expect(() => validateMigrations([], 1)).not.toThrow();
  });

  it('accepts consecutive PascalCase steps that end at the current version', () => {
    expect(() => validateMigrations([step(2, 'AddStageIcons'), step(3, 'SplitOwnerField')], 3)).not.toThrow();
  });

  it('rejects a gap', () => {
    expect(() => validateMigrations([step(2, 'AddStageIcons'), step(4, 'SplitOwnerField')], 4)).toThrow(/SplitOwnerField targets version 4, expected 3/);
  });

  it('rejects a duplicate target version', () => {
    expect(() => validateMigrations([step(2, 'AddStageIcons'), step(2, 'AddStageIconsAgain')], 3)).toThrow(/targets version 2, expected 3/);
  });

  it('rejects a list that does not start at version 2', () => {
    expect(() => validateMigrations([step(3, 'AddStageIcons')], 3)).toThrow(/expected 2/);
  });

  it.each(['addStageIcons', 'add-stage-icons', 'Add Stage Icons', '2AddIcons', ''])('rejects the name %j', (name) => {
    expect(() => validateMigrations([step(2, name)], 2)).toThrow(/must be PascalCase/);
  });

  it('rejects steps that stop short of, or go past, the current version', () => {
    expect(() => validateMigrations([step(2, 'AddStageIcons')], 3)).toThrow(/end at version 2, but the current version is 3/);
    expect(() => validateMigrations([step(2, 'AddStageIcons')], 1)).toThrow(/end at version 2, but the current version is 1/);
  });
});

describe('migrate', () => {
  const trail = (name: string, to: number): Migration => ({
    name, to, up: (p) => ({ ...p, trail: [...((p.trail as string[] | undefined) ?? []), name] }),
  });
  const steps = [trail('AddA', 2), trail('AddB', 3), trail('AddC', 4)];

  it('runs every step from version 1, in order', () => {
    const result = migrate({ id: 'p' }, 1, steps);
    expect(result).toEqual({ ok: true, project: { id: 'p', trail: ['AddA', 'AddB', 'AddC'] }, applied: ['AddA', 'AddB', 'AddC'] });
  });

  it('skips the steps the file already has', () => {
    expect(migrate({}, 2, steps)).toEqual({ ok: true, project: { trail: ['AddB', 'AddC'] }, applied: ['AddB', 'AddC'] });
    expect(migrate({ x: 1 }, 4, steps)).toEqual({ ok: true, project: { x: 1 }, applied: [] });
  });

  it('does nothing with the real (empty) registry for a current file', () => {
    const project = { id: 'p' };
    expect(migrate(project, CURRENT_VERSION)).toEqual({ ok: true, project, applied: [] });
  });

  it('reports the failing step and its message, and stops there', () => {
    let ranAfter = false;
    const failing: Migration[] = [
      trail('AddA', 2),
      { name: 'BreakThings', to: 3, up: () => { throw new Error('stages is not a list'); } },
      { name: 'NeverRuns', to: 4, up: (p) => { ranAfter = true; return p; } },
    ];
    expect(migrate({}, 1, failing)).toEqual({ ok: false, failedStep: 'BreakThings', message: 'stages is not a list' });
    expect(ranAfter).toBe(false);
  });

  it('reports a step that throws something other than an Error', () => {
    const failing: Migration[] = [{ name: 'ThrowString', to: 2, up: () => { throw 'bad shape'; } }];
    expect(migrate({}, 1, failing)).toEqual({ ok: false, failedStep: 'ThrowString', message: 'bad shape' });
  });
});

describe('every migration, end to end', () => {
  // The frozen v1 fixture must still load through the whole chain into the current schema.
  const v1 = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/projects/sample-coffee-loyalty-v1.touchline', import.meta.url)), 'utf8')) as { version: number; project: Record<string, unknown> };

  it('upgrades the frozen v1 sample to a project the current schema accepts', () => {
    expect(v1.version).toBe(1);
    const result = migrate(v1.project, v1.version);
    if (!result.ok) throw new Error(`${result.failedStep}: ${result.message}`);
    expect(result.applied).toEqual(MIGRATIONS.map((m) => m.name));
    expect(ProjectSchema.safeParse(result.project).success).toBe(true);
  });

  for (const m of MIGRATIONS) {
    it(`${m.name} (v${m.to - 1} → v${m.to}) has its own describe in this file`, () => {
      expect(TESTED_MIGRATIONS.has(m.name)).toBe(true);
    });
  }
});
