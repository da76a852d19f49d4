import type { Formatters } from '@plein/core';

/**
 * "1 comment" / "3 comments", with the number in the locale's own digits. For the strings of the
 * parts loaded on demand (the first load's strings keep a copy, so these parts never import it).
 */
export const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;
