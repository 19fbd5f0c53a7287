/**
 * File access for the CLI: a size check before reading (a hostile or
 * mistaken 5 GB file must not be pulled into memory), then UTF-8 text.
 * Failures are `CliFileError`s with a one-line reason, never stack traces.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../../shared/file/format.ts';

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Read a file as text; throws `CliFileError` (or any Error) when it cannot. */
  readFile(path: string): Promise<string>;
}

export class CliFileError extends Error {
  override name = 'CliFileError';
}

/** Read a project file with the size cap applied before a single byte is read. */
export async function readProjectFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliFileError('is a folder, not a file');
    size = info.size;
  } catch (error) {
    throw error instanceof CliFileError ? error : new CliFileError(describeFsError(error));
  }
  if (size > MAX_FILE_BYTES) {
    throw new CliFileError(`is too large to be a Touchline project (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliFileError(describeFsError(error));
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'file not found';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENAMETOOLONG': return 'the file name is too long';
    default: return `cannot be read${typeof code === 'string' ? ` (${code})` : ''}`;
  }
}

/** One-line reason from anything a `readFile` implementation may throw. */
export function readFailure(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] || 'cannot be read';
  return 'cannot be read';
}

/** The default I/O: process streams and the size-checked reader. */
export const processIo: CliIo = {
  stdout: (line) => { process.stdout.write(`${line}\n`); },
  stderr: (line) => { process.stderr.write(`${line}\n`); },
  readFile: readProjectFile,
};
