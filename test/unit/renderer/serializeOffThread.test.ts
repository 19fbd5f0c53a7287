// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../../shared/file/save.ts';
import { richProject } from '../../helpers/builders.ts';

/** Jobs the stand-in worker was given, so a test can tell the work really left the calling thread. */
let jobs = 0;

/** A stand-in for the browser's Worker: runs the worker module's job on a later turn, like a thread would. */
function fakeWorker(behaviour: 'works' | 'fails to start') {
  return class {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    postMessage(data: { id: number; project: Parameters<typeof serializeProject>[0] }) {
      jobs++;
      setTimeout(() => {
        if (behaviour === 'fails to start') this.onerror?.();
        // The structured clone a real worker receives: a plain copy, not the same objects.
        else this.onmessage?.({ data: { id: data.id, ok: true, text: serializeProject(structuredClone(data.project)) } });
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

  it('serialises on the spot where no worker can run, or when the worker fails to start', async () => {
    vi.stubGlobal('Worker', undefined);
    const project = richProject();
    expect(await (await freshModule()).serializeOffThread(project)).toBe(serializeProject(project));
    vi.stubGlobal('Worker', fakeWorker('fails to start'));
    const { serializeOffThread } = await freshModule();
    expect(await serializeOffThread(project)).toBe(serializeProject(project));
    expect(await serializeOffThread(project)).toBe(serializeProject(project)); // and keeps working without it
  });
});
