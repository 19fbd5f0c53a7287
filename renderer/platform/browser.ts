/**
 * Browser mode: the same app in a plain browser tab, for a facilitator whose
 * laptop cannot run the desktop app. Files are opened and saved through the
 * File System Access API where the browser has it (so Save writes back to the
 * same file), and by upload/download everywhere else.
 */
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import { formatLoadError } from '../../shared/file/errors.ts';
import { loadProjectText } from '../../shared/file/load.ts';
import type { Project } from '../../shared/domain/model.ts';
import { serializeFileOffThread } from './serializeOffThread.ts';
import { err, ok, type Result } from '../../shared/ipc/result.ts';
import { DEFAULT_PREFERENCES, PreferencesSchema } from '../../shared/prefs/schema.ts';
import { createBrowserDrafts } from './browserDrafts.ts';
import type { FileRef, IdentityPrefs, OpenedDocument, Platform } from './types.ts';

const PICKER_TYPES = [{ description: 'Touchline project', accept: { 'application/json': [`.${FILE_EXTENSION}`] } }];

interface FsAccessWindow {
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandle>;
}

export function createBrowserPlatform(win: Window & FsAccessWindow = window): Platform {
  const hasFsAccess = typeof win.showOpenFilePicker === 'function' && typeof win.showSaveFilePicker === 'function';
  const noop = () => () => {};
  return {
    kind: 'browser',
    async open() {
      try {
        if (hasFsAccess) {
          const [handle] = await win.showOpenFilePicker!({ types: PICKER_TYPES, multiple: false });
          if (!handle) return ok(null);
          return readDocument(await handle.getFile(), { name: handle.name, handle });
        }
        const file = await pickFileByUpload(win.document);
        return file ? readDocument(file, { name: file.name }) : ok(null);
      } catch (error) {
        return isAbort(error) ? ok(null) : err('read-failed', `The file could not be read: ${describe(error)}`);
      }
    },
    async save(project, file) {
      if (!file.handle) return downloadAs(win.document, project, file.name);
      return writeToHandle(file.handle, project);
    },
    async saveAs(project, suggestedName) {
      if (!hasFsAccess) return downloadAs(win.document, project, suggestedName);
      try {
        const handle = await win.showSaveFilePicker!({ suggestedName, types: PICKER_TYPES });
        return writeToHandle(handle, project);
      } catch (error) {
        return isAbort(error) ? ok(null) : err('write-failed', `The file could not be saved: ${describe(error)}`);
      }
    },
    setDocumentState(title) { win.document.title = title; },
    recentFiles: async () => [],
    onMenuCommand: noop,
    onOpenRecent: noop,
    onSaveAndClose: noop,
    closeWindow() {},
    async exportFile(_kind, suggestedName, data, encoding) {
      const bytes = encoding === 'base64' ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : data;
      download(win.document, new Blob([bytes]), suggestedName);
      return ok({ name: suggestedName });
    },
    capturePage: null,
    drafts: createBrowserDrafts(win),
    preferences: {
      load: async () => readIdentity(win),
      async save(patch) {
        try {
          win.localStorage.setItem(IDENTITY_KEY, JSON.stringify({ ...readIdentity(win), ...patch }));
        } catch {
          // Storage full or blocked: the name still holds for this session.
        }
      },
    },
  };
}

const IDENTITY_KEY = 'touchline.identity';

/** Who is speaking, from local storage; anything missing or malformed falls back to the defaults. */
function readIdentity(win: Window): IdentityPrefs {
  const fallback: IdentityPrefs = { userName: DEFAULT_PREFERENCES.userName, role: DEFAULT_PREFERENCES.role };
  try {
    const raw: unknown = JSON.parse(win.localStorage.getItem(IDENTITY_KEY) ?? 'null');
    const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const userName = PreferencesSchema.shape.userName.safeParse(value.userName);
    const role = PreferencesSchema.shape.role.safeParse(value.role);
    return { userName: userName.success ? userName.data : fallback.userName, role: role.success ? role.data : fallback.role };
  } catch {
    return fallback;
  }
}

async function readDocument(file: File, ref: FileRef): Promise<Result<OpenedDocument>> {
  const loaded = loadProjectText(await file.text());
  if (!loaded.ok) return err('load-failed', formatLoadError(loaded.error), loaded.error);
  return ok({ project: loaded.project, file: ref, migratedFrom: loaded.migratedFrom });
}

async function writeToHandle(handle: FileSystemFileHandle, project: Project): Promise<Result<FileRef>> {
  try {
    const file = await serializeFileOffThread(project);
    // createWritable writes to a swap file and replaces the original only on close(): a failed save leaves it intact.
    const writable = await handle.createWritable();
    await writable.write(file);
    await writable.close();
    return ok({ name: handle.name, handle });
  } catch (error) {
    return err('write-failed', `The file could not be saved: ${describe(error)}`);
  }
}

async function downloadAs(doc: Document, project: Project, name: string): Promise<Result<FileRef>> {
  const fileName = name.endsWith(`.${FILE_EXTENSION}`) ? name : `${name}.${FILE_EXTENSION}`;
  download(doc, await serializeFileOffThread(project), fileName);
  return ok({ name: fileName });
}

function download(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFileByUpload(doc: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = `.${FILE_EXTENSION},application/json`;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
