/**
 * Results crossing the IPC boundary. An error thrown through `invoke` reaches
 * the renderer as a bare string, so handlers return errors as values.
 */
import type { LoadError } from '../file/errors.ts';

export type AppErrorCode =
  | 'cancelled'
  | 'bad-request'
  | 'forbidden-sender'
  | 'unknown-path'
  | 'load-failed'
  | 'write-failed'
  | 'read-failed'
  /** The file changed on disk since it was opened or saved. */
  | 'conflict'
  | 'internal';

export interface AppError {
  code: AppErrorCode;
  /** A sentence for the user, naming the cause ("The disk is full."). */
  message: string;
  /** Present when code is `load-failed`. */
  load?: LoadError;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: AppErrorCode, message: string, load?: LoadError): Result<never> =>
  ({ ok: false, error: load ? { code, message, load } : { code, message } });
