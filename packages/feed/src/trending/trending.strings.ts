import { Catalog, coreCatalog, type Formatters } from '@plein/core';

const core = coreCatalog.get('en');

/** The periods `<plein-trending>` counts over. */
export type TrendingPeriod = 'day' | 'week' | 'month';

/**
 * `<plein-trending>`: English inline, Dutch a chunk of its own (`trending.strings.nl.ts`) loaded
 * where an element speaks it. Functions take the element's formatters.
 */
const en = {
  loading: 'Loading trending hashtags…',
  retry: core.tryAgain,
  title: { day: 'Trending today', week: 'Trending this week', month: 'Trending this month' } as Record<
    TrendingPeriod,
    string
  >,
  emptyHeading: {
    day: 'No hashtags yet today',
    week: 'No hashtags yet this week',
    month: 'No hashtags yet this month',
  } as Record<TrendingPeriod, string>,
  emptyMessage: 'Add a #hashtag to a post to start a topic.',
  unsupportedHeading: 'No hashtags here',
  unsupportedMessage: "This service doesn't offer the feed.",
  /** The period before, as the comparisons name it. */
  previous: { day: 'yesterday', week: 'last week', month: 'last month' } as Record<TrendingPeriod, string>,
  uses: (n: number, format: Formatters) =>
    format.plural(n) === 'one' ? `used ${format.number(n)} time` : `used ${format.number(n)} times`,
  risingMark: (n: number, format: Formatters) => `▲ +${format.number(n)}`,
  fallingMark: (n: number, format: Formatters) => `▼ −${format.number(n)}`,
  steadyMark: '=',
  newMark: 'New',
  more: (n: number, format: Formatters, previous: string) => `${format.number(n)} more than ${previous}`,
  fewer: (n: number, format: Formatters, previous: string) => `${format.number(n)} fewer than ${previous}`,
  same: (previous: string) => `the same as ${previous}`,
};

export type TrendingStrings = typeof en;

export const trendingCatalog = new Catalog<TrendingStrings>(en, {
  nl: () => import('./trending.strings.nl.js').then((module) => module.strings),
});
