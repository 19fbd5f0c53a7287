/**
 * `touchline stats FILE`: the project's counts as pretty JSON, followed by
 * `coverage` (`{ overall, byStage: { <stage id>: 0–1 | null } }`) and
 * `alignmentScore` (0–100) over every journey's touchpoints pooled; see
 * docs/alignment.md. Stage ids are the keys because names may repeat.
 */
import { projectAlignment } from '../../shared/analysis/alignment.ts';
import { projectStats } from '../../shared/analysis/stats.ts';
import type { Project } from '../../shared/domain/model.ts';
import type { CliIo } from './io.ts';
import { loadFile, summaryLine } from './load-file.ts';

/** What `touchline stats` prints, as an object. */
export function statsReport(project: Project) {
  const { coverage, alignmentScore } = projectAlignment(project);
  return {
    ...projectStats(project),
    coverage: {
      overall: coverage.overall,
      byStage: Object.fromEntries(coverage.byStage.map((s) => [s.stageId, s.coverage])) as Record<string, number | null>,
    },
    alignmentScore,
  };
}

export async function statsCommand(file: string, io: CliIo): Promise<number> {
  const result = await loadFile(io, file);
  if (!result.ok) {
    io.stderr(summaryLine(file, result));
    return 1;
  }
  io.stdout(JSON.stringify(statsReport(result.project), null, 2));
  return 0;
}
