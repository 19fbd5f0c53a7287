/** Dot-voting arithmetic for the panel and the presentation: totals, ranking, budgets. */
import { votesUsed } from '../../../shared/commands/workshop.ts';
import type { Friction, Journey, Project } from '../../../shared/domain/model.ts';
import { SEVERITIES, type Severity } from '../../../shared/domain/vocab.ts';

export interface RankedFriction { friction: Friction; total: number; rank: number }

const severityWeight = (s: Severity) => SEVERITIES.values.indexOf(s);

/** Friction points by total votes (most first), then severity (worst first), then map order. */
export function rankFrictions(journey: Journey): RankedFriction[] {
  const totals = new Map<string, number>();
  for (const v of journey.votes) totals.set(v.frictionId, (totals.get(v.frictionId) ?? 0) + v.count);
  const rows = journey.frictions.map((friction, index) => ({ friction, index, total: totals.get(friction.id) ?? 0 }));
  rows.sort((a, b) => b.total - a.total || severityWeight(b.friction.severity) - severityWeight(a.friction.severity) || a.index - b.index);
  return rows.map(({ friction, total }, i) => ({ friction, total, rank: i + 1 }));
}

/** Votes one participant has placed on one friction point. */
export function votesOn(journey: Journey, participant: string, frictionId: string): number {
  return journey.votes.find((v) => v.participant === participant && v.frictionId === frictionId)?.count ?? 0;
}

/** Votes a participant may still place in this journey. */
export function votesLeft(project: Project, journey: Journey, participant: string): number {
  return Math.max(0, project.workshop.votesPerParticipant - votesUsed(journey.votes, participant));
}
