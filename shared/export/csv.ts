/**
 * RFC 4180 CSV writing for spreadsheets and issue trackers: fields holding a
 * comma, quote, CR or LF are quoted (quotes doubled), records end in CRLF,
 * and the text starts with a UTF-8 byte-order mark so Excel reads UTF-8.
 *
 * Formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or carriage
 * return is prefixed with a single quote (`'`), so a spreadsheet shows it as
 * text instead of running it (OWASP "CSV injection").
 */
export const BOM = '\uFEFF';
export const CRLF = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefix a cell that a spreadsheet would treat as a formula. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A whole CSV document: BOM, header record, data records, each ending in CRLF. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const record = (cells: readonly string[]) => cells.map((c) => quote(neutralise(c))).join(',') + CRLF;
  return BOM + record(headers) + rows.map(record).join('');
}
