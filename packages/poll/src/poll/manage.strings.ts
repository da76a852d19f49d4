import type { Translations } from '@plein/core';
import { formStrings, type FormText } from './poll-form.strings.js';
import type { PollStrings } from './poll.strings.js';

/** `mode="manage"`: the list of one's own polls and the CSV export (edit reuses the form's strings). */
const en = {
  myPolls: 'My polls',
  manageEmptyHeading: "You haven't made any polls yet",
  manageEmptyMessage: 'Create one and share the link with your colleagues.',
  loadMore: 'Load more',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  anonymousTag: 'Anonymous',
  edit: 'Edit',
  exportCsv: 'Export CSV',
  exported: 'Results downloaded.',
  exportHidden: 'The results can be exported when the poll closes.',
  csvQuestion: 'Question',
  csvAnswer: 'Answer',
  csvVotes: 'Votes',
  csvShare: 'Percentage of voters',
  csvFallbackName: 'poll-results',
};

const nl: typeof en = {
  myPolls: 'Mijn peilingen',
  manageEmptyHeading: 'Je hebt nog geen peilingen gemaakt',
  manageEmptyMessage: 'Maak er een en deel de link met je collega’s.',
  loadMore: 'Meer laden',
  statusOpen: 'Open',
  statusClosed: 'Gesloten',
  anonymousTag: 'Anoniem',
  edit: 'Bewerken',
  exportCsv: 'CSV exporteren',
  exported: 'Resultaten gedownload.',
  exportHidden: 'De resultaten kunnen worden geëxporteerd als de peiling sluit.',
  csvQuestion: 'Vraag',
  csvAnswer: 'Antwoord',
  csvVotes: 'Stemmen',
  csvShare: 'Percentage van de stemmers',
  csvFallbackName: 'peiling-resultaten',
};

/** The list's own strings and the form's (for editing); the element adds them to its own. */
export type ManageText = FormText & typeof en;
export const manageStrings: Translations<ManageText> = {
  en: { ...formStrings.en, ...en },
  nl: { ...formStrings.nl, ...nl },
};
export type ManageStrings = PollStrings & ManageText;
