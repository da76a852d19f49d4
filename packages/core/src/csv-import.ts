/**
 * CSV as spreadsheets write it: reading a people import (name, e-mail, start date, department)
 * and writing an export. Pure functions, no dependencies, so elements, stores and the server
 * read a file the same way.
 */
import { LIMITS } from './limits.js';
import type { ImportRow, IsoDate } from './types.js';

export type CsvDelimiter = ',' | ';' | '\t';

/** Something wrong with one row (`row` from 1, after the header) or with the whole file (`row` 0). */
export interface CsvImportError {
  row: number;
  field: keyof ImportRow | 'columns' | 'file';
  /**
   * Rows: `required`, `invalid-email`, `duplicate-email` (a later row with an earlier row's
   * e-mail), `invalid-date`, `too-long` (name, department). File: `missing-columns` (field `columns`),
   * `too-many-rows`, `empty` (no header), `no-rows` (a header only), `unclosed-quote`.
   */
  reason: string;
  /** `too-many-rows`: the most data rows accepted; `too-long`: the most characters. */
  limit?: number;
  /** `missing-columns`: which, as `ImportRow` keys. */
  columns?: (keyof ImportRow)[];
}

export interface CsvImport {
  /**
   * Every data row in file order, so `rows[i]` is row `i + 1` both here and in the store's
   * `previewImport`. Blank lines (also `;;;` lines) are skipped and not numbered. Values are
   * trimmed, e-mails lower-cased, dates written as `YYYY-MM-DD`; a value that could not be read
   * is kept as typed, so the store reports the same row error.
   */
  rows: ImportRow[];
  /** Row errors in row order, then field order; a file error comes alone, with no rows. */
  errors: CsvImportError[];
  delimiter: CsvDelimiter;
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** Column names in English and Dutch, folded as `foldHeader` folds them. */
const COLUMNS: Record<keyof ImportRow, readonly string[]> = {
  name: ['name', 'naam', 'fullname', 'volledigenaam'],
  email: ['email', 'mail', 'emailaddress', 'emailadres', 'mailadres'],
  startDate: ['startdate', 'startdatum', 'start', 'datumindienst', 'indienst', 'firstday', 'eerstewerkdag'],
  department: ['department', 'afdeling', 'dept'],
};
const REQUIRED: readonly (keyof ImportRow)[] = ['name', 'email', 'startDate'];

/**
 * Reads a people import. The delimiter is taken from the header line (`,`, `;` as Dutch Excel
 * writes, or tab); quotes follow RFC 4180 (delimiters, `""` and line breaks inside quotes);
 * CRLF or LF; a UTF-8 byte-order mark is dropped. Headers are matched ignoring case, accents,
 * spaces and dashes, in English or Dutch and in any order (`Naam;E-mail;Startdatum;Afdeling`);
 * other columns are ignored. Dates are `YYYY-MM-DD`, or day first as Dutch people write them:
 * `DD-MM-YYYY`, `DD/MM/YYYY` or `DD.MM.YYYY` (one-digit day and month too, as Excel writes
 * `1-3-2026`); `03/04/2026` is 3 April, never 4 March. More than `LIMITS.importRows` data rows
 * refuse the file as soon as the next row is reached: the rest is never read.
 */
export function parseCsvImport(text: string): CsvImport {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerAt = firstLineWithContent(source);
  if (headerAt === source.length) return fileError(',', { row: 0, field: 'file', reason: 'empty' });
  const { delimiter, columns } = readHeader(source, headerAt);
  const missing = REQUIRED.filter((column) => columns[column] === undefined);
  if (missing.length) {
    return fileError(delimiter, { row: 0, field: 'columns', reason: 'missing-columns', columns: missing });
  }

  const rows: ImportRow[] = [];
  const errors: CsvImportError[] = [];
  const firstRowByEmail = new Map<string, number>();
  const records = readRecords(source, delimiter, headerAt);
  records.next(); // the header
  for (const record of records) {
    if (record.unclosed) {
      return fileError(delimiter, { row: rows.length + 1, field: 'file', reason: 'unclosed-quote' });
    }
    if (record.fields.every((field) => !field.trim())) continue;
    if (rows.length === LIMITS.importRows) {
      return fileError(delimiter, { row: 0, field: 'file', reason: 'too-many-rows', limit: LIMITS.importRows });
    }
    const row = rows.length + 1;
    const cell = (column: keyof ImportRow) => {
      const index = columns[column];
      return index === undefined ? '' : (record.fields[index] ?? '');
    };
    const { value, errors: rowErrors } = readRow(row, cell);
    if (!rowErrors.some((e) => e.field === 'email') && value.email) {
      const first = firstRowByEmail.get(value.email);
      if (first === undefined) firstRowByEmail.set(value.email, row);
      else rowErrors.push({ row, field: 'email', reason: 'duplicate-email' });
    }
    rows.push(value);
    errors.push(...rowErrors.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field)));
  }
  if (!rows.length) return fileError(delimiter, { row: 0, field: 'file', reason: 'no-rows' });
  return { rows, errors, delimiter };
}

/**
 * A date as people type it in a spreadsheet, as `YYYY-MM-DD`; undefined when it is not one or
 * does not exist (31-02-2026). Day first: `DD-MM-YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY`.
 */
export function parseImportDate(value: string): IsoDate | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : dayFirst
      ? [dayFirst[4], dayFirst[3], dayFirst[1]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A plausible e-mail address: one `@`, no spaces, a dotted domain. */
/** What an e-mail address looks like: enough to catch typing mistakes, not a full RFC 5322 check. */
export const EMAIL_SHAPE = /^[^\s@"<>,;()[\]\\]+@[^\s@"<>,;()[\]\\.]+(\.[^\s@"<>,;()[\]\\.]+)+$/;
const EMAIL_MAX = 254;

function readRow(
  row: number,
  cell: (column: keyof ImportRow) => string,
): { value: ImportRow; errors: CsvImportError[] } {
  const errors: CsvImportError[] = [];
  const name = oneLine(cell('name'));
  const email = cell('email').trim().toLowerCase();
  const dateText = cell('startDate').trim();
  const department = oneLine(cell('department'));

  if (!name) errors.push({ row, field: 'name', reason: 'required' });
  else if (name.length > LIMITS.personName) {
    errors.push({ row, field: 'name', reason: 'too-long', limit: LIMITS.personName });
  }
  if (!email) errors.push({ row, field: 'email', reason: 'required' });
  else if (email.length > EMAIL_MAX || !EMAIL_SHAPE.test(email))
    errors.push({ row, field: 'email', reason: 'invalid-email' });
  const startDate = parseImportDate(dateText);
  if (!dateText) errors.push({ row, field: 'startDate', reason: 'required' });
  else if (!startDate) errors.push({ row, field: 'startDate', reason: 'invalid-date' });

  if (department.length > LIMITS.personName) {
    errors.push({ row, field: 'department', reason: 'too-long', limit: LIMITS.personName });
  }

  const value: ImportRow = { name, email, startDate: startDate ?? dateText };
  if (department) value.department = department;
  return { value, errors };
}

const FIELD_ORDER: readonly CsvImportError['field'][] = ['name', 'email', 'startDate', 'department'];
const fieldOrder = (field: CsvImportError['field']) => FIELD_ORDER.indexOf(field);

/** NFC, trimmed, inner whitespace (also line breaks inside quotes) as single spaces. */
const oneLine = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

const fileError = (delimiter: CsvDelimiter, error: CsvImportError): CsvImport => ({
  rows: [],
  errors: [error],
  delimiter,
});

/** A header cell folded for matching: no accents, case, spaces, dashes, dots or underscores. */
function foldHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.:*]/g, '');
}

/** Where the first line with something on it starts. */
function firstLineWithContent(text: string): number {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === undefined) {
      if (text.slice(start, i).trim()) return start;
      start = i + 1;
    }
  }
  return text.length;
}

/** The delimiter under which the header names the most known columns (then: splits into most cells). */
function readHeader(
  text: string,
  at: number,
): { delimiter: CsvDelimiter; columns: Partial<Record<keyof ImportRow, number>> } {
  let best: { delimiter: CsvDelimiter; columns: Partial<Record<keyof ImportRow, number>>; score: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const header = readRecords(text, delimiter, at).next().value?.fields ?? [];
    const columns: Partial<Record<keyof ImportRow, number>> = {};
    for (const [index, cell] of header.entries()) {
      const folded = foldHeader(cell);
      for (const [column, names] of Object.entries(COLUMNS) as [keyof ImportRow, readonly string[]][]) {
        if (columns[column] === undefined && names.includes(folded)) columns[column] = index;
      }
    }
    const score = Object.keys(columns).length * 1_000 + header.length;
    if (!best || score > best.score) best = { delimiter, columns, score };
  }
  return best!;
}

/**
 * Records from `start`, one at a time (RFC 4180, leniently: a quote inside an unquoted field is
 * kept as it is, spaces before an opening quote are skipped). The last record is `unclosed`
 * when a quoted field runs to the end of the text.
 */
function* readRecords(
  text: string,
  delimiter: CsvDelimiter,
  start: number,
): Generator<{ fields: string[]; unclosed?: true }, void> {
  let i = start;
  const end = text.length;
  const fieldEnd = (from: number) => {
    let j = from;
    while (j < end) {
      const c = text[j];
      if (c === delimiter || c === '\n' || c === '\r') break;
      j++;
    }
    return j;
  };
  while (i < end) {
    const fields: string[] = [];
    for (;;) {
      let j = i;
      while (text[j] === ' ') j++;
      let value: string;
      if (text[j] === '"') {
        value = '';
        i = j + 1;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote < 0) {
            fields.push(value + text.slice(i));
            yield { fields, unclosed: true };
            return;
          }
          value += text.slice(i, quote);
          i = quote + 1;
          if (text[i] !== '"') break;
          value += '"';
          i++;
        }
        const rest = fieldEnd(i);
        value += text.slice(i, rest);
        i = rest;
      } else {
        const rest = fieldEnd(i);
        value = text.slice(i, rest);
        i = rest;
      }
      fields.push(value);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    yield { fields };
  }
}

// ---------------------------------------------------------------------------- export

/** Characters that make a spreadsheet treat a cell as a formula (OWASP: also tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text that a spreadsheet would run as a formula gets a leading `'` (CSV injection);
 * cells with the delimiter, a quote or a line break are quoted. Numbers stay numbers.
 */
export function csvCell(value: string | number, delimiter: CsvDelimiter = ','): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A plain negative number ("-2,5" as Dutch writes it) is data, not a formula.
  const safe = FORMULA_START.test(value) && !/^-\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows to CSV text, CRLF line ends (RFC 4180), one after the last row. Use `;` for files that
 * Dutch Excel opens by double-click; prepend a byte-order mark when offering it as a download.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[], delimiter: CsvDelimiter = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter) + '\r\n').join('');
}
