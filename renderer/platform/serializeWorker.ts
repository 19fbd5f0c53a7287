/**
 * A worker that turns a project into file text or a file, so a big map's validation, pretty-printing
 * and encoding (over 100 ms at 5,000 cards) never hold up the window.
 */
import { runSerializeJob, type SerializeRequest } from './serializeJob.ts';

self.onmessage = (event: MessageEvent<SerializeRequest>) => {
  self.postMessage(runSerializeJob(event.data));
};
