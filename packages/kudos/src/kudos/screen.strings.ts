import type { Formatters, Translations } from '@plein/core';

/** `mode="screen"`: the office screen (loaded with its code, both languages: it is small). */
const en = {
  title: 'Kudos',
  loading: 'Loading kudos…',
  reconnecting: 'Reconnecting…',
  emptyHeading: 'Who made your day?',
  emptyMessage: 'No kudos here yet. Be the first to thank a colleague: scan the code and give kudos from your phone.',
  giveFromPhone: 'Give kudos from your phone',
  orGoTo: 'Or go to',
  qrLabel: (url: string) => `QR code that opens ${url}`,
  loadingQr: 'Preparing the QR code…',
  someone: 'Someone',
  to: 'to',
  fresh: 'New',
  kudos: (from: string, to: string, value: string) => `Kudos from ${from} to ${to}${value ? ` for ${value}` : ''}`,
  arrived: (from: string, to: string, value: string) =>
    `New kudos from ${from} to ${to}${value ? ` for ${value}` : ''}`,
  arrivedMany: (n: number, format: Formatters) => `${format.number(n)} new kudos`,
  reactions: 'Reactions',
  topValues: 'Most recognised values this month',
  kudosCount: (n: number, format: Formatters) => `${format.number(n)} kudos`,
};

const nl: typeof en = {
  title: 'Kudos',
  loading: 'Kudos laden…',
  reconnecting: 'Opnieuw verbinden…',
  emptyHeading: 'Wie maakte jouw dag goed?',
  emptyMessage:
    'Hier staan nog geen kudos. Bedank als eerste een collega: scan de code en geef kudos vanaf je telefoon.',
  giveFromPhone: 'Geef kudos vanaf je telefoon',
  orGoTo: 'Of ga naar',
  qrLabel: (url) => `QR-code die ${url} opent`,
  loadingQr: 'QR-code wordt gemaakt…',
  someone: 'Iemand',
  to: 'aan',
  fresh: 'Nieuw',
  kudos: (from, to, value) => `Kudos van ${from} aan ${to}${value ? ` voor ${value}` : ''}`,
  arrived: (from, to, value) => `Nieuwe kudos van ${from} aan ${to}${value ? ` voor ${value}` : ''}`,
  arrivedMany: (n, format) => `${format.number(n)} nieuwe kudos`,
  reactions: 'Reacties',
  topValues: 'Meest gewaardeerde waarden deze maand',
  kudosCount: (n, format) => `${format.number(n)} kudos`,
};

export type ScreenStrings = typeof en;
export const screenStrings: Translations<ScreenStrings> = { en, nl };
