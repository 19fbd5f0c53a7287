/**
 * User preferences (not part of any project): who is speaking in a workshop,
 * and recently opened files. Versioned and validated like project files; a
 * bad preferences file falls back to these defaults.
 */
import { z } from 'zod';
import { ROLES } from '../domain/vocab.ts';

export const PREFS_VERSION = 1;
export const MAX_RECENT = 10;

export const RecentFileSchema = z.object({
  path: z.string().min(1).max(4096),
  name: z.string().max(300),
  openedAt: z.string().max(40),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const PreferencesSchema = z.object({
  version: z.literal(PREFS_VERSION),
  userName: z.string().max(100),
  role: z.enum(ROLES.values),
  recentFiles: z.array(RecentFileSchema).max(MAX_RECENT),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

/** What the renderer may change (recent files are kept by the main process). */
export const PreferencesPatchSchema = PreferencesSchema.pick({ userName: true, role: true }).partial();
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = { version: PREFS_VERSION, userName: '', role: 'marketing', recentFiles: [] };

/** Put `file` first, drop older entries for the same path, keep at most MAX_RECENT. */
export function pushRecent(list: RecentFile[], file: RecentFile): RecentFile[] {
  return [file, ...list.filter((f) => f.path !== file.path)].slice(0, MAX_RECENT);
}
