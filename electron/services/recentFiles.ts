/**
 * The recent-files list, kept in preferences. Opening a path from the
 * renderer is allowed only when it is on this list (see projectIpc).
 */
import { basename, extname, resolve } from 'node:path';
import { pushRecent, RecentFileSchema, type RecentFile } from '../../shared/prefs/schema.ts';
import type { PrefsService } from './prefsStore.ts';

export class RecentFiles {
  readonly #prefs: PrefsService;
  readonly #now: () => Date;

  constructor(prefs: PrefsService, now: () => Date = () => new Date()) {
    this.#prefs = prefs;
    this.#now = now;
  }

  list(): RecentFile[] {
    return this.#prefs.get().recentFiles;
  }

  has(path: string): boolean {
    const wanted = resolve(path);
    return this.list().some((file) => resolve(file.path) === wanted);
  }

  add(path: string): RecentFile[] {
    const absolute = resolve(path);
    const entry = { path: absolute, name: basename(absolute, extname(absolute)).slice(0, 300), openedAt: this.#now().toISOString() };
    // A path the schema refuses (absurdly long) is simply not remembered.
    if (!RecentFileSchema.safeParse(entry).success) return this.list();
    return this.#prefs.update((p) => ({ ...p, recentFiles: pushRecent(p.recentFiles, entry) })).recentFiles;
  }

  remove(path: string): RecentFile[] {
    const unwanted = resolve(path);
    return this.#prefs.update((p) => ({ ...p, recentFiles: p.recentFiles.filter((f) => resolve(f.path) !== unwanted) })).recentFiles;
  }

  clear(): RecentFile[] {
    return this.#prefs.update((p) => ({ ...p, recentFiles: [] })).recentFiles;
  }

  onChange(listener: (files: RecentFile[]) => void): () => void {
    return this.#prefs.onChange((p) => listener(p.recentFiles));
  }
}
