import { PleinError } from '@plein/core';
import type { SeedData, SeedPoll } from '@plein/core/testing';
import type { Change } from './db.js';
import { castVote } from './polls.js';
import type { PollRecord, State } from './state.js';

/** Adds or replaces seeded polls as they stand, votes included. */
export function seedPolls(state: State, data: SeedData): Change[] {
  return (data.polls ?? []).map((poll) => {
    state.polls.set(poll.id, seedPollRecord(poll, ++state.seq));
    return { kind: 'poll', id: poll.id, type: 'created' };
  });
}

/** A record for a seeded poll, votes included; refuses seeds that name unknown options. */
function seedPollRecord(seed: SeedPoll, seq: number): PollRecord {
  const numbered = seed.options.map((option) => Number(/^o(\d+)$/.exec(option.id)?.[1] ?? 0));
  const record: PollRecord = {
    id: seed.id,
    seq,
    question: seed.question,
    options: seed.options.map(({ id, label }) => ({ id, label, votes: 0 })),
    nextOption: Math.max(seed.options.length, ...numbered) + 1,
    kind: seed.kind,
    maxChoices: seed.maxChoices ?? (seed.kind === 'single' ? 1 : seed.options.length),
    anonymous: seed.anonymous,
    resultsVisibility: seed.resultsVisibility,
    createdBy: seed.createdBy,
    createdAt: seed.createdAt,
    updatedAt: seed.createdAt,
    ballots: new Map(),
    voters: new Set(),
    votedAt: new Map(),
    voteTimes: [],
  };
  if (seed.closesAt !== undefined) record.closesAt = seed.closesAt;
  if (seed.closedAt !== undefined) record.closedAt = seed.closedAt;
  for (const vote of seed.votes ?? []) {
    const unknown = vote.optionIds.find((id) => !record.options.some((option) => option.id === id));
    if (unknown !== undefined)
      throw new PleinError('invalid', { field: 'votes', reason: 'unknown-option', option: unknown });
    if (record.voters.has(vote.by))
      throw new PleinError('invalid', { field: 'votes', reason: 'already-voted', by: vote.by });
    castVote(record, vote.by, vote.optionIds, new Date(Date.parse(vote.at ?? seed.createdAt)).toISOString());
  }
  return record;
}
