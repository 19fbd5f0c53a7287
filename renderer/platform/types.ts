/**
 * The platform adapter: everything the UI needs from the outside world.
 * `desktop.ts` implements it over the Electron preload bridge,
 * `browser.ts` over the File System Access API or download/upload. The UI
 * never knows which one it has.
 */
import type { DraftInfo, ExportKind, MenuCommand, RestoredDraft } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import type { Project } from '../../shared/domain/model.ts';
import type { Role } from '../../shared/domain/vocab.ts';

/** Where a document lives: a path (desktop) or a file handle (browser), plus its display name. */
export interface FileRef {
  name: string;
  path?: string;
  handle?: FileSystemFileHandle;
}

export interface OpenedDocument {
  project: Project;
  file: FileRef;
  migratedFrom: number | null;
}

export interface RecentEntry { path: string; name: string }

/** Who is speaking in a workshop: kept in the user's preferences, not in the project. */
export interface IdentityPrefs { userName: string; role: Role }

export interface Platform {
  kind: 'desktop' | 'browser';
  /** Ask the user for a file and load it; `null` when they cancel. */
  open(recentPath?: string): Promise<Result<OpenedDocument | null>>;
  /**
   * Save to where the document already lives (asks where when it has no place yet; `null` if cancelled).
   * Desktop fails with `conflict` when the file changed on disk, unless `overwrite`.
   */
  save(project: Project, file: FileRef, options?: { overwrite?: boolean }): Promise<Result<FileRef | null>>;
  /** Re-read the open file from disk (desktop, after a save conflict). Absent where there is no path to re-read. */
  reload?(file: FileRef): Promise<Result<OpenedDocument>>;
  /** Ask where to save; `null` when they cancel. */
  saveAs(project: Project, suggestedName: string): Promise<Result<FileRef | null>>;
  /** Window title and unsaved-changes marker (desktop also guards closing). */
  setDocumentState(title: string, dirty: boolean, path: string | null): void;
  recentFiles(): Promise<RecentEntry[]>;
  /** Native menu commands (desktop only; the browser uses the in-app keymap). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenRecent(listener: (path: string) => void): () => void;
  /** The user chose Save in the close dialog: save, then call `closeWindow`. */
  onSaveAndClose(listener: () => void): () => void;
  closeWindow(): void;
  /** Save an export where the user chooses (desktop: a save dialog with the kind's extension; browser: a download). Null when cancelled. */
  exportFile(kind: ExportKind, suggestedName: string, data: string, encoding: 'utf8' | 'base64'): Promise<Result<{ name: string } | null>>;
  /**
   * Capture a region of the page as a base64 PNG through the DevTools
   * protocol — the fast path, desktop only. Null where the platform cannot
   * (the browser falls back to drawing the DOM).
   */
  capturePage: ((clip: { x: number; y: number; width: number; height: number }, scale: number) => Promise<Result<string>>) | null;
  /** Crash-recovery drafts (autosave). */
  drafts: {
    save(draftId: string, name: string, filePath: string | null, project: Project): Promise<Result<null>>;
    list(): Promise<Result<DraftInfo[]>>;
    restore(draftId: string): Promise<Result<RestoredDraft>>;
    discard(draftId: string): Promise<Result<null>>;
  };
  /** Who is speaking (name and role), remembered between sessions. Load never fails: it falls back to defaults. */
  preferences: {
    load(): Promise<IdentityPrefs>;
    save(patch: Partial<IdentityPrefs>): Promise<void>;
  };
}
