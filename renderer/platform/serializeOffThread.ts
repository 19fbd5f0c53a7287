/**
 * Serialise a project in a worker when the page can start one, else right
 * here. Either way the text is the same (`serializeProject`); the worker only
 * moves the work off the thread that paints and answers the user.
 */
import type { Project } from '../../shared/domain/model.ts';
import { serializeProject } from '../../shared/file/save.ts';

type Reply = { id: number; ok: true; text: string } | { id: number; ok: false; message: string };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./serializeWorker.ts', import.meta.url), { type: 'module', name: 'serialise' });
    started.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.text);
      else waiting?.reject(new Error(reply.message));
    };
    // A worker that cannot start (a policy, a missing file): finish what waits here, and stop using workers.
    started.onerror = () => {
      worker = null;
      for (const [, waiting] of pending) waiting.reject(new Error('worker failed'));
      pending.clear();
    };
    return started;
  } catch {
    return null;
  }
}

export async function serializeOffThread(project: Project): Promise<string> {
  if (worker === undefined) worker = startWorker();
  const running = worker;
  if (!running) return serializeProject(project);
  try {
    return await new Promise<string>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      running.postMessage({ id, project });
    });
  } catch {
    // The worker failed, or the schema refused the project: serialising here gives the text or the very same error.
    return serializeProject(project);
  }
}
