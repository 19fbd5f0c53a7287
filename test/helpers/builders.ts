/** Test builders: small valid projects made through the same commands the app uses. */
import { runCommand, type CommandCall } from '../../shared/commands/registry.ts';
import { createProject } from '../../shared/domain/defaults.ts';
import type { Project } from '../../shared/domain/model.ts';

export const NOW = '2026-01-01T00:00:00.000Z';

export function emptyProject(name = 'Test journey'): Project {
  return createProject({ id: 'prj_test', name, now: NOW });
}

export function journeyId(project: Project): string {
  return project.journeys[0]!.id;
}

/** Apply commands in order; `journeyId` may be omitted and is filled in. */
export function apply(project: Project, ...calls: CommandCall[]): Project {
  return calls.reduce(runCommand, project);
}

/** A project with stages `names` and one touchpoint per stage. */
export function projectWithStages(...names: string[]): Project {
  let project = emptyProject();
  const j = journeyId(project);
  names.forEach((name, i) => {
    project = apply(project,
      { name: 'addStage', payload: { journeyId: j, stageId: `stg_${i}`, name } },
      { name: 'addTouchpoint', payload: { journeyId: j, touchpointId: `tp_${i}`, stageId: `stg_${i}`, title: `${name} touchpoint` } });
  });
  return project;
}
