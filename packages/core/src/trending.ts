import type { TrendingTag } from './types.js';

/** Trending as every store ranks it: the tags used in the period, most used first, then the most risen, then by name. */
export const topTags = (tally: Iterable<TrendingTag>, limit: number): TrendingTag[] =>
  [...tally]
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || b.count - b.previous - (a.count - a.previous) || (a.tag < b.tag ? -1 : 1))
    .slice(0, limit);
