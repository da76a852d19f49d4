import type { Formatters, Translations } from '@plein/core';

/** `<plein-people-picker>`'s own words; small and eager in every language, as `uiStrings` are. */
const en = {
  label: 'People',
  chosen: 'Chosen people',
  searching: 'Searching…',
  noOne: (query: string) => `No one found for “${query}”.`,
  found: (n: number, format: Formatters) =>
    format.plural(n) === 'one' ? `${format.number(n)} person found` : `${format.number(n)} people found`,
  added: (name: string) => `${name} added.`,
  removed: (name: string) => `${name} removed.`,
  remove: (name: string) => `Remove ${name}`,
};

const nl: typeof en = {
  label: 'Personen',
  chosen: 'Gekozen personen',
  searching: 'Zoeken…',
  noOne: (query) => `Niemand gevonden voor ‘${query}’.`,
  found: (n, format) =>
    format.plural(n) === 'one' ? `${format.number(n)} persoon gevonden` : `${format.number(n)} personen gevonden`,
  added: (name) => `${name} toegevoegd.`,
  removed: (name) => `${name} verwijderd.`,
  remove: (name) => `${name} verwijderen`,
};

export type PeoplePickerStrings = typeof en;

export const peoplePickerStrings: Translations<PeoplePickerStrings> = { en, nl };
