/**
 * An RFC 4180 CSV reader: quoted fields may hold the delimiter, doubled
 * quotes and line breaks; rows end in CRLF, LF or a lone CR; a UTF-8 byte
 * order mark is dropped. Files exported by spreadsheets in locales that use
 * a decimal comma separate fields with semicolons: that is detected from the
 * header line. Pure: no DOM, no Node.
 */

export interface CsvRow {
  /** 1-based line in the file where the row starts (a quoted field may span lines). */
  line: number;
  cells: string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

export type CsvResult =
  | { ok: true; rows: CsvRow[]; delimiter: CsvDelimiter }
  | { ok: false; error: { line: number; message: string } };

export interface CsvOptions {
  /** Force a delimiter; by default it is detected from the first line. */
  delimiter?: CsvDelimiter;
}

/** Count a character outside quotes on the first line of `text`. */
function countOutsideQuotes(text: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === char) count++;
  }
  return count;
}

/** The delimiter the header line uses most: comma, semicolon or tab (comma on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const commas = countOutsideQuotes(text, ',');
  const semicolons = countOutsideQuotes(text, ';');
  const tabs = countOutsideQuotes(text, '\t');
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parse CSV text into rows. Blank lines (including the usual trailing one)
 * are skipped. A quote that is never closed is an error naming the line the
 * quoted field starts on. Text after a closing quote is kept, leniently.
 */
export function parseCsv(input: string, options: CsvOptions = {}): CsvResult {
  const text = stripBom(input);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;

  const endRow = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
  };

  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') { field += '\r\n'; line++; i += 2; continue; }
      if (c === '\n' || c === '\r') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (c === delimiter) { cells.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) {
    return { ok: false, error: { line: quoteLine, message: `A quoted field starting on line ${quoteLine} is never closed: a closing " is missing.` } };
  }
  if (field !== '' || cells.length > 0) endRow();
  return { ok: true, rows, delimiter };
}
