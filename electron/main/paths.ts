/**
 * Locations of the built bundles, relative to the main bundle
 * (out/main/index.js) so they work in development and when packaged.
 */
import { fileURLToPath } from 'node:url';

export const rendererDir = (): string => fileURLToPath(new URL('../renderer/', import.meta.url));
export const preloadPath = (): string => fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** A `.touchline` path among command-line arguments (double-click on Windows/Linux, second instance). */
export function projectPathFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith('.touchline')) return arg;
  }
  return null;
}
