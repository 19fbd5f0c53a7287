/**
 * Decision log exports: golden files for the sample and a small hostile
 * fixture (regenerate with `UPDATE_GOLDEN=1 npx vitest run test/unit/shared/export`
 * and review the diff), the CSV parsed back with papaparse, and grouping rules.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CommandCall } from '../../../../shared/commands/registry.ts';
import type { Project } from '../../../../shared/domain/model.ts';
import { neutralise } from '../../../../shared/export/csv.ts';
import {
  DECISION_CSV_HEADERS, decisionGroups, decisionLogCsv, decisionLogMarkdown, escapeMarkdown, formatTime,
} from '../../../../shared/export/decisions.ts';
import { exportProject } from '../../../../shared/export/index.ts';
import { loadProjectText } from '../../../../shared/file/load.ts';
import { apply, richProject } from '../../../helpers/builders.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const GOLDEN = join(ROOT, 'test/fixtures/golden');
const J = 'jny_1';

function golden(name: string, text: string) {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const sample = (() => {
  const r = loadProjectText(readFileSync(join(ROOT, 'assets/samples/coffee-loyalty.touchline'), 'utf8'));
  if (!r.ok) throw new Error('the sample must load');
  return r.project;
})();

let n = 0;
const note = (threadId: string, author: string, role: 'marketing' | 'it' | 'facilitator', text: string, at = '2026-03-02T10:15:00.000Z'): CommandCall =>
  ({ name: 'replyToThread', payload: { journeyId: J, threadId, noteId: `note_h${n++}`, author, role, at, text } });
const start = (threadId: string, kind: 'stage' | 'touchpoint' | 'friction' | 'opportunity' | 'system' | 'dataLink', id: string, text: string): CommandCall =>
  ({ name: 'addThread', payload: { journeyId: J, threadId, noteId: `note_h${n++}`, target: { kind, id }, author: 'Ana Souza', role: 'marketing', at: '2026-03-01T09:00:00+01:00', text } });

/** richProject (thr_0 on tp_1, an empty resolved thr_1 on fr_0) plus hostile names and notes everywhere. */
const built: Project = apply(richProject(),
  { name: 'renameProject', payload: { name: 'Hostile <b>log</b> & co' } },
  { name: 'renameStage', payload: { journeyId: J, stageId: 'stg_1', name: '# Buy *now* [x](javascript:alert(1))' } },
  { name: 'renameTouchpoint', payload: { journeyId: J, touchpointId: 'tp_1', title: '<img src=x onerror=alert(1)>' } },
  { name: 'addOpportunity', payload: { journeyId: J, opportunityId: 'opp_1', title: 'Loose idea' } },
  note('thr_0', 'Jonas | IT', 'it', '=HYPERLINK("http://evil","click")'),
  note('thr_0', '', 'facilitator', 'Line one\n- not a list\n# not a heading\n\n1. not ordered\n> not a quote'),
  start('thr_h1', 'dataLink', 'dl_0', '+1 for real time, -2 for batch'),
  note('thr_h1', '@admin', 'it', '\tTabbed, "quoted", and &amp; <script>alert(1)</script>'),
  start('thr_h2', 'system', 'sys_1', '-cmd|calc'),
  start('thr_h3', 'opportunity', 'opp_1', 'Nobody owns this yet_ ~~really~~ `code`'),
  start('thr_h4', 'opportunity', 'opp_0', '\rCarriage return first'),
  { name: 'setThreadResolved', payload: { journeyId: J, threadId: 'thr_h1', resolved: true } },
  { name: 'setAlignment', payload: { journeyId: J, target: { kind: 'dataLink', id: 'dl_0' }, status: 'disputed' } },
  { name: 'setAlignment', payload: { journeyId: J, target: { kind: 'system', id: 'sys_1' }, status: 'open-question' } },
);
/** Notes starting with a tab or CR (the commands trim, but a file may hold them). */
const raw = { id: 'thr_raw', target: { kind: 'touchpoint' as const, id: 'tp_2' }, resolved: false, notes: [
  { id: 'note_raw1', author: 'Raw', role: 'it' as const, at: '2026-03-03T00:00:00.000Z', text: '\t=1+1' },
  { id: 'note_raw2', author: 'Raw', role: 'it' as const, at: '2026-03-03T00:00:00.000Z', text: '\r@cmd' },
] };
const hostile: Project = { ...built, journeys: [{ ...built.journeys[0]!, threads: [...built.journeys[0]!.threads, raw] }] };

const notesOf = (p: Project) => p.journeys[0]!.threads.flatMap((t) => t.notes);
const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
};

describe.each([['coffee-loyalty-sample', sample], ['decisions-hostile', hostile]] as const)('decision log of %s', (name, project) => {
  it('Markdown matches its golden file', () => golden(`${name}.decisions.md`, decisionLogMarkdown(project)));
  it('CSV matches its golden file', () => golden(`${name}.decisions.csv`, decisionLogCsv(project)));

  it('CSV parses back to one record per note, formulas neutralised', () => {
    const parsed = parse(decisionLogCsv(project));
    expect(parsed.meta.fields).toEqual([...DECISION_CSV_HEADERS]);
    const notes = notesOf(project);
    expect(parsed.data).toHaveLength(notes.length);
    expect(parsed.data.map((r) => r['Note']).sort()).toEqual(notes.map((x) => neutralise(x.text)).sort());
    expect(parsed.data.map((r) => r['Time']).sort()).toEqual(notes.map((x) => formatTime(x.at)).sort());
    expect(parsed.data.every((r) => ['Marketing', 'IT', 'Facilitator'].includes(r['Role']!) && ['Yes', 'No'].includes(r['Resolved']!))).toBe(true);
  });

  it('Markdown holds no raw HTML: every < is escaped', () => {
    expect(decisionLogMarkdown(project)).not.toMatch(/(^|[^\\])</m);
  });

  it('is what exportProject gives for decisions-md and decisions-csv', () => {
    expect(exportProject(project, 'decisions-md')).toEqual({ ok: true, text: decisionLogMarkdown(project) });
    expect(exportProject(project, 'decisions-csv')).toEqual({ ok: true, text: decisionLogCsv(project) });
  });
});

describe('decision log details', () => {
  it('prints notes in the documented format', () => {
    const md = decisionLogMarkdown(sample);
    expect(md).toContain('- **Jonas Weber** (IT, 2026-02-11 10:15): Agreed. I have linked the opportunity; the real-time earn API is in the Q3 scope.\n');
    expect(md).toContain('### Data link: Redeem a free drink at the till → Bean Club loyalty engine\n\n**Status:** Disputed\n\n#### Thread 1 (open)\n');
    expect(md.startsWith('# Decision log: Bean & Brew — omnichannel loyalty\n\n**Journey:** Bean & Brew — omnichannel loyalty  \n**As of:** 2026-02-19 16:45 UTC\n')).toBe(true);
  });

  it('takes the "as of" time from the option', () => {
    expect(decisionLogMarkdown(sample, undefined, { asOf: '2026-04-01T08:00:00+02:00' })).toContain('**As of:** 2026-04-01 06:00 UTC');
    expect(exportProject(sample, 'decisions-md', { asOf: '2026-04-01T06:00:00Z' }).ok && exportProject(sample, 'decisions-md', { asOf: '2026-04-01T06:00:00Z' })).toMatchObject({ text: expect.stringContaining('2026-04-01 06:00 UTC') });
  });

  it('groups by stage, then Systems, then Other; data links and opportunities under their touchpoint\'s stage', () => {
    const groups = decisionGroups(hostile, hostile.journeys[0]!).map((g) => [g.title, g.items.map((i) => `${i.ref.kind}:${i.ref.id}`)]);
    expect(groups).toEqual([
      ['Discover', ['stage:stg_0', 'touchpoint:tp_0', 'friction:fr_0', 'dataLink:dl_0', 'opportunity:opp_0']],
      ['# Buy *now* [x](javascript:alert(1))', ['touchpoint:tp_1', 'touchpoint:tp_2']],
      ['Systems', ['system:sys_1']],
      ['Other', ['opportunity:opp_1']],
    ]);
  });

  it('says so when there is nothing to log, and rejects an unknown journey', () => {
    const bare = { ...sample, journeys: [{ ...sample.journeys[0]!, threads: [], alignment: [] }] };
    expect(decisionLogMarkdown(bare)).toContain('_No comments or alignment statuses in this journey yet._');
    expect(decisionLogCsv(bare)).toBe(`\uFEFF${DECISION_CSV_HEADERS.join(',')}\r\n`);
    expect(() => decisionLogMarkdown(sample, 'jny_nope')).toThrow(/jny_nope/);
    expect(exportProject(sample, 'decisions-csv', { journeyId: 'jny_nope' }).ok).toBe(false);
  });

  it('escapes Markdown syntax and HTML in user text', () => {
    expect(escapeMarkdown('<b>*x*</b> [a](b) _y_ `z` # ~ &amp; & ok')).toBe('\\<b\\>\\*x\\*\\</b\\> \\[a\\](b) \\_y\\_ \\`z\\` \\# \\~ \\&amp; & ok');
    expect(formatTime('not a time')).toBe('not a time');
  });
});
