/** Commands on the project as a whole. */
import { defineCommand } from './define.ts';
import { patch } from './helpers.ts';

export const renameProject = defineCommand<{ name: string }>({
  label: 'Rename project',
  perform: (project, { name }) => (name.trim() === '' ? project : patch(project, { name })),
  coalesceKey: () => 'project:name',
});

export const renameJourney = defineCommand<{ journeyId: string; name: string }>({
  label: 'Rename journey',
  perform: (project, { journeyId, name }) => {
    const journeys = project.journeys.map((j) => (j.id === journeyId ? patch(j, { name }) : j));
    return journeys.some((j, i) => j !== project.journeys[i]) ? { ...project, journeys } : project;
  },
  coalesceKey: ({ journeyId }) => `journey:${journeyId}:name`,
});
