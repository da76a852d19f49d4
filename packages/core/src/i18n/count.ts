import type { Formatters } from './format.js';

/** "1 answer" / "3 answers", with the number in the locale's own digits. */
export const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;
