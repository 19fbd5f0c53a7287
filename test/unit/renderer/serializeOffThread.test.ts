// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../../shared/file/save.ts';
import { inParts, PartsCollector, PART_SIZE, type SerializeMessage } from '../../../renderer/platform/serializeJob.ts';
import { generateProject } from '../../../bench/generate.ts';
import { richProject } from '../../helpers/builders.ts';

/** Jobs the stand-in worker finished, so a test can tell the work really left the calling thread. */
let jobs = 0;
/** What the worker itself sent back last (a file must be made there, not after it on the calling thread). */
let lastResult: unknown;
/** Messages it was sent, and how many of them the sender sent without yielding since the one before. */
let messages = 0;
let sameTask = 0;

/** A stand-in for the browser's Worker: the worker's own collector, answering on a later turn, like a thread would. */
function fakeWorker(behaviour: 'works' | 'fails to start') {
  return class {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    private readonly collector = new PartsCollector();
    private sending = false;
    postMessage(data: SerializeMessage) {
      messages++;
      // Still set when the sender has not yielded since its last message (no microtask checkpoint between).
      if (this.sending) sameTask++;
      this.sending = true;
      queueMicrotask(() => { this.sending = false; });
      setTimeout(() => {
        if (behaviour === 'fails to start') return this.onerror?.();
        // The structured clone a real worker receives: a plain copy, not the same objects.
        const reply = this.collector.receive(structuredClone(data));
        if (reply) {
          jobs++;
          lastResult = reply.ok ? reply.result : undefined;
          this.onmessage?.({ data: reply });
        }
      }, 0);
    }
  };
}

async function freshModule() {
  vi.resetModules();
  return import('../../../renderer/platform/serializeOffThread.ts');
}

afterEach(() => vi.unstubAllGlobals());

describe('serializeOffThread (saving a big map without holding up the window)', () => {
  it('gives exactly the file text serializeProject gives, through a worker', async () => {
    vi.stubGlobal('Worker', fakeWorker('works'));
    const { serializeOffThread } = await freshModule();
    const project = richProject();
    jobs = 0;
    expect(await serializeOffThread(project)).toBe(serializeProject(project));
    expect(jobs).toBe(1); // the text came from the worker, not from serialising here
  });

  it('hands a big project over in parts, a message each in a task of its own, and gets back the same text', async () => {
    vi.stubGlobal('Worker', fakeWorker('works'));
    const { serializeOffThread } = await freshModule();
    const project = generateProject(2500);
    const { parts } = inParts(project);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(part.items.length).toBeLessThanOrEqual(PART_SIZE);
    jobs = 0;
    messages = 0;
    sameTask = 0;
    expect(await serializeOffThread(project)).toBe(serializeProject(project));
    expect(jobs).toBe(1);
    expect(messages).toBe(parts.length + 2); // the start, every part, the end
    expect(sameTask).toBe(1); // only the end follows the last part without a yield
  });

  it('puts the parts back together into the very project, list by list in order', () => {
    const project = generateProject(2500);
    const { skeleton, parts } = inParts(project, 300);
    const collector = new PartsCollector();
    expect(collector.receive({ id: 7, kind: 'start', project: structuredClone(skeleton) })).toBeNull();
    for (const part of parts) expect(collector.receive({ id: 7, kind: 'part', ...structuredClone(part) })).toBeNull();
    const reply = collector.receive({ id: 7, kind: 'end', as: 'text' });
    expect(reply).toEqual({ id: 7, ok: true, result: serializeProject(project) });
    // A part or an end for a request never started is refused, not guessed at.
    expect(collector.receive({ id: 8, kind: 'end', as: 'text' })).toMatchObject({ id: 8, ok: false });
  });

  it('gives a file to write or download with that very text, made in the worker (no encoding on the window’s thread)', async () => {
    vi.stubGlobal('Worker', fakeWorker('works'));
    const { serializeFileOffThread } = await freshModule();
    const project = richProject();
    jobs = 0;
    const file = await serializeFileOffThread(project);
    expect(jobs).toBe(1);
    expect(lastResult).toBe(file); // the very file the worker made, not text encoded here
    expect(file).toBeInstanceOf(Blob);
    expect(file.type).toBe('application/json');
    expect(await file.text()).toBe(serializeProject(project));
  });

  it('serialises on the spot where no worker can run, or when the worker fails to start', async () => {
    vi.stubGlobal('Worker', undefined);
    const project = richProject();
    expect(await (await freshModule()).serializeOffThread(project)).toBe(serializeProject(project));
    vi.stubGlobal('Worker', fakeWorker('fails to start'));
    const { serializeOffThread } = await freshModule();
    expect(await serializeOffThread(project)).toBe(serializeProject(project));
    expect(await serializeOffThread(project)).toBe(serializeProject(project)); // and keeps working without it
    const { serializeFileOffThread } = await freshModule();
    vi.stubGlobal('Worker', undefined);
    expect(await (await serializeFileOffThread(project)).text()).toBe(serializeProject(project));
  });
});
