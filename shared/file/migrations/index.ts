/**
 * The ordered list of file migrations. Version 1 is the first released
 * format, so the list is empty; each later format change adds one file here
 * (e.g. `v2-AddStageIcons.ts`) and one `describe` in the migrations test.
 */
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [];

/** Throws when the steps are not exactly 2, 3, … N with no gaps or repeats. */
export function validateMigrations(migrations: readonly Migration[], currentVersion: number): void {
  migrations.forEach((m, i) => {
    if (m.to !== i + 2) throw new Error(`migration ${m.name} targets version ${m.to}, expected ${i + 2}`);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(m.name)) throw new Error(`migration name "${m.name}" must be PascalCase`);
  });
  const last = migrations.length + 1;
  if (last !== currentVersion) throw new Error(`migrations end at version ${last}, but the current version is ${currentVersion}`);
}

export type MigrateResult =
  | { ok: true; project: Record<string, unknown>; applied: string[] }
  | { ok: false; failedStep: string; message: string };

/** Run every step from `fromVersion` up to the current version, in order. */
export function migrate(project: Record<string, unknown>, fromVersion: number, migrations: readonly Migration[] = MIGRATIONS): MigrateResult {
  let current = project;
  const applied: string[] = [];
  for (const step of migrations) {
    if (step.to <= fromVersion) continue;
    try {
      current = step.up(current);
    } catch (error) {
      return { ok: false, failedStep: step.name, message: error instanceof Error ? error.message : String(error) };
    }
    applied.push(step.name);
  }
  return { ok: true, project: current, applied };
}
