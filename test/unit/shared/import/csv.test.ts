import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, type CsvResult } from '../../../../shared/import/csv.ts';

function rows(result: CsvResult) {
  if (!result.ok) throw new Error(result.error.message);
  return result.rows.map((r) => [r.line, ...r.cells]);
}

describe('parseCsv', () => {
  it('splits plain rows on LF and CRLF and skips the trailing empty line', () => {
    expect(rows(parseCsv('a,b\n1,2\n'))).toEqual([[1, 'a', 'b'], [2, '1', '2']]);
    expect(rows(parseCsv('a,b\r\n1,2\r\n'))).toEqual([[1, 'a', 'b'], [2, '1', '2']]);
    expect(rows(parseCsv('a,b\r1,2'))).toEqual([[1, 'a', 'b'], [2, '1', '2']]);
  });

  it('keeps commas, doubled quotes and empty fields inside quotes', () => {
    expect(rows(parseCsv('"Points, tiers","say ""hi""",,""\n'))).toEqual([[1, 'Points, tiers', 'say "hi"', '', '']]);
  });

  it('keeps line breaks inside quotes and numbers rows by their starting line', () => {
    const result = parseCsv('name,notes\r\nA,"one\r\ntwo\nthree"\r\nB,x\r\n');
    expect(rows(result)).toEqual([[1, 'name', 'notes'], [2, 'A', 'one\r\ntwo\nthree'], [5, 'B', 'x']]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(rows(parseCsv('\uFEFFname\nCRM'))).toEqual([[1, 'name'], [2, 'CRM']]);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(rows(parseCsv('name\n\nCRM\n\n\nShop'))).toEqual([[1, 'name'], [3, 'CRM'], [6, 'Shop']]);
  });

  it('reports an unterminated quote with the line it starts on', () => {
    const result = parseCsv('name,notes\nA,ok\nB,"never closed\nC,ok\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(3);
    expect(result.error.message).toMatch(/line 3.*never closed/);
  });

  it('keeps quotes in the middle of an unquoted field literally', () => {
    expect(rows(parseCsv('5" screen,x'))).toEqual([[1, '5" screen', 'x']]);
  });

  it('detects semicolon and tab separated files from the header line', () => {
    expect(detectDelimiter('name;vendor;notes\nA,B;C;D')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('name\tvendor\n')).toBe('\t');
    expect(detectDelimiter('name\n')).toBe(',');
    expect(rows(parseCsv('name;notes\n"Data; warehouse";a,b\n'))).toEqual([[1, 'name', 'notes'], [2, 'Data; warehouse', 'a,b']]);
  });

  it('handles an empty input and a last row without a line break', () => {
    expect(rows(parseCsv(''))).toEqual([]);
    expect(rows(parseCsv('a,'))).toEqual([[1, 'a', '']]);
  });
});
