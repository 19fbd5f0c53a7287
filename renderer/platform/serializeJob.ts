/**
 * What the serialising worker does with one request (serializeWorker.ts runs it; the tests run it
 * in a stand-in worker). A file is made here as well, not on the window's thread: turning 5 MB of
 * text into a file's UTF-8 bytes took some 30 ms of a save at 5,000 cards, in one task there.
 */
import type { Project } from '../../shared/domain/model.ts';
import { serializeProject } from '../../shared/file/save.ts';

export const PROJECT_FILE_TYPE = 'application/json';

export interface SerializeRequest { id: number; project: Project; as: 'text' | 'file' }
export type SerializeReply = { id: number; ok: true; result: string | Blob } | { id: number; ok: false; message: string };

/** The file text (for drafts) or a file to write or download, made from `project`. */
export function serialized(project: Project, as: SerializeRequest['as']): string | Blob {
  const text = serializeProject(project);
  return as === 'text' ? text : new Blob([text], { type: PROJECT_FILE_TYPE });
}

export function runSerializeJob({ id, project, as }: SerializeRequest): SerializeReply {
  try {
    return { id, ok: true, result: serialized(project, as) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
