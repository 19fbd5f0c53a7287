/** Typed pushes from main to a renderer: the names and payloads come from the contract. */
import type { WebContents } from 'electron';
import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';

export function sendEvent<E extends EventName>(contents: Pick<WebContents, 'send' | 'isDestroyed'>, event: E, payload: EventPayload<E>): void {
  if (!contents.isDestroyed()) contents.send(event, payload);
}
