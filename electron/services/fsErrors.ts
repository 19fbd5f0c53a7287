/**
 * Plain-words explanations of file-system error codes. The user sees these
 * sentences in the app, so they name the cause, not the system call.
 */

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'The disk is full.',
  EDQUOT: 'Your disk quota is used up.',
  EACCES: 'Touchline is not allowed to write to this folder.',
  EPERM: 'Touchline is not allowed to write to this folder.',
  EROFS: 'The disk is read-only.',
  EIO: 'The disk reported an input/output error.',
  ENOENT: 'The folder does not exist any more.',
  ENOTDIR: 'Part of the path is not a folder.',
  EISDIR: 'There is a folder with that name.',
  EBUSY: 'The file is in use by another program.',
  EMFILE: 'Too many files are open; close some programs and try again.',
  ENFILE: 'Too many files are open; close some programs and try again.',
  ENAMETOOLONG: 'The file name or path is too long.',
  EFBIG: 'The file is too large for this disk.',
};

const READ_REASONS: Record<string, string> = {
  ENOENT: 'The file does not exist (it may have been moved or deleted).',
  EACCES: 'Touchline is not allowed to read this file.',
  EPERM: 'Touchline is not allowed to read this file.',
  EISDIR: 'This is a folder, not a file.',
  EIO: 'The disk reported an input/output error.',
  EBUSY: 'The file is in use by another program.',
  ENOTDIR: 'Part of the path is not a folder.',
  EMFILE: 'Too many files are open; close some programs and try again.',
  ENFILE: 'Too many files are open; close some programs and try again.',
  ENAMETOOLONG: 'The file name or path is too long.',
};

/** The `code` of a Node system error, or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function describeWriteError(error: unknown): string {
  const code = errorCode(error);
  return (code && WRITE_REASONS[code]) ?? `The file could not be written${code ? ` (${code})` : ''}.`;
}

export function describeReadError(error: unknown): string {
  const code = errorCode(error);
  return (code && READ_REASONS[code]) ?? `The file could not be read${code ? ` (${code})` : ''}.`;
}

export type WriteStep = 'open' | 'write' | 'flush' | 'backup' | 'rename';

/** Thrown by atomicWrite; `message` is the plain-words sentence for the user. */
export class FileWriteError extends Error {
  readonly code: string | undefined;
  readonly step: WriteStep;
  constructor(step: WriteStep, cause: unknown) {
    super(describeWriteError(cause), { cause });
    this.name = 'FileWriteError';
    this.code = errorCode(cause);
    this.step = step;
  }
}
