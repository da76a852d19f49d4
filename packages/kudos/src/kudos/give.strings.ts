import type { Formatters, Translations } from '@plein/core';
import { count } from './count.js';

/** The give form (loaded with its code): labels, hints and every reason a gift is refused. */
const en = {
  title: 'Give kudos',
  to: 'To',
  toHint: (max: number, format: Formatters) => `Choose up to ${count(format, max, 'colleague', 'colleagues')}.`,
  value: 'For which value?',
  noValues: 'There are no values to choose from yet. The communications team can add them.',
  message: 'Message',
  placeholder: 'What did they do? Be specific: it means more.',
  hint: 'Type @ to mention someone and # to add a tag. Ctrl+Enter sends.',
  send: 'Send kudos',
  sending: 'Sending…',
  cancel: 'Cancel',
  // Refusals, each shown at its field.
  nobody: 'Choose at least one colleague.',
  self: "You can't give kudos to yourself. Choose a colleague.",
  unknownPerson: "Someone you chose can't be found. Remove them and choose again.",
  tooMany: (max: number, format: Formatters) =>
    `You can give kudos to at most ${count(format, max, 'person', 'people')} at once.`,
  noValue: 'Choose the value they lived up to.',
  archived: 'That value is no longer in use. Choose another one.',
  empty: 'Write a few words about what they did.',
  tooLong: (max: number, format: Formatters) =>
    `The message can be at most ${count(format, max, 'character', 'characters')} long.`,
  unknownMention: "Someone you mentioned can't be found. Choose them again from the list.",
};

const nl: typeof en = {
  title: 'Kudos geven',
  to: 'Aan',
  toHint: (max, format) => `Kies maximaal ${count(format, max, 'collega', 'collega’s')}.`,
  value: 'Voor welke waarde?',
  noValues: 'Er zijn nog geen waarden om uit te kiezen. Het communicatieteam kan ze toevoegen.',
  message: 'Bericht',
  placeholder: 'Wat deden ze? Wees concreet: dat zegt meer.',
  hint: 'Typ @ om iemand te noemen en # voor een tag. Ctrl+Enter verstuurt.',
  send: 'Kudos versturen',
  sending: 'Versturen…',
  cancel: 'Annuleren',
  nobody: 'Kies minstens één collega.',
  self: 'Je kunt jezelf geen kudos geven. Kies een collega.',
  unknownPerson: 'Iemand die je koos is niet gevonden. Haal die persoon weg en kies opnieuw.',
  tooMany: (max, format) => `Je kunt maximaal ${count(format, max, 'persoon', 'personen')} tegelijk kudos geven.`,
  noValue: 'Kies de waarde die ze waarmaakten.',
  archived: 'Die waarde wordt niet meer gebruikt. Kies een andere.',
  empty: 'Schrijf in een paar woorden wat ze deden.',
  tooLong: (max, format) => `Het bericht mag maximaal ${count(format, max, 'teken', 'tekens')} lang zijn.`,
  unknownMention: 'Iemand die je noemt is niet gevonden. Kies die persoon opnieuw uit de lijst.',
};

export type GiveStrings = typeof en;
export const giveStrings: Translations<GiveStrings> = { en, nl };
