// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../../shared/file/save.ts';
import { runSerializeJob, type SerializeRequest } from '../../../renderer/platform/serializeJob.ts';
import { richProject } from '../../helpers/builders.ts';

/** Jobs the stand-in worker was given, so a test can tell the work really left the calling thread. */
let jobs = 0;

/** A stand-in for the browser's Worker: runs the worker's own job on a later turn, like a thread would. */
function fakeWorker(behaviour: 'works' | 'fails to start') {
  return class {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    postMessage(data: SerializeRequest) {
      jobs++;
      setTimeout(() => {
        if (behaviour === 'fails to start') this.onerror?.();
        // The structured clone a real worker receives: a plain copy, not the same objects.
        else this.onmessage?.({ data: runSerializeJob(structuredClone(data)) });
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

  it('gives a file to write or download with that very text, made in the worker (no encoding on the window’s thread)', async () => {
    vi.stubGlobal('Worker', fakeWorker('works'));
    const { serializeFileOffThread } = await freshModule();
    const project = richProject();
    jobs = 0;
    const file = await serializeFileOffThread(project);
    expect(jobs).toBe(1);
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
