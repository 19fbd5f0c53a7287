/** `touchline stats FILE`: the project's counts as pretty JSON. */
import { projectStats } from '../../shared/analysis/stats.ts';
import type { CliIo } from './io.ts';
import { loadFile, summaryLine } from './load-file.ts';

export async function statsCommand(file: string, io: CliIo): Promise<number> {
  const result = await loadFile(io, file);
  if (!result.ok) {
    io.stderr(summaryLine(file, result));
    return 1;
  }
  io.stdout(JSON.stringify(projectStats(result.project), null, 2));
  return 0;
}
