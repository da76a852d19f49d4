import type { TrendingStrings } from './trending.strings.js';

/** `<plein-trending>` in Dutch, loaded only where an element speaks Dutch. */
export const strings: TrendingStrings = {
  loading: 'Trending hashtags laden…',
  retry: 'Probeer het opnieuw',
  title: { day: 'Trending vandaag', week: 'Trending deze week', month: 'Trending deze maand' },
  emptyHeading: {
    day: 'Vandaag nog geen hashtags',
    week: 'Deze week nog geen hashtags',
    month: 'Deze maand nog geen hashtags',
  },
  emptyMessage: 'Zet een #hashtag in een bericht om een onderwerp te beginnen.',
  unsupportedHeading: 'Hier geen hashtags',
  unsupportedMessage: 'Deze dienst biedt geen tijdlijn.',
  previous: { day: 'gisteren', week: 'vorige week', month: 'vorige maand' },
  uses: (n, format) => `${format.number(n)} keer gebruikt`,
  risingMark: (n, format) => `▲ +${format.number(n)}`,
  fallingMark: (n, format) => `▼ −${format.number(n)}`,
  steadyMark: '=',
  newMark: 'Nieuw',
  more: (n, format, previous) => `${format.number(n)} meer dan ${previous}`,
  fewer: (n, format, previous) => `${format.number(n)} minder dan ${previous}`,
  same: (previous) => `evenveel als ${previous}`,
};
