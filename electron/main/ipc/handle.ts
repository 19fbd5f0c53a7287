/**
 * The only way main registers an IPC handler. Every call is checked for its
 * sender and its payload (the renderer is untrusted), and every outcome —
 * including a thrown error — becomes a `Result`, because an exception thrown
 * through `invoke` reaches the renderer as a bare string.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type ChannelName, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract.ts';
import { err, type Result } from '../../../shared/ipc/result.ts';
import { checkSender, type SenderTrust } from './trust.ts';

export interface HandlerContext {
  event: IpcMainInvokeEvent;
  /** webContents id of the calling window: the key into WindowRegistry. */
  windowId: number;
}

export type Impl<C extends ChannelName> = (request: RequestOf<C>, ctx: HandlerContext) => Promise<Result<ResponseOf<C>>> | Result<ResponseOf<C>>;
export type Handle = <C extends ChannelName>(channel: C, impl: Impl<C>) => void;

export type Logger = (message: string, error?: unknown) => void;

export function createHandle(trust: SenderTrust, log: Logger = console.error): Handle {
  return (channel, impl) => {
    const schema = CHANNELS[channel].request;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!checkSender(event, trust)) {
        log(`Refused ${channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'}).`);
        return err('forbidden-sender', 'This request did not come from a Touchline window.');
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return err('bad-request', 'Touchline received a malformed request.');
      try {
        return await impl(parsed.data as RequestOf<typeof channel>, { event, windowId: event.sender.id });
      } catch (error) {
        log(`Handler for ${channel} failed.`, error);
        return err('internal', 'Something went wrong inside Touchline. Please try again.');
      }
    });
  };
}
