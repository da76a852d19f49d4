import type { Formatters, ImportRow, ImportRowResult, Translations } from '@plein/core';

type Outcome = ImportRowResult['outcome'];

/** The CSV import (loaded with its code, both languages). */
const en = {
  heading: 'Import people from a CSV file',
  close: 'Close the import',
  intro: (limit: number, format: Formatters) =>
    `The first line names the columns: name, e-mail and start date, and department if you like, in English or Dutch, separated by commas or semicolons. Dates as 2026-03-01 or 1-3-2026. At most ${format.number(limit)} rows. Nothing is saved until you confirm.`,
  file: 'CSV file',
  paste: 'Or paste the rows, with the header line',
  preview: 'Preview',
  reading: 'Reading the file…',
  checking: 'Checking the rows…',

  columns: { name: 'name', email: 'e-mail', startDate: 'start date', department: 'department' } satisfies Record<
    keyof ImportRow,
    string
  >,
  missingColumns: (columns: string) =>
    `The file misses ${columns}. Its first line must name the columns name, e-mail and start date (department is optional).`,
  tooManyRows: (limit: number, format: Formatters) =>
    `This file has more than ${format.number(limit)} rows. Split it into smaller files and import them one by one.`,
  tooBig: (limit: number, format: Formatters) =>
    `This file is too large to be a list of people (more than ${format.number(limit)} MB). Check that you chose the right file.`,
  empty: 'The file is empty.',
  noRows: 'The file has a header line but no people under it.',
  unclosedQuote: (row: number, format: Formatters) =>
    `Row ${format.number(row)} opens a quote (") that is never closed. Open the file in a spreadsheet program and save it as CSV again.`,
  unreadable: "The file couldn't be read. Choose it again, or paste its rows.",
  fileProblem: 'This file cannot be imported',
  forbidden: 'Only the communication team can import people.',
  archived: 'This campaign is archived. Restore it before importing people.',

  previewHeading: 'Preview',
  summary: 'What the import will do',
  outcomes: {
    enrol: 'Will be enrolled',
    add: 'New colleague: added and enrolled',
    skip: 'Already enrolled (skipped)',
    error: 'Error: not imported',
  } satisfies Record<Outcome, string>,
  done: {
    enrol: 'Enrolled',
    add: 'Added and enrolled',
    skip: 'Already enrolled (skipped)',
    error: 'Error: not imported',
  } satisfies Record<Outcome, string>,
  onlyErrors: 'Show only the rows with an error',
  row: 'Row',
  name: 'Name',
  email: 'E-mail',
  startDate: 'Start date',
  department: 'Department',
  outcome: 'Outcome',
  tableLabel: 'The rows of the file',
  shown: (shown: number, total: number, format: Formatters) =>
    `Showing ${format.number(shown)} of ${format.number(total)} rows.`,
  showMore: 'Show more rows',
  importN: (count: number, format: Formatters) =>
    count === 1 ? 'Import 1 person' : `Import ${format.number(count)} people`,
  importing: 'Importing…',
  nothingToImport: 'No row can be imported. Correct the file and choose it again.',
  another: 'Choose another file',
  cancel: 'Cancel',
  finish: 'Done',

  reportHeading: 'Import done',
  reportToast: (count: number, format: Formatters) =>
    count === 1 ? '1 person is enrolled.' : `${format.number(count)} people are enrolled.`,

  reasons: {
    required: 'Missing.',
    'invalid-email': 'Not an e-mail address.',
    'duplicate-email': 'This e-mail address is on an earlier row too.',
    'invalid-date': 'Not a date: write 2026-03-01 or 1-3-2026.',
  },
  tooLong: (limit: number, format: Formatters) => `Too long: at most ${format.number(limit)} characters.`,
  otherReason: 'This value cannot be used.',
};

const nl: typeof en = {
  heading: 'Mensen importeren uit een CSV-bestand',
  close: 'Importeren sluiten',
  intro: (limit, format) =>
    `De eerste regel noemt de kolommen: naam, e-mail en startdatum, en eventueel afdeling, in het Nederlands of Engels, gescheiden door komma’s of puntkomma’s. Datums als 1-3-2026 of 2026-03-01. Hoogstens ${format.number(limit)} rijen. Er wordt niets opgeslagen voordat je bevestigt.`,
  file: 'CSV-bestand',
  paste: 'Of plak de rijen, met de kopregel',
  preview: 'Voorbeeld bekijken',
  reading: 'Bestand lezen…',
  checking: 'Rijen controleren…',

  columns: { name: 'naam', email: 'e-mail', startDate: 'startdatum', department: 'afdeling' },
  missingColumns: (columns) =>
    `In het bestand ontbreekt ${columns}. De eerste regel moet de kolommen naam, e-mail en startdatum noemen (afdeling mag).`,
  tooManyRows: (limit, format) =>
    `Dit bestand heeft meer dan ${format.number(limit)} rijen. Splits het in kleinere bestanden en importeer die een voor een.`,
  tooBig: (limit, format) =>
    `Dit bestand is te groot voor een lijst met mensen (meer dan ${format.number(limit)} MB). Controleer of je het goede bestand hebt gekozen.`,
  empty: 'Het bestand is leeg.',
  noRows: 'Het bestand heeft een kopregel maar geen mensen eronder.',
  unclosedQuote: (row, format) =>
    `Rij ${format.number(row)} opent een aanhalingsteken (") dat nergens wordt gesloten. Open het bestand in een spreadsheetprogramma en sla het opnieuw op als CSV.`,
  unreadable: 'Het bestand kon niet worden gelezen. Kies het opnieuw, of plak de rijen.',
  fileProblem: 'Dit bestand kan niet worden geïmporteerd',
  forbidden: 'Alleen het communicatieteam kan mensen importeren.',
  archived: 'Deze campagne is gearchiveerd. Zet haar eerst terug voordat je mensen importeert.',

  previewHeading: 'Voorbeeld',
  summary: 'Wat het importeren doet',
  outcomes: {
    enrol: 'Wordt ingeschreven',
    add: 'Nieuwe collega: toegevoegd en ingeschreven',
    skip: 'Al ingeschreven (overgeslagen)',
    error: 'Fout: niet geïmporteerd',
  },
  done: {
    enrol: 'Ingeschreven',
    add: 'Toegevoegd en ingeschreven',
    skip: 'Al ingeschreven (overgeslagen)',
    error: 'Fout: niet geïmporteerd',
  },
  onlyErrors: 'Alleen de rijen met een fout tonen',
  row: 'Rij',
  name: 'Naam',
  email: 'E-mail',
  startDate: 'Startdatum',
  department: 'Afdeling',
  outcome: 'Resultaat',
  tableLabel: 'De rijen van het bestand',
  shown: (shown, total, format) => `${format.number(shown)} van ${format.number(total)} rijen getoond.`,
  showMore: 'Meer rijen tonen',
  importN: (count, format) => (count === 1 ? '1 persoon importeren' : `${format.number(count)} mensen importeren`),
  importing: 'Importeren…',
  nothingToImport: 'Geen enkele rij kan worden geïmporteerd. Verbeter het bestand en kies het opnieuw.',
  another: 'Een ander bestand kiezen',
  cancel: 'Annuleren',
  finish: 'Klaar',

  reportHeading: 'Importeren klaar',
  reportToast: (count, format) =>
    count === 1 ? '1 persoon is ingeschreven.' : `${format.number(count)} mensen zijn ingeschreven.`,

  reasons: {
    required: 'Ontbreekt.',
    'invalid-email': 'Geen e-mailadres.',
    'duplicate-email': 'Dit e-mailadres staat ook op een eerdere rij.',
    'invalid-date': 'Geen datum: schrijf 1-3-2026 of 2026-03-01.',
  },
  tooLong: (limit, format) => `Te lang: hoogstens ${format.number(limit)} tekens.`,
  otherReason: 'Deze waarde kan niet worden gebruikt.',
};

export type ImportStrings = typeof en;
export const importStrings: Translations<ImportStrings> = { en, nl };
