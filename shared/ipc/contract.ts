/**
 * THE typed IPC contract between the renderer and the main process. Every
 * invoke channel is listed once with the zod schema of its request and the
 * type of its result; every push from main is listed in `EVENTS`. The
 * preload's `window.touchline` API, the main process's handlers and the
 * renderer's types are all derived from this file.
 */
import { z } from 'zod';
import type { Project } from '../domain/model.ts';
import type { Preferences, RecentFile } from '../prefs/schema.ts';
import { PreferencesPatchSchema } from '../prefs/schema.ts';
import { MENU_COMMANDS } from '../keymap.ts';
import type { Result } from './result.ts';

const filePath = z.string().min(1).max(4096);
/** Projects are validated in full by the handler (schema + invariants). */
const projectPayload = z.unknown();

export interface OpenedProject {
  path: string;
  project: Project;
  /** The file's format version when it was older than this app's (it was upgraded). */
  migratedFrom: number | null;
}
export interface SavedFile { path: string; savedAt: string }
/** A crash-recovery draft kept in the app's data folder. */
export interface DraftInfo { draftId: string; name: string; savedAt: string; bytes: number; filePath: string | null }
export interface RestoredDraft { draftId: string; project: Project; filePath: string | null }
/** The formats File ▸ Export writes; the extension the save dialog offers follows from it. */
export const EXPORT_KINDS = ['png', 'json', 'roadmap-json', 'roadmap-csv', 'mermaid', 'canvas', 'decisions-md', 'decisions-csv'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export interface AppInfo { name: string; version: string; platform: string }

/** Declare a channel: request schema now, result type as a type argument. */
const channel = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

export const CHANNELS = {
  /** Show the Open dialog, or open `path` when it is one of the recent files. Null when cancelled. */
  'project:open': channel<OpenedProject | null>()(z.object({ path: filePath.optional() })),
  /**
   * Save to a path this window opened or saved before. Fails with `conflict`
   * when the file changed on disk since it was opened or saved (size, mtime,
   * content hash), unless `overwrite` is set after the user chose to.
   */
  'project:save': channel<SavedFile>()(z.object({ path: filePath, project: projectPayload, overwrite: z.boolean().optional() })),
  /** Re-read the file this window has open (after "Reload" in the conflict question). */
  'project:reload': channel<OpenedProject>()(z.object({ path: filePath })),
  /** Show the Save dialog and save there. Null when cancelled. */
  'project:saveAs': channel<SavedFile | null>()(z.object({ suggestedName: z.string().max(300), project: projectPayload })),
  'recent:list': channel<RecentFile[]>()(z.object({})),
  'recent:clear': channel<RecentFile[]>()(z.object({})),
  /**
   * Window title, unsaved-changes marker and the file shown (if saved anywhere). Main asks before
   * closing a dirty window, and a file opened from the OS that is already shown just focuses it.
   */
  'window:setDocumentState': channel<null>()(z.object({ title: z.string().max(400), dirty: z.boolean(), path: filePath.nullable().optional() })),
  /** Close the window now (after the renderer saved in answer to a close request). */
  'window:close': channel<null>()(z.object({})),
  'prefs:get': channel<Preferences>()(z.object({})),
  'prefs:set': channel<Preferences>()(PreferencesPatchSchema),
  'app:info': channel<AppInfo>()(z.object({})),
  /** Ask where to save an export (dialog with the kind's extension) and write it atomically. Null when cancelled. */
  'export:save': channel<SavedFile | null>()(z.object({
    kind: z.enum(EXPORT_KINDS),
    suggestedName: z.string().max(300),
    data: z.string().max(200 * 1024 * 1024),
    encoding: z.enum(['utf8', 'base64']),
  })),
  /** Capture a region of this window's page as PNG through the DevTools protocol (base64). */
  'export:capture': channel<string>()(z.object({
    clip: z.object({ x: z.number().finite(), y: z.number().finite(), width: z.number().positive().max(16384), height: z.number().positive().max(16384) }),
    scale: z.number().min(0.1).max(4),
  })),
  /** Write the open document to the recovery folder (autosave of drafts). */
  'recovery:saveDraft': channel<null>()(z.object({ draftId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), name: z.string().max(300), filePath: filePath.nullable(), project: projectPayload })),
  /** Drafts left by a crash, for the "restore your work?" question at start. */
  'recovery:list': channel<DraftInfo[]>()(z.object({})),
  'recovery:restore': channel<RestoredDraft>()(z.object({ draftId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) })),
  /** Remove a draft (after a save, a deliberate close, or "Discard"). */
  'recovery:discard': channel<null>()(z.object({ draftId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) })),
} as const;

export type ChannelName = keyof typeof CHANNELS;
export type RequestOf<C extends ChannelName> = z.infer<(typeof CHANNELS)[C]['request']>;
export type ResponseOf<C extends ChannelName> = (typeof CHANNELS)[C]['response'];

/** Commands the native menu sends to the renderer (labels and shortcuts in shared/keymap.ts). */
export { MENU_COMMANDS, type MenuCommand } from '../keymap.ts';

/** Pushes from main to the renderer. */
export const EVENTS = {
  'menu:command': z.object({ command: z.enum(MENU_COMMANDS) }),
  'menu:openRecent': z.object({ path: filePath }),
  /** The user chose Save in the "unsaved changes" dialog: save, then call window:close. */
  'app:saveAndClose': z.object({}),
} as const;
export type EventName = keyof typeof EVENTS;
export type EventPayload<E extends EventName> = z.infer<(typeof EVENTS)[E]>;

/** `project:open` → `projectOpen`: the method name on `window.touchline`. */
type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : never;
export function methodName<C extends ChannelName>(channelName: C): MethodName<C> {
  const [a, b] = channelName.split(':') as [string, string];
  return `${a}${b[0]!.toUpperCase()}${b.slice(1)}` as MethodName<C>;
}

/** The API the preload exposes as `window.touchline`: named methods only, no generic send. */
export type DesktopApi = {
  [C in ChannelName as MethodName<C>]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  /** Subscribe to a push from main; returns an unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
