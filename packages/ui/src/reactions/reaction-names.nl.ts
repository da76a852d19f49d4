import type { Reaction } from '@plein/core';

/** The reactions' names in Dutch (see `reactionNames`). */
export const reactionNamesNl: Record<Reaction, string> = {
  like: 'Leuk',
  celebrate: 'Feestelijk',
  love: 'Geweldig',
  insightful: 'Verhelderend',
  funny: 'Grappig',
};
