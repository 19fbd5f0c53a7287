/**
 * Why a file could not be opened. Every code has one sentence a workshop
 * facilitator understands; `problems` adds the details (path + what is wrong).
 */
import type { Problem } from '../domain/invariants.ts';

export type LoadErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-touchline'
  | 'too-new'
  | 'unsupported-version'
  | 'invalid'
  | 'inconsistent'
  | 'migration-failed';

export interface LoadError {
  code: LoadErrorCode;
  /** One sentence for the user, e.g. "This file was made by a newer Touchline (format 3)." */
  message: string;
  problems: Problem[];
}

export const LOAD_ERROR_TITLES: Record<LoadErrorCode, string> = {
  'too-large': 'The file is too large to be a Touchline project',
  'not-json': 'The file is damaged: it is not valid JSON',
  'not-touchline': 'This is not a Touchline project file',
  'too-new': 'This file was made by a newer Touchline',
  'unsupported-version': 'This file has a format version Touchline does not know',
  invalid: 'The project file holds values Touchline cannot accept',
  inconsistent: 'The project file refers to things that are not in it',
  'migration-failed': 'The project file could not be upgraded to this version of Touchline',
};

/** Typed error for code paths that must throw (the CLI and fuzz tests catch exactly this). */
export class ProjectLoadError extends Error {
  readonly detail: LoadError;
  constructor(detail: LoadError) {
    super(formatLoadError(detail));
    this.name = 'ProjectLoadError';
    this.detail = detail;
  }
}

/** Human text: the sentence, then up to `limit` problems, one per line. */
export function formatLoadError(error: LoadError, limit = 10): string {
  const lines = [error.message];
  for (const p of error.problems.slice(0, limit)) lines.push(`${p.path}: ${p.message}`);
  if (error.problems.length > limit) lines.push(`…and ${error.problems.length - limit} more problems`);
  return lines.join('\n');
}
