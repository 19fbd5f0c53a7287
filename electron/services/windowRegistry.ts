/**
 * Which windows are ours, and which files each may save to. A window may
 * save only to paths it opened (dialog or recent list) or chose in Save As,
 * so a compromised renderer cannot overwrite arbitrary files via project:save.
 * Windows are keyed by their webContents id; this module knows nothing of Electron.
 * Each allowed path also carries the identity (size, mtime, hash) the file
 * had when this window last opened or saved it, for the conflict check.
 */
import { resolve } from 'node:path';
import type { Project } from '../../shared/domain/model.ts';
import type { FileIdentity } from './fileIdentity.ts';

export interface DocumentState { title: string; dirty: boolean; path?: string | null }

interface Entry {
  /** Allowed paths → the file's identity when last opened or saved here (null: unknown). */
  paths: Map<string, FileIdentity | null>;
  document: DocumentState;
  /** Set once the user agreed to close (or the renderer saved); skips the unsaved-changes prompt. */
  closeApproved: boolean;
  /** The project this window last opened or had checked, as the schema returned it. */
  checked?: Project;
}

export class WindowRegistry {
  readonly #windows = new Map<number, Entry>();

  add(id: number): void {
    this.#windows.set(id, { paths: new Map(), document: { title: '', dirty: false }, closeApproved: false });
  }
  remove(id: number): void {
    this.#windows.delete(id);
  }
  has(id: number): boolean {
    return this.#windows.has(id);
  }
  ids(): number[] {
    return [...this.#windows.keys()];
  }

  /** Let the window save to `path`; `identity` is what the file looked like just now (omit: keep what is known). */
  allowPath(id: number, path: string, identity?: FileIdentity | null): void {
    const paths = this.#windows.get(id)?.paths;
    if (!paths) return;
    const key = resolve(path);
    paths.set(key, identity !== undefined ? identity : paths.get(key) ?? null);
  }
  /** The identity recorded for an allowed path; null when unknown or not allowed. */
  identityOf(id: number, path: string): FileIdentity | null {
    return this.#windows.get(id)?.paths.get(resolve(path)) ?? null;
  }
  canSaveTo(id: number, path: string): boolean {
    return this.#windows.get(id)?.paths.has(resolve(path)) ?? false;
  }

  setDocumentState(id: number, state: DocumentState): void {
    const entry = this.#windows.get(id);
    if (entry) entry.document = { ...state };
  }
  /** True when the window shows the file at `path` (as last reported by its renderer). */
  isShowing(id: number, path: string): boolean {
    const shown = this.#windows.get(id)?.document.path;
    return typeof shown === 'string' && resolve(shown) === resolve(path);
  }
  documentState(id: number): DocumentState | undefined {
    const entry = this.#windows.get(id);
    return entry && { ...entry.document };
  }

  /** What the window's next project is checked against: only what changed since is parsed again. */
  checkedProject(id: number): Project | undefined {
    return this.#windows.get(id)?.checked;
  }
  rememberChecked(id: number, project: Project): void {
    const entry = this.#windows.get(id);
    if (entry) entry.checked = project;
  }

  approveClose(id: number, approved = true): void {
    const entry = this.#windows.get(id);
    if (entry) entry.closeApproved = approved;
  }
  isCloseApproved(id: number): boolean {
    return this.#windows.get(id)?.closeApproved ?? false;
  }
}
