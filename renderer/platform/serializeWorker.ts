/**
 * A worker that turns a project into file text, so a big map's validation and
 * pretty-printing (over 100 ms at 5,000 cards) never holds up the window.
 */
import { serializeProject } from '../../shared/file/save.ts';
import type { Project } from '../../shared/domain/model.ts';

interface Request { id: number; project: Project }

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, project } = event.data;
  try {
    self.postMessage({ id, ok: true, text: serializeProject(project) });
  } catch (error) {
    self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
