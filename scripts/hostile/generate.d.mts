import type { LoadErrorCode } from '../../shared/file/errors.ts';

export interface HostileFile {
  name: string;
  /** The LoadError code the loader must return, or 'accepted' (a documented case that loads). */
  expect: LoadErrorCode | 'accepted';
  /** A pattern the user-facing text (sentence + problem lines) must match. */
  mention: string;
  make(): string | Uint8Array;
}
export declare const SMALL: HostileFile[];
export declare const BIG: HostileFile[];
export declare const DATA_URL: string;
export declare const RTL_EMOJI: string;
export declare function writeCorpus(dir: string, entries: HostileFile[]): string[];
