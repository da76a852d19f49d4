import type { Formatters } from '@plein/core';

/** "1 task" / "3 tasks", with the number in the locale's own digits. */
export const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;
