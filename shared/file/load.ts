/**
 * Opening a project file: size cap → JSON (with line/column) → envelope →
 * migrations → schema of the current version → referential invariants.
 * Never throws for bad input: every failure is a typed `LoadError`.
 */
import type { z } from 'zod';
import { checkInvariants, type Problem } from '../domain/invariants.ts';
import type { Project } from '../domain/model.ts';
import { ProjectSchema } from '../domain/schema.ts';
import { LOAD_ERROR_TITLES, type LoadError, type LoadErrorCode } from './errors.ts';
import { CURRENT_VERSION, FORMAT, MAX_FILE_BYTES } from './format.ts';
import { parseJson } from './json.ts';
import { migrate } from './migrations/index.ts';
import { quickParser } from './quickParse.ts';
import { recheckProject } from './recheck.ts';

export type LoadResult =
  | { ok: true; project: Project; migratedFrom: number | null; applied: string[] }
  | { ok: false; error: LoadError };

/** Built from the schema once (half a millisecond). */
const quickProject = quickParser(ProjectSchema);

const fail = (code: LoadErrorCode, problems: Problem[] = [], message: string = LOAD_ERROR_TITLES[code]): LoadResult =>
  ({ ok: false, error: { code, message, problems } });

/** Load the text of a `.touchline` file. */
export function loadProjectText(text: string): LoadResult {
  // Cheap bound first: a UTF-16 length over the byte cap is always too large.
  if (text.length > MAX_FILE_BYTES) {
    return fail('too-large', [], `${LOAD_ERROR_TITLES['too-large']} (over ${MAX_FILE_BYTES / 1024 / 1024} MB).`);
  }
  // A UTF-8 byte-order mark is harmless (Windows editors add one): drop it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseJson(body);
  if (!parsed.ok) {
    const p = parsed.problem;
    if (p.kind === 'syntax') return fail('not-json', [{ path: `line ${p.line}, column ${p.column}`, message: p.message }], `${LOAD_ERROR_TITLES['not-json']} (${p.message}).`);
    if (p.kind === 'too-deep') return fail('invalid', [{ path: p.path, message: 'is nested deeper than any Touchline project' }]);
    return fail('invalid', [{ path: p.path, message: `the key "${p.key}" is not allowed` }]);
  }
  return loadProjectValue(parsed.value);
}

/**
 * Load an already-parsed envelope (also used to validate IPC payloads).
 * `previous`: a project this function returned before for the same document;
 * items unchanged since then are not parsed again (see recheck.ts).
 */
export function loadProjectValue(value: unknown, previous?: Project): LoadResult {
  if (!isRecord(value) || value.format !== FORMAT) {
    const why = isRecord(value) && 'format' in value ? `its format tag is ${JSON.stringify(value.format)?.slice(0, 40)}, not "${FORMAT}"` : 'it has no "format": "touchline" tag';
    return fail('not-touchline', [{ path: 'format', message: why }], `${LOAD_ERROR_TITLES['not-touchline']}: ${why}.`);
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('unsupported-version', [{ path: 'version', message: 'must be a whole number of 1 or more' }]);
  }
  if (version > CURRENT_VERSION) {
    return fail('too-new', [], `${LOAD_ERROR_TITLES['too-new']} (file format ${version}; this version reads up to ${CURRENT_VERSION}). Update Touchline to open it.`);
  }
  if (!isRecord(value.project)) return fail('invalid', [{ path: 'project', message: 'must be an object' }]);

  const migrated = migrate(value.project, version);
  if (!migrated.ok) return fail('migration-failed', [{ path: 'project', message: `step ${migrated.failedStep} failed: ${migrated.message}` }]);

  // Quick answers for valid projects first; zod for anything they are not sure of, and for the messages.
  const quick = (previous && recheckProject(migrated.project, previous)) ?? quickProject.parse(migrated.project);
  // reportInput: without it zod 4 leaves `issue.input` undefined and every wrong type reads as "is missing".
  const checked = quick ? { success: true as const, data: quick } : ProjectSchema.safeParse(migrated.project, { reportInput: true });
  if (!checked.success) return fail('invalid', zodProblems(checked.error));
  const inconsistencies = checkInvariants(checked.data);
  if (inconsistencies.length > 0) return fail('inconsistent', inconsistencies);
  return { ok: true, project: checked.data, migratedFrom: version < CURRENT_VERSION ? version : null, applied: migrated.applied };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `['journeys', 0, 'stages', 2, 'name']` → `journeys[0].stages[2].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

function zodProblems(error: z.ZodError, limit = 50): Problem[] {
  return error.issues.slice(0, limit).map((issue) => ({ path: formatPath(issue.path), message: friendlyMessage(issue) }));
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is missing (expected ${issue.expected})` : `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${issue.maximum} items` : issue.origin === 'string' ? `is longer than ${issue.maximum} characters` : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
