/**
 * The envelope of a `.touchline` file:
 * `{ "format": "touchline", "version": N, "app": "...", "project": {...} }`.
 */
export const FORMAT = 'touchline';
export const FILE_EXTENSION = 'touchline';
/** The version this build writes. Older files are migrated up to it on load. */
export const CURRENT_VERSION = 1;
/** Files larger than this are refused before parsing (bytes of UTF-8 text). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Deeper nesting than this is never produced by Touchline; refuse it. */
export const MAX_DEPTH = 64;
export const APP_NAME = 'Touchline';
