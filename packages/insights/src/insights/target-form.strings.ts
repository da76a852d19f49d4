import type { Formatters, TargetPeriod, Translations } from '@plein/core';

/** The target form (loaded with its code, both languages: it is small). */
const en = {
  heading: (name: string) => `Target for ${name}`,
  per: 'Period',
  pers: {
    week: 'Each week',
    month: 'Each month',
    quarter: 'Each quarter',
    year: 'Each year',
  } satisfies Record<TargetPeriod, string>,
  value: 'Target',
  shareHint: 'A percentage above 0, at most 100.',
  countHint: (max: number, format: Formatters) => `A whole number from 1 to ${format.number(max)}.`,
  save: 'Save target',
  saving: 'Saving…',
  cancel: 'Cancel',
  empty: 'Type a target.',
  notANumber: 'Type a number, like 60.',
  positive: 'The target has to be more than 0.',
  maxShare: 'A percentage can be at most 100.',
  whole: 'Use a whole number.',
  maxCount: (max: number, format: Formatters) => `The target can be at most ${format.number(max)}.`,
  forbidden: 'Only the communication team can set targets.',
};

const nl: typeof en = {
  heading: (name) => `Doel voor ${name}`,
  per: 'Periode',
  pers: { week: 'Elke week', month: 'Elke maand', quarter: 'Elk kwartaal', year: 'Elk jaar' },
  value: 'Doel',
  shareHint: 'Een percentage boven 0, hoogstens 100.',
  countHint: (max, format) => `Een heel getal van 1 tot en met ${format.number(max)}.`,
  save: 'Doel opslaan',
  saving: 'Opslaan…',
  cancel: 'Annuleren',
  empty: 'Vul een doel in.',
  notANumber: 'Vul een getal in, zoals 60.',
  positive: 'Het doel moet meer dan 0 zijn.',
  maxShare: 'Een percentage kan hoogstens 100 zijn.',
  whole: 'Gebruik een heel getal.',
  maxCount: (max, format) => `Het doel kan hoogstens ${format.number(max)} zijn.`,
  forbidden: 'Alleen het communicatieteam kan doelen instellen.',
};

export type TargetFormStrings = typeof en;
export const targetFormStrings: Translations<TargetFormStrings> = { en, nl };
