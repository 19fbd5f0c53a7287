/**
 * Counts of a project, as printed by `touchline stats`. Zero where a feature
 * is unused; every later analysis adds its fields here.
 */
import type { Project } from '../domain/model.ts';

export interface ProjectStats {
  journeys: number;
  stages: number;
  touchpoints: number;
  frictions: number;
  opportunities: number;
  personas: number;
  systems: number;
  dataLinks: number;
  connections: number;
  votes: number;
  annotations: number;
}

export function projectStats(project: Project): ProjectStats {
  const sum = (f: (j: Project['journeys'][number]) => number) => project.journeys.reduce((n, j) => n + f(j), 0);
  return {
    journeys: project.journeys.length,
    stages: sum((j) => j.stages.length),
    touchpoints: sum((j) => j.touchpoints.length),
    frictions: sum((j) => j.frictions.length),
    opportunities: sum((j) => j.opportunities.length),
    personas: project.personas.length,
    systems: project.systems.length,
    dataLinks: sum((j) => j.dataLinks.length),
    connections: sum((j) => j.connections.length),
    votes: sum((j) => j.votes.reduce((n, v) => n + v.count, 0)),
    annotations: sum((j) => j.threads.reduce((n, t) => n + t.notes.length, 0)),
  };
}
