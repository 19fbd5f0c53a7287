/** The desktop platform: the ONLY module that touches `window.touchline`. */
import type { DesktopApi } from '../../shared/ipc/contract.ts';
import { err, ok } from '../../shared/ipc/result.ts';
import { DEFAULT_PREFERENCES } from '../../shared/prefs/schema.ts';
import type { Platform } from './types.ts';

declare global {
  interface Window { touchline?: DesktopApi }
}

export function hasDesktopBridge(): boolean {
  return typeof window !== 'undefined' && window.touchline !== undefined;
}

export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    async open(recentPath) {
      const result = await api.projectOpen(recentPath ? { path: recentPath } : {});
      if (!result.ok || result.value === null) return result.ok ? ok(null) : result;
      const { path, project, migratedFrom } = result.value;
      return ok({ project, migratedFrom, file: { path, name: baseName(path) } });
    },
    async save(project, file, options) {
      if (!file.path) return this.saveAs(project, file.name);
      const result = await api.projectSave({ path: file.path, project, ...(options?.overwrite ? { overwrite: true } : {}) });
      return result.ok ? ok({ path: result.value.path, name: baseName(result.value.path) }) : result;
    },
    async reload(file) {
      if (!file.path) return err('unknown-path', 'This map has not been saved to a file yet.');
      const result = await api.projectReload({ path: file.path });
      if (!result.ok) return result;
      const { path, project, migratedFrom } = result.value;
      return ok({ project, migratedFrom, file: { path, name: baseName(path) } });
    },
    async saveAs(project, suggestedName) {
      const result = await api.projectSaveAs({ suggestedName, project });
      if (!result.ok || result.value === null) return result.ok ? ok(null) : result;
      return ok({ path: result.value.path, name: baseName(result.value.path) });
    },
    setDocumentState(title, dirty, path) {
      // The main process titles the window; setting `document.title` too would only cost the
      // renderer a title update (about a millisecond in Chromium) on every change of state.
      void api.windowSetDocumentState({ title, dirty, path });
    },
    async recentFiles() {
      const result = await api.recentList({});
      return result.ok ? result.value.map((f) => ({ path: f.path, name: f.name })) : [];
    },
    onMenuCommand: (listener) => api.on('menu:command', ({ command }) => listener(command)),
    onOpenRecent: (listener) => api.on('menu:openRecent', ({ path }) => listener(path)),
    onSaveAndClose: (listener) => api.on('app:saveAndClose', () => listener()),
    closeWindow: () => void api.windowClose({}),
    async exportFile(kind, suggestedName, data, encoding) {
      const result = await api.exportSave({ kind, suggestedName, data, encoding });
      if (!result.ok || result.value === null) return result.ok ? ok(null) : result;
      return ok({ name: baseName(result.value.path) });
    },
    capturePage: (clip, scale) => api.exportCapture({ clip, scale }),
    drafts: {
      save: (draftId, name, filePath, project) => api.recoverySaveDraft({ draftId, name, filePath, project }),
      list: () => api.recoveryList({}),
      restore: (draftId) => api.recoveryRestore({ draftId }),
      discard: (draftId) => api.recoveryDiscard({ draftId }),
    },
    preferences: {
      async load() {
        const result = await api.prefsGet({}).catch(() => null);
        const prefs = result?.ok ? result.value : DEFAULT_PREFERENCES;
        return { userName: prefs.userName, role: prefs.role };
      },
      async save(patch) {
        await api.prefsSet(patch).catch(() => null);
      },
    },
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
