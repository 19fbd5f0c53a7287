/**
 * The bridge: `window.touchline`, one named method per contract channel
 * plus `on()` for the contract's events. Never a generic invoke/send, so a
 * script injected into the page reaches exactly what the contract lists.
 * Bundled as CommonJS (sandboxed preloads cannot be ESM); it imports only
 * `electron` and the pure contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, methodName, type ChannelName, type DesktopApi, type EventName } from '../../shared/ipc/contract.ts';

export function buildDesktopApi(renderer: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): DesktopApi {
  const api: Record<string, unknown> = {};
  for (const channel of Object.keys(CHANNELS) as ChannelName[]) {
    api[methodName(channel)] = (request: unknown) => renderer.invoke(channel, request);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (typeof event !== 'string' || !Object.hasOwn(EVENTS, event)) throw new TypeError(`Unknown Touchline event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
    // The IpcRendererEvent gives access to the raw port/sender: never hand it to the page.
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    renderer.on(event, forward);
    return () => {
      renderer.removeListener(event, forward);
    };
  };
  return Object.freeze(api) as DesktopApi;
}

contextBridge.exposeInMainWorld('touchline', buildDesktopApi(ipcRenderer));
