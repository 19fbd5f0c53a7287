/**
 * Plan a systems-catalog import from a CSV export (a CMDB, a spreadsheet).
 * The plan is shown to the user before anything changes; applying it is one
 * `importSystems` command. Rows match existing systems by name; bad rows are
 * reported with their line and skipped, good rows still import.
 */
import { createSystem } from '../domain/defaults.ts';
import type { System } from '../domain/model.ts';
import { LIMITS } from '../domain/schema.ts';
import { CRITICALITIES, HOSTING, LIFECYCLES, SYSTEM_KINDS } from '../domain/vocab.ts';
import { parseCsv } from './csv.ts';

export type SystemChanges = Partial<Omit<System, 'id'>>;
type Field = keyof Omit<System, 'id'>;

export interface ImportProblem { line: number; message: string }

export interface SystemImportPlan {
  add: System[];
  update: { systemId: string; name: string; changes: SystemChanges }[];
  /** Rows naming an existing system whose given cells change nothing. */
  unchanged: string[];
  errors: ImportProblem[];
  /** Header cells that match no system field (ignored). */
  unknownColumns: string[];
}

export const IMPORT_LIMITS = { rows: 5_000, bytes: 2 * 1024 * 1024 } as const;

/** The words a person sees for each field, used in messages and the preview. */
export const FIELD_LABELS: Record<Field, string> = {
  name: 'Name', kind: 'Kind', vendor: 'Vendor', businessOwner: 'Business owner', technicalOwner: 'Technical owner',
  hosting: 'Hosting', lifecycle: 'Lifecycle', criticality: 'Business criticality', systemOfRecord: 'System of record',
  link: 'Reference link', notes: 'Notes',
};

/** Lower case, letters and digits only: "Business owner", "business_owner" and "businessOwner" meet. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const COLUMN_ALIASES: Record<Field, string[]> = {
  name: ['name', 'systemname', 'system', 'application', 'applicationname'],
  kind: ['kind', 'type', 'category', 'systemkind', 'systemtype'],
  vendor: ['vendor', 'supplier', 'provider'],
  businessOwner: ['businessowner', 'owner'],
  technicalOwner: ['technicalowner', 'techowner', 'itowner'],
  hosting: ['hosting', 'deployment'],
  lifecycle: ['lifecycle', 'lifecyclestage', 'lifecyclestatus', 'status'],
  criticality: ['criticality', 'businesscriticality'],
  systemOfRecord: ['systemofrecord', 'sor', 'issystemofrecord'],
  link: ['link', 'referencelink', 'url', 'reference', 'website'],
  notes: ['notes', 'note', 'comments', 'comment', 'description'],
};
const COLUMN_BY_ALIAS = new Map(Object.entries(COLUMN_ALIASES).flatMap(([field, aliases]) => aliases.map((a) => [a, field as Field])));

interface Vocab { values: readonly string[]; labels: Record<string, string> }
const ENUMS: Partial<Record<Field, { vocab: Vocab; extra: Record<string, string> }>> = {
  kind: { vocab: SYSTEM_KINDS, extra: { ecommerce: 'ecommerce', identity: 'identity-consent', consent: 'identity-consent', ticketing: 'support', helpdesk: 'support', dwh: 'data-warehouse', pointofsale: 'pos', marketing: 'marketing-automation' } },
  hosting: { vocab: HOSTING, extra: { onprem: 'on-premises', onpremise: 'on-premises', iaas: 'cloud', paas: 'cloud', hosted: 'cloud' } },
  lifecycle: { vocab: LIFECYCLES, extra: { planned: 'plan', phasein: 'phase-in', live: 'active', production: 'active', phaseout: 'phase-out', retiring: 'phase-out', eol: 'end-of-life', retired: 'end-of-life' } },
  criticality: { vocab: CRITICALITIES, extra: { critical: 'mission-critical', missioncritical: 'mission-critical' } },
};

function enumLookup(vocab: Vocab, extra: Record<string, string>): Map<string, string> {
  const map = new Map(Object.entries(extra));
  for (const value of vocab.values) {
    map.set(squash(value), value);
    map.set(squash(vocab.labels[value]!), value);
  }
  return map;
}
const ENUM_LOOKUPS = new Map(Object.entries(ENUMS).map(([field, e]) => [field as Field, enumLookup(e.vocab, e.extra)]));

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0']);

/** UTF-8 size of a string without TextEncoder (not available to shared/). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}

const key = (name: string) => name.trim().toLowerCase();
const fatal = (line: number, message: string): SystemImportPlan => ({ add: [], update: [], unchanged: [], errors: [{ line, message }], unknownColumns: [] });

/** Turn one cell into a field value, or a problem message. */
function readCell(field: Field, raw: string, column: string): { value: System[Field] } | { problem: string } {
  const cell = raw.trim();
  const lookup = ENUM_LOOKUPS.get(field);
  if (lookup) {
    const value = lookup.get(squash(cell));
    if (value) return { value: value as System[Field] };
    const vocab = ENUMS[field]!.vocab;
    return { problem: `column "${column}": "${cell}" is not a known ${FIELD_LABELS[field].toLowerCase()} (use one of ${vocab.values.map((v) => vocab.labels[v]).join(', ')})` };
  }
  if (field === 'systemOfRecord') {
    const word = cell.toLowerCase();
    if (TRUE_WORDS.has(word)) return { value: true };
    if (FALSE_WORDS.has(word)) return { value: false };
    return { problem: `column "${column}": "${cell}" is not yes or no` };
  }
  const limit = field === 'notes' ? LIMITS.text : LIMITS.name;
  if (cell.length > limit) return { problem: `column "${column}": the text is longer than ${limit.toLocaleString('en')} characters` };
  return { value: cell };
}

/**
 * Work out what importing `csvText` would do to a catalog holding
 * `existingSystems`. `makeId` gives the id of each new system.
 */
export function planSystemImport(csvText: string, existingSystems: readonly System[], makeId: () => string): SystemImportPlan {
  const megabytes = IMPORT_LIMITS.bytes / 1024 / 1024;
  if (utf8Bytes(csvText) > IMPORT_LIMITS.bytes) return fatal(1, `The file is larger than ${megabytes} MB. Split it into smaller files and import them one by one.`);
  const parsed = parseCsv(csvText);
  if (!parsed.ok) return fatal(parsed.error.line, parsed.error.message);
  const [header, ...rows] = parsed.rows;
  if (!header) return fatal(1, 'The file is empty: it needs a header row with a "name" column, then one row per system.');
  if (rows.length > IMPORT_LIMITS.rows) {
    return fatal(header.line, `The file has ${rows.length.toLocaleString('en')} rows; at most ${IMPORT_LIMITS.rows.toLocaleString('en')} systems can be imported at once.`);
  }

  // Map header cells to fields.
  const columns: { index: number; field: Field; title: string }[] = [];
  const unknownColumns: string[] = [];
  const seen = new Map<Field, string>();
  for (const [index, raw] of header.cells.entries()) {
    const title = raw.trim();
    if (!title) continue;
    const field = COLUMN_BY_ALIAS.get(squash(title));
    if (!field) { unknownColumns.push(title); continue; }
    const earlier = seen.get(field);
    if (earlier) return fatal(header.line, `The columns "${earlier}" and "${title}" both give the ${FIELD_LABELS[field].toLowerCase()}; keep only one.`);
    seen.set(field, title);
    columns.push({ index, field, title });
  }
  const nameColumn = columns.find((c) => c.field === 'name');
  if (!nameColumn) return fatal(header.line, 'The header row needs a "name" column (the first row of the file names the columns).');

  const existingByName = new Map<string, System>();
  for (const s of existingSystems) if (!existingByName.has(key(s.name))) existingByName.set(key(s.name), s);

  const plan: SystemImportPlan = { add: [], update: [], unchanged: [], errors: [], unknownColumns };
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const problems: string[] = [];
    const name = (row.cells[nameColumn.index] ?? '').trim();
    if (!name) problems.push(`the name is empty (column "${nameColumn.title}")`);
    else if (name.length > LIMITS.name) problems.push(`the name is longer than ${LIMITS.name} characters (column "${nameColumn.title}")`);
    else if (firstLine.has(key(name))) problems.push(`"${name}" is already named on line ${firstLine.get(key(name))} (column "${nameColumn.title}"); each system may appear once`);

    const given: SystemChanges = {};
    for (const column of columns) {
      if (column.field === 'name') continue;
      const raw = row.cells[column.index] ?? '';
      if (raw.trim() === '') continue;
      const read = readCell(column.field, raw, column.title);
      if ('problem' in read) problems.push(read.problem);
      else (given as Record<Field, unknown>)[column.field] = read.value;
    }
    if (problems.length) {
      plan.errors.push({ line: row.line, message: `${name ? `"${name}": ` : ''}${problems.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()) });
      continue;
    }
    firstLine.set(key(name), row.line);
    const existing = existingByName.get(key(name));
    if (existing) {
      const changes = Object.fromEntries(Object.entries(given).filter(([f, v]) => existing[f as Field] !== v)) as SystemChanges;
      if (Object.keys(changes).length) plan.update.push({ systemId: existing.id, name: existing.name, changes });
      else plan.unchanged.push(existing.name);
    } else {
      plan.add.push({ ...createSystem(makeId(), name), ...given });
    }
  }
  return plan;
}

/** "Vendor, Hosting" — the fields an update changes, for the preview. */
export function describeChanges(changes: SystemChanges): string {
  return (Object.keys(changes) as Field[]).map((f) => FIELD_LABELS[f]).join(', ');
}
