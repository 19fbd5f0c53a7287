// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS, methodName, type ChannelName, type DesktopApi } from '../../../shared/ipc/contract.ts';
import * as electron from '../../mocks/electron.ts';

vi.mock('electron', () => import('../../mocks/electron.ts'));

// Loading the preload runs it once, as Electron does: it exposes the API immediately.
await import('../../../electron/preload/index.ts');
const exposed = electron.contextBridge.exposeInMainWorld.mock.calls.map((c) => [...c]) as unknown as Array<[string, DesktopApi]>;
const api = exposed[0]![1];

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

describe('preload bridge', () => {
  it('exposes exactly one method per contract channel, plus on(), as window.touchline', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]![0]).toBe('touchline');
    const expected = [...(Object.keys(CHANNELS) as ChannelName[]).map((c) => methodName(c)), 'on'].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('send');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it.each(Object.keys(CHANNELS) as ChannelName[])('%s is invoked on its own channel', async (channel) => {
    const request = { marker: channel };
    const method = (api as unknown as Record<string, (r: unknown) => Promise<unknown>>)[methodName(channel)]!;
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'answer' });
    await expect(method(request)).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, request);
  });

  it('on() forwards the payload without the IpcRendererEvent and unsubscribes', () => {
    const listener = vi.fn();
    const off = api.on('menu:command', listener);
    const [name, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (e: unknown, p: unknown) => void];
    expect(name).toBe('menu:command');
    forward({ sender: 'secret', ports: [] }, { command: 'save' });
    expect(listener).toHaveBeenCalledWith({ command: 'save' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });

  it.each(Object.keys(EVENTS))('on() accepts the contract event %s', (event) => {
    expect(() => api.on(event as keyof typeof EVENTS, () => undefined)).not.toThrow();
  });

  it.each(['electron-store-get-data', 'project:open', 'toString', '__proto__', 'constructor', '', 42])('on() refuses %j', (event) => {
    expect(() => api.on(event as never, () => undefined)).toThrow(TypeError);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('on() refuses a listener that is not a function', () => {
    expect(() => api.on('menu:command', 'nope' as never)).toThrow(TypeError);
  });
});
