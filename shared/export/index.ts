/**
 * Every export format behind one function, used by the CLI (and later the
 * app's Export menu). Pure: returns text; the caller writes it.
 */
import type { Project } from '../domain/model.ts';
import { serializeProject } from '../file/save.ts';
import { pickJourney, pickPersona } from './common.ts';
import { decisionLogCsv, decisionLogMarkdown } from './decisions.ts';
import { jsonCanvasText } from './jsonCanvas.ts';
import { mermaidJourney } from './mermaid.ts';
import { roadmapJson } from './roadmap.ts';
import { roadmapCsv } from './roadmapCsv.ts';

export const EXPORT_FORMATS = ['json', 'roadmap-json', 'roadmap-csv', 'mermaid', 'canvas', 'decisions-md', 'decisions-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  'json': 'touchline', 'roadmap-json': 'roadmap.json', 'roadmap-csv': 'csv', 'mermaid': 'mmd', 'canvas': 'canvas',
  'decisions-md': 'decisions.md', 'decisions-csv': 'decisions.csv',
};

export interface ExportOptions {
  /** Journey to export (default: the first). Roadmaps then hold only that journey's items. */
  journeyId?: string;
  /** Persona whose emotions score the Mermaid tasks (default: the first). */
  personaId?: string;
  appVersion?: string;
  /** ISO time the decision log is "as of" (default: the project's updatedAt, so exports stay deterministic). */
  asOf?: string;
}

export type ExportResult = { ok: true; text: string } | { ok: false; error: string };

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

export function exportProject(project: Project, format: ExportFormat, options: ExportOptions = {}): ExportResult {
  // Unknown ids are errors for every format, so a typo never exports the wrong thing silently.
  const journey = pickJourney(project, options.journeyId);
  if (!journey.ok) return { ok: false, error: journey.error };
  const persona = pickPersona(project, options.personaId);
  if (!persona.ok) return { ok: false, error: persona.error };
  const journeyIds = options.journeyId === undefined ? undefined : [options.journeyId];
  switch (format) {
    case 'json':
      return { ok: true, text: serializeProject(project, options.appVersion) };
    case 'roadmap-json':
      return { ok: true, text: roadmapJson(project, journeyIds) };
    case 'roadmap-csv':
      return { ok: true, text: roadmapCsv(project, journeyIds) };
    case 'mermaid':
      return result(mermaidJourney(project, options));
    case 'canvas':
      return result(jsonCanvasText(project, options));
    case 'decisions-md':
      return { ok: true, text: decisionLogMarkdown(project, journey.value.id, { asOf: options.asOf }) };
    case 'decisions-csv':
      return { ok: true, text: decisionLogCsv(project, journey.value.id) };
  }
}

function result(r: { ok: true; value: string } | { ok: false; error: string }): ExportResult {
  return r.ok ? { ok: true, text: r.value } : r;
}
