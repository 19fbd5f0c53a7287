/**
 * Serialise a project in a worker when the page can start one, else right
 * here. Either way the text is the same (`serializeProject`); the worker only
 * moves the work off the thread that paints and answers the user.
 */
import type { Project } from '../../shared/domain/model.ts';
import { inParts, serialized, type SerializeMessage, type SerializeReply, type SerializeRequest } from './serializeJob.ts';

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(result: string | Blob): void; reject(error: Error): void }>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./serializeWorker.ts', import.meta.url), { type: 'module', name: 'serialise' });
    started.onmessage = (event: MessageEvent<SerializeReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.result);
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

/** The file text of `project` (what a draft keeps). */
export function serializeOffThread(project: Project): Promise<string> {
  return serializeAs(project, 'text') as Promise<string>;
}

/** A file of `project` to write or download: the same text, already encoded, so the window's thread does not encode it. */
export function serializeFileOffThread(project: Project): Promise<Blob> {
  return serializeAs(project, 'file') as Promise<Blob>;
}

async function serializeAs(project: Project, as: SerializeRequest['as']): Promise<string | Blob> {
  if (worker === undefined) worker = startWorker();
  const running = worker;
  if (!running) return serialized(project, as);
  const id = nextId++;
  const done = new Promise<string | Blob>((resolve, reject) => pending.set(id, { resolve, reject }));
  // The worker may fail while the parts are still going over: that is handled below, not unhandled meanwhile.
  done.catch(() => undefined);
  try {
    await handOver(running, id, project, as);
    return await done;
  } catch {
    pending.delete(id);
    // The worker failed, or the schema refused the project: serialising here gives the result or the very same error.
    return serialized(project, as);
  }
}

/** Send `project` to the worker in parts, each in a task of its own (see serializeJob.ts). */
async function handOver(running: Worker, id: number, project: Project, as: SerializeRequest['as']): Promise<void> {
  const send = (message: SerializeMessage) => running.postMessage(message);
  const { skeleton, parts } = inParts(project);
  send({ id, kind: 'start', project: skeleton });
  for (const part of parts) {
    await nextTask();
    send({ id, kind: 'part', ...part });
  }
  send({ id, kind: 'end', as });
}

/** Resolves in a new task. A message, not a timer: timers in a hidden tab wait a second or more. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
