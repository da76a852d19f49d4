import type { Formatters, Translations } from '@plein/core';

/** "1 person" / "3 people", with the number in the locale's own digits. */
const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;

/** The text field with mentions (a feed's composer, comments and editor; the kudos form): its people list and its counter. */
const en = {
  people: 'People to mention',
  found: (n: number, format: Formatters) =>
    `${count(format, n, 'person', 'people')} found. Use the arrow keys and Enter to mention.`,
  noOne: 'No one found.',
  mentioned: (name: string) => `${name} mentioned.`,
  left: (n: number, format: Formatters) => `${count(format, n, 'character', 'characters')} left`,
  over: (n: number, format: Formatters) => `${count(format, n, 'character', 'characters')} too many`,
};

const nl: typeof en = {
  people: 'Mensen om te noemen',
  found: (n, format) =>
    `${count(format, n, 'persoon', 'personen')} gevonden. Gebruik de pijltjestoetsen en Enter om iemand te noemen.`,
  noOne: 'Niemand gevonden.',
  mentioned: (name) => `${name} genoemd.`,
  left: (n, format) => `nog ${count(format, n, 'teken', 'tekens')}`,
  over: (n, format) => `${count(format, n, 'teken', 'tekens')} te veel`,
};

export type FieldStrings = typeof en;
export const fieldStrings: Translations<FieldStrings> = { en, nl };
