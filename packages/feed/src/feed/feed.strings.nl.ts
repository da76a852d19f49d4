import { coreStrings } from '@plein/core';
import { reactionNamesNl } from '@plein/ui';
import type { Formatters } from '@plein/core';
import type { FeedStrings } from './feed.strings.js';

/** A copy of the English file's helper: importing it would tie this chunk to the feed view's. */
const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;

/** `<plein-feed>` in Dutch, loaded only where an element speaks Dutch. */
export const strings: FeedStrings = {
  loading: 'Berichten laden…',
  loadingComments: 'Opmerkingen laden…',
  retry: coreStrings.nl.tryAgain,
  cancel: coreStrings.nl.cancel,
  region: 'Tijdlijn',
  posts: 'Berichten',
  emptyHeading: 'Nog geen berichten',
  emptyMessage: 'Plaats als eerste een bericht: deel nieuws, een vraag of een bedankje.',
  noMatchHeading: 'Geen berichten gevonden',
  noMatchMessage: 'Probeer andere woorden, of haal het filter weg.',
  notFoundHeading: 'Bericht niet gevonden',
  notFoundMessage: 'Misschien is het verwijderd, of is de link niet compleet.',
  linked: 'Gelinkt bericht',
  search: 'Berichten zoeken',
  filters: 'Filters',
  removeTag: (tag) => `Filter #${tag} weghalen`,
  loadMore: 'Meer berichten laden',
  loadingMore: 'Meer berichten laden…',
  end: 'Je bent helemaal bij.',
  newPosts: (n, format) => `${count(format, n, 'nieuw bericht', 'nieuwe berichten')} tonen`,
  newPostsSpoken: (n, format) =>
    `${count(format, n, 'nieuw bericht', 'nieuwe berichten')}. Toon ze met de knop boven de berichten.`,
  shown: (n, format) => `${count(format, n, 'nieuw bericht', 'nieuwe berichten')} getoond.`,
  pinnedHeading: 'Vastgezet',
  pinned: 'Vastgezet',
  announcement: 'Aankondiging',
  until: (date) => `tot ${date}`,
  through: (date) => `tot en met ${date}`,
  someone: 'Iemand',
  postBy: (name) => `Bericht van ${name}`,
  edited: 'bewerkt',
  editedAt: (date) => `Bewerkt ${date}`,
  hiddenNotice: 'Verborgen door een moderator. Alleen jij en de moderatoren zien het.',
  hiddenFromOthers: 'Verborgen door een moderator. Alleen de auteur en de moderatoren zien het.',
  more: (name) => `Meer acties voor het bericht van ${name}`,
  moreComment: (name) => `Meer acties voor de opmerking van ${name}`,
  reactionsLabel: 'Reacties met een emoji',
  reactions: reactionNamesNl,
  whoReacted: (n, format) => `${count(format, n, 'reactie', 'reacties')}: bekijk wie reageerde`,
  reactionsShort: (n, format) => format.number(n),
  comment: 'Reageren',
  comments: (n, format) => count(format, n, 'opmerking', 'opmerkingen'),
  reactionUndone: 'Je reactie is niet opgeslagen.',
  partFailed: 'Dit deel van de tijdlijn kon niet worden geladen.',
};
