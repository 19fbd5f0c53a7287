/** Commands on personas and their emotion scores per touchpoint. */
import { createPersona } from '../domain/defaults.ts';
import type { Emotion, Persona } from '../domain/model.ts';
import { EMOTION_MAX, EMOTION_MIN } from '../domain/vocab.ts';
import { defineCommand } from './define.ts';
import { patch, pruneProject, updateById, updateJourney } from './helpers.ts';

export const addPersona = defineCommand<{ personaId: string; name: string; fields?: Partial<Omit<Persona, 'id'>> }>({
  label: 'Add persona',
  perform: (project, { personaId, name, fields }) => {
    if (project.personas.some((p) => p.id === personaId)) return project;
    return { ...project, personas: [...project.personas, { ...createPersona(personaId, name, project.personas.length), ...fields }] };
  },
});

export const updatePersona = defineCommand<{ personaId: string; changes: Partial<Omit<Persona, 'id'>> }>({
  label: 'Edit persona',
  perform: (project, { personaId, changes }) => {
    const personas = updateById(project.personas, personaId, (p) => patch(p, changes));
    return personas === project.personas ? project : { ...project, personas };
  },
  coalesceKey: ({ personaId, changes }) => `persona:${personaId}:${Object.keys(changes).sort().join(',')}`,
});

/** Deleting a persona also removes its emotion scores everywhere. */
export const deletePersonas = defineCommand<{ personaIds: string[] }>({
  label: 'Delete persona',
  perform: (project, { personaIds }) => {
    const doomed = new Set(personaIds);
    const personas = project.personas.filter((p) => !doomed.has(p.id));
    return personas.length === project.personas.length ? project : pruneProject({ ...project, personas });
  },
});

// `|| 0`: Math.round(-0.2) is -0, which JSON writes as 0, so a saved file would not read back equal.
const clampEmotion = (n: number) => Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(n))) || 0;

/**
 * Set a persona's as-is and/or to-be score on a touchpoint. `current: null`
 * removes the score (the curve skips the touchpoint); `target: null` clears
 * only the to-be score.
 */
export const setEmotion = defineCommand<{ journeyId: string; touchpointId: string; personaId: string; current?: number | null; target?: number | null }>({
  label: 'Set emotion',
  perform: (project, { journeyId, touchpointId, personaId, current, target }) => {
    if (!project.personas.some((p) => p.id === personaId)) return project;
    return updateJourney(project, journeyId, (j) => {
      const touchpoints = updateById(j.touchpoints, touchpointId, (t) => {
        const existing = t.emotions.find((e) => e.personaId === personaId);
        if (current === null) return existing ? { ...t, emotions: t.emotions.filter((e) => e !== existing) } : t;
        const next: Emotion = {
          personaId,
          current: current === undefined ? existing?.current ?? 0 : clampEmotion(current),
          target: target === undefined ? existing?.target ?? null : target === null ? null : clampEmotion(target),
        };
        if (existing && existing.current === next.current && existing.target === next.target) return t;
        const emotions = existing ? t.emotions.map((e) => (e === existing ? next : e)) : [...t.emotions, next];
        return { ...t, emotions };
      });
      return touchpoints === j.touchpoints ? j : { ...j, touchpoints };
    });
  },
});
