/** Commands on connections (flow arrows between touchpoints; branches allowed). */
import type { Connection } from '../domain/model.ts';
import { defineCommand } from './define.ts';
import { patch, updateById, updateJourney } from './helpers.ts';

export const addConnection = defineCommand<{ journeyId: string; connectionId: string; from: string; to: string; label?: string }>({
  label: 'Connect touchpoints',
  perform: (project, { journeyId, connectionId, from, to, label = '' }) => updateJourney(project, journeyId, (j) => {
    if (from === to) return j;
    const ids = new Set(j.touchpoints.map((t) => t.id));
    if (!ids.has(from) || !ids.has(to)) return j;
    // One arrow per ordered pair; an existing one (or an id clash) is left alone.
    if (j.connections.some((c) => c.id === connectionId || (c.from === from && c.to === to))) return j;
    return { ...j, connections: [...j.connections, { id: connectionId, from, to, label }] };
  }),
});

export const updateConnection = defineCommand<{ journeyId: string; connectionId: string; changes: Partial<Pick<Connection, 'label'>> }>({
  label: 'Edit connection',
  perform: (project, { journeyId, connectionId, changes }) => updateJourney(project, journeyId, (j) => {
    const connections = updateById(j.connections, connectionId, (c) => patch(c, changes));
    return connections === j.connections ? j : { ...j, connections };
  }),
  coalesceKey: ({ connectionId }) => `connection:${connectionId}:label`,
});
