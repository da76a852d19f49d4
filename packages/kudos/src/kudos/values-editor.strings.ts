import type { Formatters, Locale, Translations } from '@plein/core';
import type { Swatch } from './values-editor-choices.js';

/** The values editor and the wall's settings (loaded with its code, both languages: it is small). */
const en = {
  title: 'Values and settings',
  close: 'Close',
  loading: 'Loading the values…',
  retry: 'Try again',

  settings: 'Settings',
  peopleBoard: 'Show a people leaderboard',
  peopleBoardHint:
    'Ranks colleagues by the kudos they received, beside the wall. Off by default: ranking people is a choice to make on purpose.',
  peopleBoardOn: 'The people leaderboard is shown.',
  peopleBoardOff: 'The people leaderboard is hidden.',

  values: 'Values',
  archiveHint:
    'Archiving a value takes it out of the give form. Kudos already given for it stay on the wall, and you can restore it at any time.',
  noValues: 'No values yet. Add the first one: people give kudos for a value.',
  archived: 'Archived values',
  add: 'Add a value',
  edit: 'Edit',
  editLabel: (name: string) => `Edit ${name}`,
  archive: 'Archive',
  archiveLabel: (name: string) => `Archive ${name}`,
  restore: 'Restore',
  restoreLabel: (name: string) => `Restore ${name}`,
  archivedDone: (name: string) => `${name} is archived. Kudos already given for it stay on the wall.`,
  restoredDone: (name: string) => `${name} can be given again.`,
  savedDone: (name: string) => `${name} is saved.`,

  addTitle: 'Add a value',
  editTitle: (name: string) => `Edit ${name}`,
  name: 'Name',
  nameHint: (limit: number, format: Formatters) => `In one language or both, up to ${format.number(limit)} characters.`,
  description: 'Short description (optional)',
  descriptionHint: (limit: number, format: Formatters) => `Up to ${format.number(limit)} characters per language.`,
  languages: { en: 'English', nl: 'Dutch' } satisfies Record<Locale, string>,
  emoji: 'Emoji',
  emojiHint: 'One emoji, shown on the badge. Pick one below or type your own.',
  suggested: 'Suggested emoji',
  color: 'Colour',
  customColor: 'Other colour',
  swatches: {
    blue: 'Blue',
    teal: 'Teal',
    green: 'Green',
    orange: 'Orange',
    red: 'Red',
    magenta: 'Magenta',
    purple: 'Purple',
    grey: 'Grey',
  } satisfies Record<Swatch, string>,
  preview: 'Preview',
  unnamed: 'New value',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',

  nameRequired: 'Give the value a name in at least one language.',
  nameTaken: 'An active value already has this name. Choose another name.',
  nameTooLong: (limit: number, format: Formatters) => `A name can be at most ${format.number(limit)} characters.`,
  descriptionTooLong: (limit: number, format: Formatters) =>
    `A description can be at most ${format.number(limit)} characters.`,
  emojiRequired: 'Choose an emoji.',
  emojiInvalid: 'Use one emoji, such as 🤝 (no letters or numbers).',
  colorInvalid: 'Choose a colour written as #rrggbb, for example #0f6cbd.',
  tooMany: (limit: number, format: Formatters) =>
    `There can be at most ${format.number(limit)} active values. Archive one first.`,
  restoreTaken: 'An active value already has this name. Rename one of them first.',
  forbidden: 'Only editors and the communications team can change the values and settings.',
};

const nl: typeof en = {
  title: 'Waarden en instellingen',
  close: 'Sluiten',
  loading: 'Waarden laden…',
  retry: 'Opnieuw proberen',

  settings: 'Instellingen',
  peopleBoard: 'Ranglijst van mensen tonen',
  peopleBoardHint:
    'Zet collega’s op volgorde van de kudos die ze kregen, naast de muur. Staat standaard uit: mensen rangschikken is een bewuste keuze.',
  peopleBoardOn: 'De ranglijst van mensen wordt getoond.',
  peopleBoardOff: 'De ranglijst van mensen is verborgen.',

  values: 'Waarden',
  archiveHint:
    'Een gearchiveerde waarde staat niet meer in het formulier om kudos te geven. Kudos die er al voor gegeven zijn blijven op de muur staan, en je kunt de waarde altijd terugzetten.',
  noValues: 'Nog geen waarden. Voeg de eerste toe: mensen geven kudos voor een waarde.',
  archived: 'Gearchiveerde waarden',
  add: 'Waarde toevoegen',
  edit: 'Bewerken',
  editLabel: (name) => `${name} bewerken`,
  archive: 'Archiveren',
  archiveLabel: (name) => `${name} archiveren`,
  restore: 'Terugzetten',
  restoreLabel: (name) => `${name} terugzetten`,
  archivedDone: (name) => `${name} is gearchiveerd. Kudos die er al voor gegeven zijn blijven op de muur staan.`,
  restoredDone: (name) => `${name} kan weer gegeven worden.`,
  savedDone: (name) => `${name} is opgeslagen.`,

  addTitle: 'Waarde toevoegen',
  editTitle: (name) => `${name} bewerken`,
  name: 'Naam',
  nameHint: (limit, format) => `In één taal of allebei, hoogstens ${format.number(limit)} tekens.`,
  description: 'Korte omschrijving (optioneel)',
  descriptionHint: (limit, format) => `Hoogstens ${format.number(limit)} tekens per taal.`,
  languages: { en: 'Engels', nl: 'Nederlands' },
  emoji: 'Emoji',
  emojiHint: 'Eén emoji, te zien op de badge. Kies er hieronder een of typ je eigen.',
  suggested: 'Voorgestelde emoji',
  color: 'Kleur',
  customColor: 'Andere kleur',
  swatches: {
    blue: 'Blauw',
    teal: 'Blauwgroen',
    green: 'Groen',
    orange: 'Oranje',
    red: 'Rood',
    magenta: 'Magenta',
    purple: 'Paars',
    grey: 'Grijs',
  },
  preview: 'Voorbeeld',
  unnamed: 'Nieuwe waarde',
  save: 'Opslaan',
  saving: 'Opslaan…',
  cancel: 'Annuleren',

  nameRequired: 'Geef de waarde een naam in ten minste één taal.',
  nameTaken: 'Een actieve waarde heeft deze naam al. Kies een andere naam.',
  nameTooLong: (limit, format) => `Een naam mag hoogstens ${format.number(limit)} tekens lang zijn.`,
  descriptionTooLong: (limit, format) => `Een omschrijving mag hoogstens ${format.number(limit)} tekens lang zijn.`,
  emojiRequired: 'Kies een emoji.',
  emojiInvalid: 'Gebruik één emoji, zoals 🤝 (geen letters of cijfers).',
  colorInvalid: 'Kies een kleur geschreven als #rrggbb, bijvoorbeeld #0f6cbd.',
  tooMany: (limit, format) =>
    `Er kunnen hoogstens ${format.number(limit)} actieve waarden zijn. Archiveer er eerst een.`,
  restoreTaken: 'Een actieve waarde heeft deze naam al. Geef eerst een van beide een andere naam.',
  forbidden: 'Alleen redacteuren en het communicatieteam kunnen de waarden en instellingen wijzigen.',
};

export type ValuesEditorStrings = typeof en;
export const valuesEditorStrings: Translations<ValuesEditorStrings> = { en, nl };
