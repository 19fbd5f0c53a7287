/** Where catalog systems are used: data links on touchpoints and friction causes, across all journeys. */
import type { Project } from '../../../shared/domain/model.ts';

export interface SystemUsage {
  /** Touchpoints linked to the system (one per data link). */
  touchpoints: { title: string; journey: string }[];
  /** Friction points the system is named as a cause of. */
  frictions: { title: string; journey: string }[];
}

export function systemUsage(project: Project): Map<string, SystemUsage> {
  const usage = new Map<string, SystemUsage>();
  const of = (systemId: string) => {
    let u = usage.get(systemId);
    if (!u) usage.set(systemId, (u = { touchpoints: [], frictions: [] }));
    return u;
  };
  for (const journey of project.journeys) {
    const titles = new Map(journey.touchpoints.map((t) => [t.id, t.title]));
    for (const link of journey.dataLinks) {
      of(link.systemId).touchpoints.push({ title: titles.get(link.touchpointId) || 'Untitled touchpoint', journey: journey.name });
    }
    for (const friction of journey.frictions) {
      for (const systemId of new Set(friction.causedBySystemIds)) {
        of(systemId).frictions.push({ title: friction.title || 'Untitled friction point', journey: journey.name });
      }
    }
  }
  return usage;
}

export const usageCount = (u: SystemUsage | undefined) => (u ? u.touchpoints.length + u.frictions.length : 0);

/** The body of the "delete a used system?" question: where it is used, up to `max` places. */
export function describeUsage(name: string, usage: SystemUsage, multipleJourneys: boolean, max = 8): string {
  const where = (j: string) => (multipleJourneys ? ` (${j})` : '');
  const places = [
    ...usage.touchpoints.map((t) => `• Touchpoint “${t.title}”${where(t.journey)}`),
    ...usage.frictions.map((f) => `• Friction point “${f.title}”${where(f.journey)}`),
  ];
  const shown = places.slice(0, max);
  if (places.length > max) shown.push(`… and ${places.length - max} more`);
  return `“${name || 'Untitled system'}” is used here:\n${shown.join('\n')}\n\nDeleting it also removes its links to these touchpoints and friction points. You can undo this.`;
}
