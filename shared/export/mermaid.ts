/**
 * Mermaid `journey` diagram of one journey: stages become sections,
 * touchpoints (reading order) become tasks scored by one persona's emotion,
 * and the personas who scored a touchpoint become its actors.
 *
 * Names are cleaned for Mermaid's journey grammar (found by running the
 * real parser; see docs/exports.md): `:` `#` `;` end a token, `,` separates
 * actors, `%` starts a comment or directive, `<`/`>` are read as HTML, a task
 * starting with a keyword (`journey`, `title `, `section `, `accDescr {`) is
 * read as that keyword, and whitespace (newlines, tabs) is folded.
 */
import type { Journey, Persona, Project, Touchpoint } from '../domain/model.ts';
import { pickJourney, pickPersona, readingOrder, type Pick1 } from './common.ts';

/** Score of a touchpoint the chosen persona has not scored: neutral. */
export const UNSCORED = 3;

/** Emotion −2…+2 → Mermaid score 1…5. */
export const toScore = (emotion: number | undefined): number => (emotion === undefined ? UNSCORED : emotion + 3);

/** Characters the journey grammar reads as syntax, and what replaces them (look-alikes where one exists). */
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/:/g, '\uA789'], // MODIFIER LETTER COLON, looks like ':'
  [/#/g, '\u266F'], // MUSIC SHARP SIGN, looks like '#'
  [/;/g, ','],
  [/</g, '\u2039'], // ‹
  [/>/g, '\u203A'], // ›
  [/%+/g, '%'],
];

export function cleanName(text: string, fallback: string): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  // A leading '%' starts a comment: use the full-width percent sign there.
  out = out.replace(/^%/, '\uFF05').trim();
  return out || fallback;
}

/** A task name: cleaned, and kept from being read as a keyword line. */
export function cleanTask(text: string): string {
  const name = cleanName(text, '(untitled touchpoint)');
  return /^(journey\b|title\s|section\s|acc(title|descr)\b)/i.test(name) ? `\u2060${name}` : name;
}

/** An actor name: cleaned, without commas (they separate actors). */
export function cleanActor(text: string): string {
  return cleanName(cleanName(text, '').replace(/,/g, ' '), '(unnamed persona)');
}

export interface MermaidOptions { journeyId?: string; personaId?: string }

export function mermaidJourney(project: Project, options: MermaidOptions = {}): Pick1<string> {
  const journey = pickJourney(project, options.journeyId);
  if (!journey.ok) return journey;
  const persona = pickPersona(project, options.personaId);
  if (!persona.ok) return persona;
  return { ok: true, value: render(project, journey.value, persona.value) };
}

function render(project: Project, journey: Journey, persona: Persona | null): string {
  const lines = ['journey', `  title ${cleanName(journey.name, cleanName(project.name, 'Journey'))}`];
  const ordered = readingOrder(journey);
  for (const stage of journey.stages) {
    const tasks = ordered.filter((t) => t.stageId === stage.id);
    lines.push(`  section ${cleanName(stage.name, '(untitled stage)')}`);
    for (const t of tasks) lines.push(`    ${cleanTask(t.title)}: ${score(t, persona)}: ${actors(project.personas, t, persona).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function score(t: Touchpoint, persona: Persona | null): number {
  return toScore(persona ? t.emotions.find((e) => e.personaId === persona.id)?.current : undefined);
}

/** The chosen persona first, then every other persona who scored this touchpoint, in project order. */
function actors(personas: readonly Persona[], t: Touchpoint, chosen: Persona | null): string[] {
  const scored = new Set(t.emotions.map((e) => e.personaId));
  const list = personas.filter((p) => p.id !== chosen?.id && scored.has(p.id));
  const names = [...(chosen ? [chosen] : []), ...list].map((p) => cleanActor(p.name));
  return names.length > 0 ? names : ['Customer'];
}
