/**
 * CSV export of a poll's results. Cells are quoted where needed and made safe against
 * formula injection: a spreadsheet must never run an option label as a formula.
 */

/** Characters that make a spreadsheet treat a cell as a formula (OWASP: also tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that could start a formula gets a leading apostrophe; numbers stay numbers. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows to CSV text with CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name from the question: letters, digits and dashes only. */
export function csvFileName(question: string, fallback: string): string {
  const slug = question
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || fallback}.csv`;
}

export interface ResultsCsvColumns {
  question: string;
  option: string;
  votes: string;
  percentage: string;
}

/** One row per option: question, option, votes, whole-number percentage of voters. */
export function resultsCsv(
  poll: { question: string; options: readonly { id: string; label: string }[] },
  results: { voterCount: number; options: readonly { optionId: string; votes: number }[] },
  columns: ResultsCsvColumns,
): string {
  const votes = new Map(results.options.map((option) => [option.optionId, option.votes]));
  const rows: (string | number)[][] = [[columns.question, columns.option, columns.votes, columns.percentage]];
  for (const option of poll.options) {
    const count = votes.get(option.id) ?? 0;
    rows.push([poll.question, option.label, count, share(count, results.voterCount)]);
  }
  return toCsv(rows);
}

/** Whole-number percentage of voters; 0 when nobody voted. */
export function share(votes: number, voters: number): number {
  return voters > 0 ? Math.round((votes / voters) * 100) : 0;
}
