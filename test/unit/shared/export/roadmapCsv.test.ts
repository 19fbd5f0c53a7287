/** The roadmap CSV is parsed back with papaparse and must equal the roadmap items. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, quote, toCsv } from '../../../../shared/export/csv.ts';
import { buildRoadmap } from '../../../../shared/export/roadmap.ts';
import { ROADMAP_CSV_HEADERS, roadmapCsv, roadmapCsvRows } from '../../../../shared/export/roadmapCsv.ts';
import { EXPORT_FILES, loadFixture } from './projects.ts';

const FILES = EXPORT_FILES;

/** Parse like a spreadsheet would, then undo the formula guard. */
function parseCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...ROADMAP_CSV_HEADERS]);
  return parsed.data;
}
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe.each(FILES)('roadmap CSV of %s', (file) => {
  const project = loadFixture(file);
  const text = roadmapCsv(project);

  it('has a BOM, the exact headers, and CRLF after every record (no bare LF outside quotes)', () => {
    expect(text.slice(0, 1 + ROADMAP_CSV_HEADERS.join(',').length + 2)).toBe(`\uFEFF${ROADMAP_CSV_HEADERS.join(',')}\r\n`);
    expect(text.endsWith('\r\n')).toBe(true);
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n|\r(?!\n)/);
  });

  it('parses back (papaparse) to one row per roadmap item, equal to the items', () => {
    const rows = parseCsv(text);
    const items = buildRoadmap(project).items;
    expect(rows).toHaveLength(items.length);
    const expected = roadmapCsvRows(project);
    rows.forEach((row, i) => {
      const item = items[i]!;
      const back = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unguard(v)]));
      expect(back).toEqual(expected[i]);
      expect(back['Source ID']).toBe(item.sourceId);
      expect(back['Description']).toBe(item.description);
      expect(back['Summary']).toBe(item.title.replace(/\s+/g, ' ').trim() || back['Summary']);
      expect(back['Votes']).toBe(String(item.votes));
      expect(back['Journey']).toBe(item.journey.name);
      expect(back['Stage']).toBe(item.stages.map((s) => s.name).join('; '));
      expect(back['Systems']).toBe(item.systems.map((s) => s.name).join('; '));
      expect(back['Personal Data']).toBe(item.personalData ? 'Yes' : 'No');
      expect(back['Issue Type']).toMatch(item.kind === 'opportunity' ? /^Story$/ : /^(Bug|Task)$/);
      expect(back['Labels']!.split(' ')).toEqual(expect.arrayContaining(['touchline', item.kind]));
      expect(['Highest', 'High', 'Medium', 'Low']).toContain(back['Priority']);
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });
});

describe('mapping rules', () => {
  const project = loadFixture('assets/samples/coffee-loyalty.touchline');
  const rows = roadmapCsvRows(project);
  it('maps severity to Jira priority and labels the kind, severity and side', () => {
    const stars = rows.find((r) => r['Source ID'].endsWith(':fr_stars_next_day'))!;
    expect(stars).toMatchObject({ 'Issue Type': 'Bug', 'Priority': 'High', 'Status': 'To Do', 'Owner': 'IT', 'Severity': 'High', 'Votes': '7' });
    expect(stars['Labels']).toBe('touchline friction severity-high owner-it personal-data');
    const soldOut = rows.find((r) => r['Source ID'].endsWith(':fr_sold_out_orderable'))!;
    expect(soldOut['Priority']).toBe('Highest');
    const opp = rows.find((r) => r['Source ID'].endsWith(':opp_realtime_loyalty'))!;
    expect(opp).toMatchObject({ 'Issue Type': 'Story', 'Priority': 'High', 'Owner': 'Loyalty platform team', 'Votes': '14' });
  });
  it('a friction point no system causes is a Task', () => {
    const p = structuredClone(project);
    for (const f of p.journeys[0]!.frictions) f.causedBySystemIds = [];
    expect(roadmapCsvRows(p).filter((r) => r['Source ID'].includes(':fr_')).every((r) => r['Issue Type'] === 'Task')).toBe(true);
  });
});

describe('hostile cells', () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'say "hi"', 'a,b', 'line\nbreak', 'crlf\r\nbreak', 'Emoji ☕🚀 👩🏽‍💻', 'שלום עולם', '‏RLM', 'plain'];
  it('neutralises formulas and quotes per RFC 4180', () => {
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('a=b')).toBe('a=b');
    expect(quote('say "hi"')).toBe('"say ""hi"""');
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote('a\rb')).toBe('"a\rb"');
    expect(quote('plain')).toBe('plain');
  });
  it('round-trips every hostile cell through papaparse', () => {
    const text = toCsv(['A', 'B'], hostile.map((h) => [h, `x${h}`]));
    const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1)).toEqual(hostile.map((h) => [/^[=+\-@\t\r]/.test(h) ? `'${h}` : h, `x${h}`]));
  });
  it('hostile titles and descriptions in a project come back intact', () => {
    const project = loadFixture('test/fixtures/golden/hostile.touchline');
    const p = structuredClone(project);
    const frictions = p.journeys[0]!.frictions.filter((f) => f.status !== 'resolved');
    frictions.forEach((f, i) => { f.description = hostile[i % hostile.length]!; });
    const rows = parseCsv(roadmapCsv(p));
    const byId = new Map(rows.map((r) => [r['Source ID'], r]));
    for (const [i, f] of frictions.entries()) {
      const row = byId.get(`touchline:${p.id}:${p.journeys[0]!.id}:${f.id}`)!;
      expect(unguard(row['Description']!)).toBe(hostile[i % hostile.length]);
      expect(row['Summary']).toBe(neutralise(f.title.replace(/\s+/g, ' ').trim()));
    }
  });
});
