import { PleinError, REACTIONS, parseReaction, type Reaction, type ReactionSummary } from '@plein/core';
import type { ReactionRecord, State } from './state.js';

/** Reactions with set semantics, shared by feed entries and kudos. */

export function summarize(holder: { reactions: readonly ReactionRecord[] }, personId: string): ReactionSummary {
  const counts: ReactionSummary['counts'] = {};
  const mine = new Set<string>();
  for (const { by, reaction } of holder.reactions) {
    counts[reaction] = (counts[reaction] ?? 0) + 1;
    if (by === personId) mine.add(reaction);
  }
  return { counts, mine: REACTIONS.filter((reaction) => mine.has(reaction)) };
}

/** Adds `by`'s reaction of this kind, made `at`, unless it is there: true when it was added. */
export function addReaction(
  state: State,
  reactions: ReactionRecord[],
  by: string,
  reaction: Reaction,
  at: string,
): boolean {
  if (reactions.some((r) => r.by === by && r.reaction === reaction)) return false;
  reactions.push({ by, reaction, seq: ++state.seq, at });
  return true;
}

/** Sets (`on`, made `at`) or clears one reaction, checked first: true when that changed anything. */
export function setReaction(
  state: State,
  reactions: ReactionRecord[],
  by: string,
  reaction: unknown,
  on: unknown,
  at: string,
): boolean {
  const kind = parseReaction(reaction);
  if (typeof on !== 'boolean') throw new PleinError('invalid', { field: 'on', reason: 'wrong-type' });
  if (on) return addReaction(state, reactions, by, kind, at);
  const index = reactions.findIndex((r) => r.by === by && r.reaction === kind);
  if (index >= 0) reactions.splice(index, 1);
  return index >= 0;
}
