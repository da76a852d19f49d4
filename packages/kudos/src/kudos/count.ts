import type { Formatters } from '@plein/core';

/** "1 value" / "3 values", with the number in the locale's own digits. */
export const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;
