/**
 * What the serialising worker does (serializeWorker.ts runs it; the tests run it in a stand-in
 * worker), and how a project is handed to it. A file is made here as well, not on the window's
 * thread: turning 5 MB of text into a file's UTF-8 bytes took some 30 ms of a save at 5,000 cards,
 * in one task there. And a big project goes over in parts, one message each, so copying it into
 * the worker (a structured clone, on the sending thread) is many short tasks, not one long one.
 */
import type { Journey, Project } from '../../shared/domain/model.ts';
import { serializeProject } from '../../shared/file/save.ts';

const PROJECT_FILE_TYPE = 'application/json';

export interface SerializeRequest { id: number; project: Project; as: 'text' | 'file' }
export type SerializeReply = { id: number; ok: true; result: string | Blob } | { id: number; ok: false; message: string };

/** The file text (for drafts) or a file to write or download, made from `project`. */
export function serialized(project: Project, as: SerializeRequest['as']): string | Blob {
  const text = serializeProject(project);
  return as === 'text' ? text : new Blob([text], { type: PROJECT_FILE_TYPE });
}

function runSerializeJob({ id, project, as }: SerializeRequest): SerializeReply {
  try {
    return { id, ok: true, result: serialized(project, as) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A journey's lists longer than this go to the worker in parts of this many items. */
export const PART_SIZE = 1000;

export interface ProjectPart { journey: number; list: string; items: unknown[] }

/** The messages of one request: the project without its long lists, the lists' parts in order, then what to make. */
export type SerializeMessage =
  | { id: number; kind: 'start'; project: Project }
  | ({ id: number; kind: 'part' } & ProjectPart)
  | { id: number; kind: 'end'; as: SerializeRequest['as'] };

/** `project` with every journey list longer than `size` emptied, and those lists' items in parts. */
export function inParts(project: Project, size = PART_SIZE): { skeleton: Project; parts: ProjectPart[] } {
  const parts: ProjectPart[] = [];
  const journeys = project.journeys.map((journey, j) => {
    const lighter: Record<string, unknown> = { ...journey };
    for (const [list, value] of Object.entries(journey)) {
      if (!Array.isArray(value) || value.length <= size) continue;
      lighter[list] = [];
      for (let from = 0; from < value.length; from += size) parts.push({ journey: j, list, items: value.slice(from, from + size) });
    }
    return lighter as unknown as Journey;
  });
  return { skeleton: { ...project, journeys }, parts };
}

/** The worker's side: puts each request's project back together, and answers when it is whole. */
export class PartsCollector {
  private readonly building = new Map<number, Project>();

  receive(message: SerializeMessage): SerializeReply | null {
    if (message.kind === 'start') {
      this.building.set(message.id, message.project);
      return null;
    }
    const project = this.building.get(message.id);
    if (!project) return { id: message.id, ok: false, message: 'the project was not handed over whole' };
    if (message.kind === 'part') {
      const list = (project.journeys[message.journey] as unknown as Record<string, unknown[]>)[message.list]!;
      for (const item of message.items) list.push(item);
      return null;
    }
    this.building.delete(message.id);
    return runSerializeJob({ id: message.id, project, as: message.as });
  }
}
