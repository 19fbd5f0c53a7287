/**
 * Who may call our IPC handlers: the top frame of a window we created,
 * showing a page from one of our origins. Pure, so it is tested as a table.
 */
import { isSameOrigin } from '../origins.ts';

export function isTrustedSender(url: string, allowedOrigins: readonly string[]): boolean {
  if (typeof url !== 'string' || url === '') return false;
  return allowedOrigins.some((origin) => isSameOrigin(url, origin));
}

export interface SenderTrust {
  allowedOrigins: readonly string[];
  /** True for the webContents id of a window this app created (see WindowRegistry). */
  isOurWindow(webContentsId: number): boolean;
}

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface SenderInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export function checkSender(event: SenderInfo, trust: SenderTrust): boolean {
  const frame = event.senderFrame;
  // A destroyed frame is null; a child frame (iframe) is never ours.
  if (!frame || frame.parent) return false;
  return isTrustedSender(frame.url, trust.allowedOrigins) && trust.isOurWindow(event.sender.id);
}
