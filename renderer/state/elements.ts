/**
 * What kind of element an id names in the current journey. Selection holds
 * bare ids (view state), and the inspector, delete and copy ask this.
 */
import type { Connection, DataLink, Friction, Journey, Lane, Opportunity, Persona, Project, Stage, System, Touchpoint } from '../../shared/domain/model.ts';
import { byId } from './indexes.ts';

export type ElementOf =
  | { kind: 'stage'; item: Stage }
  | { kind: 'touchpoint'; item: Touchpoint }
  | { kind: 'friction'; item: Friction }
  | { kind: 'opportunity'; item: Opportunity }
  | { kind: 'connection'; item: Connection }
  | { kind: 'lane'; item: Lane }
  | { kind: 'persona'; item: Persona }
  | { kind: 'dataLink'; item: DataLink }
  | { kind: 'system'; item: System };

export function findElement(project: Project, journey: Journey, id: string): ElementOf | null {
  const stage = byId(journey.stages, id);
  if (stage) return { kind: 'stage', item: stage };
  const touchpoint = byId(journey.touchpoints, id);
  if (touchpoint) return { kind: 'touchpoint', item: touchpoint };
  const friction = byId(journey.frictions, id);
  if (friction) return { kind: 'friction', item: friction };
  const opportunity = byId(journey.opportunities, id);
  if (opportunity) return { kind: 'opportunity', item: opportunity };
  const connection = byId(journey.connections, id);
  if (connection) return { kind: 'connection', item: connection };
  const lane = byId(journey.lanes, id);
  if (lane) return { kind: 'lane', item: lane };
  const persona = byId(project.personas, id);
  if (persona) return { kind: 'persona', item: persona };
  const dataLink = byId(journey.dataLinks, id);
  if (dataLink) return { kind: 'dataLink', item: dataLink };
  const system = byId(project.systems, id);
  if (system) return { kind: 'system', item: system };
  return null;
}
