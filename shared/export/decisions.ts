/**
 * Decision log of one journey: every element with comment threads or an
 * alignment status, grouped by stage, as Markdown (for a wiki or an email)
 * or as CSV (one record per note, for a spreadsheet). Formats are documented
 * in docs/exports.md ("Decision log"). Pure and deterministic: the "as of"
 * date comes from an option, not the clock.
 */
import type { ElementRef, Journey, Project, Thread } from '../domain/model.ts';
import { ALIGNMENT_STATUSES, ELEMENT_KINDS, ROLES, type AlignmentStatus, type ElementKind } from '../domain/vocab.ts';
import { oneLine, pickJourney, readingOrder } from './common.ts';
import { toCsv } from './csv.ts';

export interface DecisionLogOptions {
  /** ISO time printed as "As of" (the app passes the current time); default: the project's `updatedAt`. */
  asOf?: string;
}

export interface DecisionItem {
  ref: ElementRef;
  /** The element's name (a data link: "touchpoint → system"), one line. */
  name: string;
  status: AlignmentStatus | null;
  threads: Thread[];
}

export interface DecisionGroup {
  /** A stage's name, "Systems", or "Other" (opportunities without friction points). */
  title: string;
  /** The Stage column of the CSV: the stage's name, "Systems", or empty. */
  stage: string;
  items: DecisionItem[];
}

export const DECISION_CSV_HEADERS = ['Stage', 'Element Type', 'Element', 'Status', 'Thread', 'Resolved', 'Author', 'Role', 'Time', 'Note'] as const;

const FALLBACK: Record<ElementKind, string> = {
  stage: '(untitled stage)', touchpoint: '(untitled touchpoint)', friction: '(untitled friction point)',
  opportunity: '(untitled opportunity)', system: '(unnamed system)', dataLink: '(data link)',
};
const named = (kind: ElementKind, text: string) => oneLine(text) || FALLBACK[kind];

/** The groups of the log, in stage order, then Systems, then Other; only elements with threads or a status. */
export function decisionGroups(project: Project, journey: Journey): DecisionGroup[] {
  const key = (ref: ElementRef) => `${ref.kind}:${ref.id}`;
  const threads = new Map<string, Thread[]>();
  for (const t of journey.threads) threads.set(key(t.target), [...(threads.get(key(t.target)) ?? []), t]);
  const status = new Map<string, AlignmentStatus>();
  for (const a of journey.alignment) if (!status.has(key(a.target))) status.set(key(a.target), a.status);
  const item = (kind: ElementKind, id: string, name: string): DecisionItem[] => {
    const ref = { kind, id };
    const found = threads.get(key(ref)) ?? [];
    const s = status.get(key(ref)) ?? null;
    return found.length || s ? [{ ref, name: named(kind, name), status: s, threads: found }] : [];
  };

  const touchpoints = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const systems = new Map(project.systems.map((s) => [s.id, s]));
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const frictionStage = new Map(journey.frictions.map((f) => [f.id, stageIndex.get(touchpoints.get(f.touchpointId)?.stageId ?? '')]));
  // An opportunity sits in the earliest stage among its friction points' touchpoints.
  const opportunityStage = (frictionIds: string[]) => {
    const found = frictionIds.map((f) => frictionStage.get(f)).filter((i): i is number => i !== undefined);
    return found.length ? Math.min(...found) : -1;
  };
  const ordered = readingOrder(journey);

  const groups: DecisionGroup[] = journey.stages.map((stage, index) => ({
    title: named('stage', stage.name),
    stage: named('stage', stage.name),
    items: [
      ...item('stage', stage.id, stage.name),
      ...ordered.filter((t) => t.stageId === stage.id).flatMap((t) => [
        ...item('touchpoint', t.id, t.title),
        ...journey.frictions.filter((f) => f.touchpointId === t.id).flatMap((f) => item('friction', f.id, f.title)),
        ...journey.dataLinks.filter((d) => d.touchpointId === t.id).flatMap((d) =>
          item('dataLink', d.id, `${named('touchpoint', t.title)} → ${named('system', systems.get(d.systemId)?.name ?? '')}`)),
      ]),
      ...journey.opportunities.filter((o) => opportunityStage(o.frictionIds) === index).flatMap((o) => item('opportunity', o.id, o.title)),
    ],
  }));
  groups.push({ title: 'Systems', stage: 'Systems', items: project.systems.flatMap((s) => item('system', s.id, s.name)) });
  groups.push({ title: 'Other', stage: '', items: journey.opportunities.filter((o) => opportunityStage(o.frictionIds) < 0).flatMap((o) => item('opportunity', o.id, o.title)) });
  return groups.filter((g) => g.items.length > 0);
}

/** An ISO time as `YYYY-MM-DD HH:MM` in UTC (the text itself when it does not parse). */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const utc = new Date(ms).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)}`;
}

/**
 * Escape user text for Markdown: characters that start emphasis, code, links,
 * HTML (`<`, `>`), headings or strikethrough get a backslash, and an `&` that
 * would start an entity is escaped. The result is literal text, never HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#~|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A line that starts a Markdown block (list, quote, heading underline, ordered list) is escaped there. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Note text as the rest of a list item: its lines joined by hard line breaks, blank lines dropped. */
function noteBody(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((l) => oneLine(l)).filter((l) => l !== '');
  return lines.map((l, i) => (i === 0 ? escapeMarkdown(l) : escapeLineStart(escapeMarkdown(l)))).join('  \n  ');
}

const statusLabel = (s: AlignmentStatus | null) => (s ? ALIGNMENT_STATUSES.labels[s] : 'Not set');
const authorName = (author: string) => oneLine(author) || '(unknown)';

function journeyOf(project: Project, journeyId: string | undefined): Journey {
  const picked = pickJourney(project, journeyId);
  if (!picked.ok) throw new Error(picked.error);
  return picked.value;
}

/** The decision log as Markdown (see docs/exports.md). The journey defaults to the first; an unknown id throws. */
export function decisionLogMarkdown(project: Project, journeyId?: string, options: DecisionLogOptions = {}): string {
  const journey = journeyOf(project, journeyId);
  const out = [
    `# Decision log: ${escapeMarkdown(oneLine(project.name))}`,
    '',
    `**Journey:** ${escapeMarkdown(oneLine(journey.name) || '(untitled journey)')}  `,
    `**As of:** ${formatTime(options.asOf ?? project.updatedAt)} UTC`,
  ];
  const groups = decisionGroups(project, journey);
  if (groups.length === 0) out.push('', '_No comments or alignment statuses in this journey yet._');
  for (const group of groups) {
    out.push('', `## ${escapeMarkdown(group.title)}`);
    for (const item of group.items) {
      out.push('', `### ${ELEMENT_KINDS.labels[item.ref.kind]}: ${escapeMarkdown(item.name)}`, '', `**Status:** ${statusLabel(item.status)}`);
      item.threads.forEach((thread, i) => {
        out.push('', `#### Thread ${i + 1} (${thread.resolved ? 'resolved' : 'open'})`, '');
        if (thread.notes.length === 0) out.push('_No notes._');
        for (const n of thread.notes) {
          out.push(`- **${escapeMarkdown(authorName(n.author))}** (${ROLES.labels[n.role]}, ${formatTime(n.at)}): ${noteBody(n.text)}`);
        }
      });
    }
  }
  return `${out.join('\n')}\n`;
}

/** The records of the CSV log (unquoted, in header order): one per note. */
export function decisionLogRows(project: Project, journeyId?: string): string[][] {
  const journey = journeyOf(project, journeyId);
  return decisionGroups(project, journey).flatMap((group) => group.items.flatMap((item) =>
    item.threads.flatMap((thread, i) => thread.notes.map((n) => [
      group.stage, ELEMENT_KINDS.labels[item.ref.kind], item.name, item.status ? ALIGNMENT_STATUSES.labels[item.status] : '',
      String(i + 1), thread.resolved ? 'Yes' : 'No', authorName(n.author), ROLES.labels[n.role], formatTime(n.at), n.text,
    ]))));
}

/** The decision log as CSV: UTF-8 BOM, CRLF records, RFC 4180 quoting, formulas neutralised (csv.ts). */
export function decisionLogCsv(project: Project, journeyId?: string): string {
  return toCsv(DECISION_CSV_HEADERS, decisionLogRows(project, journeyId));
}
