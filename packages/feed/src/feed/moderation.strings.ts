import type { Formatters, Translations } from '@plein/core';

const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;

/** `<plein-feed mode="moderation">`: the queue of reported posts and comments (loaded with its code). */
const en = {
  heading: 'Moderation',
  loading: 'Loading reports…',
  retry: 'Try again',
  show: 'Show reports',
  tabs: { open: 'Open', hidden: 'Hidden', dismissed: 'Dismissed' },
  emptyHeading: { open: 'Nothing to review', hidden: 'Nothing hidden', dismissed: 'Nothing dismissed' },
  emptyMessage: {
    open: 'New reports show up here.',
    hidden: 'Posts and comments you hide show up here, so you can restore them.',
    dismissed: 'Reports you dismiss show up here.',
  },
  forbiddenHeading: 'Moderators only',
  forbiddenChannel: 'Only moderators of this channel see its reported posts and comments here.',
  forbiddenAll: 'Only moderators see reported posts and comments here.',
  postBy: (name: string) => `Post by ${name}`,
  commentBy: (name: string) => `Comment by ${name}`,
  someone: 'someone',
  inChannel: (channel: string) => `in ${channel}`,
  post: 'Post',
  comment: 'Comment',
  hiddenTag: 'Hidden',
  lockedTag: 'Comments locked',
  openInContext: 'Open in the feed',
  images: (n: number, format: Formatters) => count(format, n, 'image', 'images'),
  reportsHeading: (n: number, format: Formatters) => count(format, n, 'report', 'reports'),
  reasonCount: (reason: string, n: number, format: Formatters) => `${reason}: ${count(format, n, 'report', 'reports')}`,
  reportedBy: (names: string[], format: Formatters) => `Reported by ${format.list(names)}`,
  noteBy: (name: string) => `${name} wrote:`,
  firstReported: (relative: string) => `First reported ${relative}`,
  actions: 'Actions',
  hide: 'Hide',
  restore: 'Restore',
  dismiss: 'Dismiss reports',
  lock: 'Lock comments',
  unlock: 'Unlock comments',
  working: 'Working…',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  done: {
    hide: 'Hidden. Only its author and moderators can see it now.',
    restore: 'Restored. Everyone can see it again.',
    dismiss: 'Reports dismissed. It stays visible.',
    lock: 'Comments locked.',
    unlock: 'Comments unlocked.',
  },
  newReports: (n: number, format: Formatters) =>
    format.plural(n) === 'one' ? `${format.number(n)} new report` : `${format.number(n)} new reports`,
  queueUpdated: 'The queue was updated.',
};

const nl: typeof en = {
  heading: 'Moderatie',
  loading: 'Meldingen laden…',
  retry: 'Probeer het opnieuw',
  show: 'Meldingen tonen',
  tabs: { open: 'Open', hidden: 'Verborgen', dismissed: 'Afgewezen' },
  emptyHeading: { open: 'Niets te beoordelen', hidden: 'Niets verborgen', dismissed: 'Niets afgewezen' },
  emptyMessage: {
    open: 'Nieuwe meldingen verschijnen hier.',
    hidden: 'Berichten en opmerkingen die je verbergt, verschijnen hier, zodat je ze kunt terugzetten.',
    dismissed: 'Meldingen die je afwijst, verschijnen hier.',
  },
  forbiddenHeading: 'Alleen voor moderatoren',
  forbiddenChannel: 'Alleen moderatoren van dit kanaal zien hier de gemelde berichten en opmerkingen.',
  forbiddenAll: 'Alleen moderatoren zien hier gemelde berichten en opmerkingen.',
  postBy: (name) => `Bericht van ${name}`,
  commentBy: (name) => `Opmerking van ${name}`,
  someone: 'iemand',
  inChannel: (channel) => `in ${channel}`,
  post: 'Bericht',
  comment: 'Opmerking',
  hiddenTag: 'Verborgen',
  lockedTag: 'Opmerkingen gesloten',
  openInContext: 'Openen in de tijdlijn',
  images: (n, format) => count(format, n, 'afbeelding', 'afbeeldingen'),
  reportsHeading: (n, format) => count(format, n, 'melding', 'meldingen'),
  reasonCount: (reason, n, format) => `${reason}: ${count(format, n, 'melding', 'meldingen')}`,
  reportedBy: (names, format) => `Gemeld door ${format.list(names)}`,
  noteBy: (name) => `${name} schreef:`,
  firstReported: (relative) => `Eerst gemeld ${relative}`,
  actions: 'Acties',
  hide: 'Verbergen',
  restore: 'Terugzetten',
  dismiss: 'Meldingen afwijzen',
  lock: 'Opmerkingen sluiten',
  unlock: 'Opmerkingen openen',
  working: 'Bezig…',
  loadMore: 'Meer laden',
  loadingMore: 'Meer laden…',
  done: {
    hide: 'Verborgen. Alleen de auteur en moderatoren zien het nu.',
    restore: 'Teruggezet. Iedereen ziet het weer.',
    dismiss: 'Meldingen afgewezen. Het blijft zichtbaar.',
    lock: 'Opmerkingen gesloten.',
    unlock: 'Opmerkingen geopend.',
  },
  newReports: (n, format) =>
    format.plural(n) === 'one' ? `${format.number(n)} nieuwe melding` : `${format.number(n)} nieuwe meldingen`,
  queueUpdated: 'De wachtrij is bijgewerkt.',
};

export type ModerationStrings = typeof en;

/** Both languages travel with the queue's code: it is loaded only where someone moderates. */
export const moderationStrings: Translations<ModerationStrings> = { en, nl };
