import type { Reaction, ReactionSummary } from '@plein/core';

/**
 * The summary with the viewer's reaction of one kind set or cleared: what an optimistic reaction
 * shows while the store answers. A module of its own, as it travels with the code that reacts,
 * not with the toolbar that draws reactions (`reactions.ts`).
 */
export function toggled(summary: ReactionSummary, reaction: Reaction, on: boolean): ReactionSummary {
  const counts = { ...summary.counts };
  const n = (counts[reaction] ?? 0) + (on ? 1 : -1);
  if (n > 0) counts[reaction] = n;
  else delete counts[reaction];
  const mine = summary.mine.filter((r) => r !== reaction);
  return { counts, mine: on ? [...mine, reaction] : mine };
}
