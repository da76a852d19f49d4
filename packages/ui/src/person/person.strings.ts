import type { Translations } from '@plein/core';

/** `<plein-person>`'s own words; small and eager in every language, as `uiStrings` are. */
const en = {
  details: (name: string) => `About ${name}`,
  jobTitle: 'Job title',
  department: 'Department',
  location: 'Location',
  email: 'E-mail',
};

const nl: typeof en = {
  details: (name) => `Over ${name}`,
  jobTitle: 'Functie',
  department: 'Afdeling',
  location: 'Locatie',
  email: 'E-mail',
};

export type PersonStrings = typeof en;

export const personStrings: Translations<PersonStrings> = { en, nl };
