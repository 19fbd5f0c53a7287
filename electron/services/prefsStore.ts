/**
 * Preferences on disk (electron-store), cached in memory. A damaged or
 * foreign config file is moved aside before the store opens it — the store
 * would otherwise throw or silently keep bad values — and the app is told
 * once, so it can let the user know their settings were reset.
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences, type PreferencesPatch } from '../../shared/prefs/schema.ts';

/** The part of electron-store (Conf) this service uses. */
export interface PrefsBackend { store: Record<string, unknown> }
export type CreateBackend = (cwd: string) => Promise<PrefsBackend>;

export interface RecoveryNotice { recovered: true; movedTo: string }

export interface OpenPrefsOptions {
  /** Folder of config.json: app.getPath('userData') in the app, a temp dir in tests. */
  cwd: string;
  createBackend?: CreateBackend;
  now?: () => Date;
  log?: (message: string, error?: unknown) => void;
}

export const CONFIG_FILE = 'config.json';

const electronStoreBackend: CreateBackend = async (cwd) => {
  // Imported lazily: electron-store loads `electron` at import time.
  const { default: Store } = await import('electron-store');
  return new Store<Record<string, unknown>>({ cwd, name: 'config' });
};

export class PrefsService {
  #cache: Preferences;
  #notice: RecoveryNotice | null;
  readonly #backend: PrefsBackend;
  readonly #log: (message: string, error?: unknown) => void;
  readonly #listeners = new Set<(prefs: Preferences) => void>();

  private constructor(backend: PrefsBackend, initial: Preferences, notice: RecoveryNotice | null, log: OpenPrefsOptions['log']) {
    this.#backend = backend;
    this.#cache = initial;
    this.#notice = notice;
    this.#log = log ?? (() => undefined);
  }

  static async open({ cwd, createBackend = electronStoreBackend, now = () => new Date(), log }: OpenPrefsOptions): Promise<PrefsService> {
    const notice = await quarantineIfInvalid(cwd, now());
    let backend: PrefsBackend;
    try {
      backend = await createBackend(cwd);
    } catch (error) {
      // Unreadable folder and the like: run with in-memory preferences rather than not at all.
      log?.('Preferences could not be opened; using defaults for this session.', error);
      backend = { store: {} };
    }
    const parsed = PreferencesSchema.safeParse(backend.store);
    return new PrefsService(backend, parsed.success ? parsed.data : structuredClone(DEFAULT_PREFERENCES), notice, log);
  }

  get(): Preferences {
    return structuredClone(this.#cache);
  }

  set(patch: PreferencesPatch): Preferences {
    // `{ userName: undefined }` means "no change", not "erase".
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return this.update((current) => ({ ...current, ...defined }));
  }

  /** Replace the preferences with `change(current)`; the result must pass the schema. */
  update(change: (current: Preferences) => Preferences): Preferences {
    const next = PreferencesSchema.parse(change(this.get()));
    this.#cache = next;
    try {
      this.#backend.store = structuredClone(next);
    } catch (error) {
      // Keep the change for this session; the next successful write persists it.
      this.#log('Preferences could not be written.', error);
    }
    for (const listener of this.#listeners) listener(this.get());
    return this.get();
  }

  onChange(listener: (prefs: Preferences) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The recovery report, once; null afterwards or when nothing was recovered. */
  takeRecoveryNotice(): RecoveryNotice | null {
    const notice = this.#notice;
    this.#notice = null;
    return notice;
  }
}

async function quarantineIfInvalid(cwd: string, now: Date): Promise<RecoveryNotice | null> {
  const file = join(cwd, CONFIG_FILE);
  let text: string;
  try {
    text = await nodeFs.readFile(file, 'utf8');
  } catch {
    // Missing (first run) or unreadable: nothing to move; an unreadable file makes
    // the store fail to open and the service falls back to memory.
    return null;
  }
  if (isValidPreferencesText(text)) return null;
  const movedTo = join(cwd, `config.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  await nodeFs.rename(file, movedTo);
  return { recovered: true, movedTo };
}

export function isValidPreferencesText(text: string): boolean {
  try {
    return PreferencesSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}
