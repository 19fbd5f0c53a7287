/** Read and load one project file; the shared loader does all the checking. */
import type { Project } from '../../shared/domain/model.ts';
import type { LoadError } from '../../shared/file/errors.ts';
import { loadProjectText } from '../../shared/file/load.ts';
import { readFailure, type CliIo } from './io.ts';

export type FileResult =
  | { ok: true; project: Project }
  | { ok: false; readError: string }
  | { ok: false; loadError: LoadError };

export async function loadFile(io: CliIo, path: string): Promise<FileResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return { ok: false, readError: readFailure(error) };
  }
  const loaded = loadProjectText(text);
  return loaded.ok ? { ok: true, project: loaded.project } : { ok: false, loadError: loaded.error };
}

/** Every problem as `FILE: PATH: what is wrong`, or `FILE: message` when there are no details. */
export function problemLines(path: string, result: Exclude<FileResult, { ok: true }>): string[] {
  if ('readError' in result) return [`${path}: ${result.readError}`];
  const { message, problems } = result.loadError;
  if (problems.length === 0) return [`${path}: ${oneLine(message)}`];
  // The JSON problem repeats its position in the message ("not valid JSON at line 4, column 3: …"); say it once.
  return problems.map((p) => `${path}: ${p.path}: ${oneLine(p.message.replace(` at ${p.path}:`, ':'))}`);
}

/** A single line summarising why a file could not be used. */
export function summaryLine(path: string, result: Exclude<FileResult, { ok: true }>): string {
  if ('readError' in result) return `${path}: ${result.readError}`;
  const { message, problems } = result.loadError;
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}; run "touchline validate" for all)` : '';
  return first ? `${path}: ${oneLine(message)}: ${first.path}: ${oneLine(first.message)}${more}` : `${path}: ${oneLine(message)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
