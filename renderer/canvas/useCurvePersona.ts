/** The persona whose emotions the canvas shows: the chosen one, else the first. */
import { useAppStore } from '../state/store.ts';

export function useCurvePersonaId(): string | null {
  return useAppStore((s) => {
    const chosen = s.curvePersonaId;
    if (chosen && s.project.personas.some((p) => p.id === chosen)) return chosen;
    return s.project.personas[0]?.id ?? null;
  });
}
