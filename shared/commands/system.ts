/** Commands on the systems catalog, data links and system placements (the IT layer). */
import { createSystem } from '../domain/defaults.ts';
import type { DataLink, Position, System } from '../domain/model.ts';
import { defineCommand } from './define.ts';
import { boardPosition, patch, pruneProject, updateById, updateJourney } from './helpers.ts';

type SystemFields = Partial<Omit<System, 'id'>>;
type DataLinkFields = Partial<Omit<DataLink, 'id' | 'touchpointId' | 'systemId'>>;

export const addSystem = defineCommand<{ systemId: string; name: string; fields?: SystemFields }>({
  label: 'Add system',
  perform: (project, { systemId, name, fields }) => {
    if (project.systems.some((s) => s.id === systemId)) return project;
    return { ...project, systems: [...project.systems, { ...createSystem(systemId, name), ...fields }] };
  },
});

export const updateSystem = defineCommand<{ systemId: string; changes: SystemFields }>({
  label: 'Edit system',
  perform: (project, { systemId, changes }) => {
    const systems = updateById(project.systems, systemId, (s) => patch(s, changes));
    return systems === project.systems ? project : { ...project, systems };
  },
  coalesceKey: ({ systemId, changes }) => `system:${systemId}:${Object.keys(changes).sort().join(',')}`,
});

/** Deleting a system removes its data links, placements and friction causes everywhere. */
export const deleteSystems = defineCommand<{ systemIds: string[] }>({
  label: 'Delete system',
  perform: (project, { systemIds }) => {
    const doomed = new Set(systemIds);
    const systems = project.systems.filter((s) => !doomed.has(s.id));
    return systems.length === project.systems.length ? project : pruneProject({ ...project, systems });
  },
});

/**
 * Import systems in one step (one undo): new ones are added, existing ones
 * (matched by id) get the given fields.
 */
export const importSystems = defineCommand<{ add: System[]; update: { systemId: string; changes: SystemFields }[] }>({
  label: 'Import systems',
  perform: (project, { add, update }) => {
    const known = new Set(project.systems.map((s) => s.id));
    let systems = project.systems;
    for (const { systemId, changes } of update) systems = updateById(systems, systemId, (s) => patch(s, changes));
    const fresh = add.filter((s, i) => !known.has(s.id) && add.findIndex((o) => o.id === s.id) === i);
    if (fresh.length) systems = [...systems, ...fresh];
    return systems === project.systems ? project : { ...project, systems };
  },
});

export const addDataLink = defineCommand<{ journeyId: string; dataLinkId: string; touchpointId: string; systemId: string; fields?: DataLinkFields }>({
  label: 'Attach system',
  perform: (project, { journeyId, dataLinkId, touchpointId, systemId, fields }) => {
    if (!project.systems.some((s) => s.id === systemId)) return project;
    return updateJourney(project, journeyId, (j) => {
      if (!j.touchpoints.some((t) => t.id === touchpointId) || j.dataLinks.some((d) => d.id === dataLinkId)) return j;
      // One link per touchpoint and system: attaching again is a no-op.
      if (j.dataLinks.some((d) => d.touchpointId === touchpointId && d.systemId === systemId)) return j;
      const link: DataLink = {
        id: dataLinkId, touchpointId, systemId, dataObjects: [], direction: 'reads', personalData: false,
        personalDataCategories: [], integration: 'none', freshness: 'unknown', evidence: 'assumed', ...fields,
      };
      if (!link.personalData) link.personalDataCategories = [];
      return { ...j, dataLinks: [...j.dataLinks, link] };
    });
  },
});

export const updateDataLink = defineCommand<{ journeyId: string; dataLinkId: string; changes: DataLinkFields }>({
  label: 'Edit data link',
  perform: (project, { journeyId, dataLinkId, changes }) => updateJourney(project, journeyId, (j) => {
    const dataLinks = updateById(j.dataLinks, dataLinkId, (d) => {
      const next = patch(d, changes);
      // Categories only mean something while the link carries personal data.
      return next.personalData || next.personalDataCategories.length === 0 ? next : { ...next, personalDataCategories: [] };
    });
    return dataLinks === j.dataLinks ? j : { ...j, dataLinks };
  }),
  coalesceKey: ({ dataLinkId, changes }) => `dataLink:${dataLinkId}:${Object.keys(changes).sort().join(',')}`,
});

/** Put a catalog system on a journey's support-systems lane (or move it there). */
export const placeSystem = defineCommand<{ journeyId: string; systemId: string; position: Position }>({
  label: 'Move system',
  perform: (project, { journeyId, systemId, position }) => {
    if (!project.systems.some((s) => s.id === systemId)) return project;
    const at = boardPosition(position);
    return updateJourney(project, journeyId, (j) => {
      const existing = j.systemPlacements.find((p) => p.systemId === systemId);
      if (existing && existing.position.x === at.x && existing.position.y === at.y) return j;
      const systemPlacements = existing
        ? j.systemPlacements.map((p) => (p === existing ? { ...p, position: at } : p))
        : [...j.systemPlacements, { systemId, position: at }];
      return { ...j, systemPlacements };
    });
  },
});
