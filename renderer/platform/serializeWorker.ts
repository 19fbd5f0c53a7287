/**
 * A worker that turns a project into file text or a file, so a big map's validation, pretty-printing
 * and encoding (over 100 ms at 5,000 cards) never hold up the window.
 */
import { PartsCollector, type SerializeMessage } from './serializeJob.ts';

const collector = new PartsCollector();

self.onmessage = (event: MessageEvent<SerializeMessage>) => {
  const reply = collector.receive(event.data);
  if (reply) self.postMessage(reply);
};
