/**
 * Roadmap as CSV for Jira's (and most trackers') CSV import: one record per
 * roadmap item (see roadmap.ts), columns in `ROADMAP_CSV_HEADERS` order.
 * Mapping rules are documented in docs/exports.md.
 */
import type { Project } from '../domain/model.ts';
import { INTEGRATIONS, OWNER_SIDES, SEVERITIES } from '../domain/vocab.ts';
import { oneLine } from './common.ts';
import { toCsv } from './csv.ts';
import { buildRoadmap, type RoadmapItem, type RoadmapPriority } from './roadmap.ts';

export const ROADMAP_CSV_HEADERS = [
  'Summary', 'Issue Type', 'Description', 'Priority', 'Labels', 'Status', 'Owner', 'Journey', 'Stage',
  'Touchpoint', 'Severity', 'Votes', 'Systems', 'Personal Data', 'Integration Status', 'Source ID',
] as const;

export type RoadmapCsvRow = Record<(typeof ROADMAP_CSV_HEADERS)[number], string>;

const JIRA_PRIORITY: Record<RoadmapPriority, string> = { highest: 'Highest', high: 'High', medium: 'Medium', low: 'Low' };

/** Jira's default workflow names. */
const JIRA_STATUS: Record<RoadmapItem['status'], string> = {
  'open': 'To Do', 'idea': 'To Do', 'planned': 'To Do', 'in-progress': 'In Progress', 'done': 'Done', 'resolved': 'Done',
};

/** Jira summaries are one line of at most 255 characters. */
const SUMMARY_MAX = 255;

/** Opportunities are Stories; a friction point caused by a system is a Bug, any other a Task. */
export function issueType(item: RoadmapItem, causedBySystem: boolean): string {
  if (item.kind === 'opportunity') return 'Story';
  return causedBySystem ? 'Bug' : 'Task';
}

/** Space-separated labels, e.g. `touchline friction severity-high owner-it personal-data`. */
export function labels(item: RoadmapItem): string {
  const out = ['touchline', item.kind];
  if (item.severity) out.push(`severity-${item.severity}`);
  if (item.kind === 'opportunity') out.push(`priority-${item.priority}`, `status-${item.status}`);
  if (item.ownerSide !== 'unassigned') out.push(`owner-${item.ownerSide}`);
  if (item.personalData) out.push('personal-data');
  return out.join(' ');
}

/** The CSV row of one item, before quoting and formula neutralisation. */
export function roadmapCsvRow(item: RoadmapItem, causedBySystem: boolean): RoadmapCsvRow {
  const summary = oneLine(item.title) || `(untitled ${item.kind === 'friction' ? 'friction point' : 'opportunity'})`;
  return {
    'Summary': [...summary].length > SUMMARY_MAX ? `${[...summary].slice(0, SUMMARY_MAX - 1).join('')}…` : summary,
    'Issue Type': issueType(item, causedBySystem),
    'Description': item.description,
    'Priority': JIRA_PRIORITY[item.priority],
    'Labels': labels(item),
    'Status': JIRA_STATUS[item.status],
    'Owner': item.owner ?? (item.ownerSide === 'unassigned' ? '' : OWNER_SIDES.labels[item.ownerSide]),
    'Journey': item.journey.name,
    'Stage': item.stages.map((s) => s.name).join('; '),
    'Touchpoint': item.touchpoints.map((t) => t.name).join('; '),
    'Severity': item.severity ? SEVERITIES.labels[item.severity] : '',
    'Votes': String(item.votes),
    'Systems': item.systems.map((s) => s.name).join('; '),
    'Personal Data': item.personalData ? 'Yes' : 'No',
    'Integration Status': INTEGRATIONS.labels[item.integration],
    'Source ID': item.sourceId,
  };
}

/** The rows of the roadmap CSV (unquoted), for tests and previews. */
export function roadmapCsvRows(project: Project, journeyIds?: readonly string[]): RoadmapCsvRow[] {
  const caused = new Set(project.journeys.flatMap((j) => j.frictions.filter((f) => f.causedBySystemIds.length > 0).map((f) => `${j.id}:${f.id}`)));
  return buildRoadmap(project, journeyIds).items.map((item) => roadmapCsvRow(item, caused.has(`${item.journey.id}:${item.id}`)));
}

/** The roadmap CSV document: BOM, CRLF records, RFC 4180 quoting, formulas neutralised. */
export function roadmapCsv(project: Project, journeyIds?: readonly string[]): string {
  const rows = roadmapCsvRows(project, journeyIds).map((row) => ROADMAP_CSV_HEADERS.map((h) => row[h]));
  return toCsv(ROADMAP_CSV_HEADERS, rows);
}
