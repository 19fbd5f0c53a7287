/**
 * Which windows are ours, and which files each may save to. A window may
 * save only to paths it opened (dialog or recent list) or chose in Save As,
 * so a compromised renderer cannot overwrite arbitrary files via project:save.
 * Windows are keyed by their webContents id; this module knows nothing of Electron.
 */
import { resolve } from 'node:path';

export interface DocumentState { title: string; dirty: boolean }

interface Entry {
  paths: Set<string>;
  document: DocumentState;
  /** Set once the user agreed to close (or the renderer saved); skips the unsaved-changes prompt. */
  closeApproved: boolean;
}

export class WindowRegistry {
  readonly #windows = new Map<number, Entry>();

  add(id: number): void {
    this.#windows.set(id, { paths: new Set(), document: { title: '', dirty: false }, closeApproved: false });
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

  allowPath(id: number, path: string): void {
    this.#windows.get(id)?.paths.add(resolve(path));
  }
  canSaveTo(id: number, path: string): boolean {
    return this.#windows.get(id)?.paths.has(resolve(path)) ?? false;
  }

  setDocumentState(id: number, state: DocumentState): void {
    const entry = this.#windows.get(id);
    if (entry) entry.document = { ...state };
  }
  documentState(id: number): DocumentState | undefined {
    const entry = this.#windows.get(id);
    return entry && { ...entry.document };
  }

  approveClose(id: number, approved = true): void {
    const entry = this.#windows.get(id);
    if (entry) entry.closeApproved = approved;
  }
  isCloseApproved(id: number): boolean {
    return this.#windows.get(id)?.closeApproved ?? false;
  }
}
