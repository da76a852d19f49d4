import type { Translations } from '@plein/core';
import type { PollStrings } from './poll.strings.js';

/** `mode="presenter"`: the QR code and where it leads. */
const en = {
  scanToVote: 'Scan to vote',
  qrLabel: (url: string) => `QR code that opens ${url}`,
  orGoTo: 'Or go to',
  loadingQr: 'Preparing the QR code…',
};

const nl: typeof en = {
  scanToVote: 'Scan om te stemmen',
  qrLabel: (url) => `QR-code die ${url} opent`,
  orGoTo: 'Of ga naar',
  loadingQr: 'QR-code wordt gemaakt…',
};

/** The presenter's own strings; the element adds them to its own (`PresenterStrings`). */
export type PresenterText = typeof en;
export const presenterStrings: Translations<PresenterText> = { en, nl };
export type PresenterStrings = PollStrings & PresenterText;
