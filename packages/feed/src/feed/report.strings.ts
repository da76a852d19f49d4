import type { Formatters, ReportReason, Translations } from '@plein/core';

/** Why someone reports: a short label and a hint, per reason (the moderation queue shows the labels too). */
export const reasonLabels: Translations<Record<ReportReason, { label: string; hint: string }>> = {
  en: {
    spam: { label: 'Spam', hint: 'Advertising, chain messages or the same thing posted again and again.' },
    offensive: { label: 'Offensive', hint: 'Insulting, hateful, threatening or harassing.' },
    misinformation: { label: 'Misinformation', hint: 'False or misleading information.' },
    'off-topic': { label: 'Off-topic', hint: "Doesn't belong in this channel." },
    other: { label: 'Something else', hint: 'Tell the moderators in the note below.' },
  },
  nl: {
    spam: { label: 'Spam', hint: 'Reclame, kettingberichten of steeds hetzelfde bericht.' },
    offensive: { label: 'Beledigend', hint: 'Kwetsend, haatdragend, bedreigend of intimiderend.' },
    misinformation: { label: 'Onjuiste informatie', hint: 'Onware of misleidende informatie.' },
    'off-topic': { label: 'Hoort hier niet', hint: 'Past niet in dit kanaal.' },
    other: { label: 'Iets anders', hint: 'Vertel het de moderatoren in de toelichting hieronder.' },
  },
};

/** The report dialog (loaded with its code, both languages: it is small). */
const en = {
  reportPost: 'Report post',
  reportComment: 'Report comment',
  postBy: (name: string) => `Post by ${name}`,
  commentBy: (name: string) => `Comment by ${name}`,
  someone: 'someone',
  intro: 'Moderators of this channel will look at it. The author is not told who reported it.',
  reasonLegend: 'Why are you reporting this?',
  chooseReason: 'Choose a reason.',
  note: 'Note for the moderators (optional)',
  noteCount: (used: number, limit: number, format: Formatters) =>
    `${format.number(used)} of ${format.number(limit)} characters`,
  noteTooLong: (limit: number, format: Formatters) =>
    `The note can be at most ${format.number(limit)} characters long.`,
  submit: 'Report',
  sending: 'Sending…',
  cancel: 'Cancel',
  close: 'Close',
  alreadyReported: 'You reported this already. Moderators will look at it.',
  thanks: 'Thanks, moderators will look at it.',
};

const nl: typeof en = {
  reportPost: 'Bericht melden',
  reportComment: 'Opmerking melden',
  postBy: (name) => `Bericht van ${name}`,
  commentBy: (name) => `Opmerking van ${name}`,
  someone: 'iemand',
  intro: 'Moderatoren van dit kanaal kijken ernaar. De auteur hoort niet wie het meldde.',
  reasonLegend: 'Waarom meld je dit?',
  chooseReason: 'Kies een reden.',
  note: 'Toelichting voor de moderatoren (optioneel)',
  noteCount: (used, limit, format) => `${format.number(used)} van ${format.number(limit)} tekens`,
  noteTooLong: (limit, format) => `De toelichting mag hoogstens ${format.number(limit)} tekens lang zijn.`,
  submit: 'Melden',
  sending: 'Versturen…',
  cancel: 'Annuleren',
  close: 'Sluiten',
  alreadyReported: 'Je hebt dit al gemeld. Moderatoren kijken ernaar.',
  thanks: 'Bedankt, moderatoren kijken ernaar.',
};

export type ReportStrings = typeof en;
export const reportStrings: Translations<ReportStrings> = { en, nl };
