import {
  PleinError,
  parseVote,
  type PollDraft,
  type Poll,
  type PollResults,
  type PollViewer,
  type IsoDateTime,
} from '@plein/core';
import { isModerator } from './people.js';
import type { PersonRecord, PollRecord } from './state.js';

/**
 * The poll rules, as plain functions over records: who may do what, what each viewer sees.
 * They mutate only the record they are given; the db persists and announces the change.
 */

type ParsedDraft = PollDraft & { maxChoices: number };

export function newPollRecord(
  id: string,
  seq: number,
  draft: ParsedDraft,
  createdBy: string,
  now: IsoDateTime,
): PollRecord {
  const record: PollRecord = {
    id,
    seq,
    question: '',
    options: [],
    nextOption: 1,
    kind: 'single',
    maxChoices: 1,
    anonymous: false,
    resultsVisibility: 'always',
    createdBy,
    createdAt: now,
    updatedAt: now,
    ballots: new Map(),
    voters: new Set(),
    votedAt: new Map(),
    voteTimes: [],
  };
  applyDraft(record, draft);
  return record;
}

/** Copies a draft onto a record that has no votes; unchanged labels keep their option id. */
export function applyDraft(record: PollRecord, draft: ParsedDraft): void {
  const byLabel = new Map(record.options.map((option) => [option.label, option.id]));
  record.options = draft.options.map((label) => ({
    id: byLabel.get(label) ?? `o${record.nextOption++}`,
    label,
    votes: 0,
  }));
  record.question = draft.question;
  record.kind = draft.kind;
  record.maxChoices = draft.maxChoices;
  record.anonymous = draft.anonymous;
  record.resultsVisibility = draft.resultsVisibility;
  if (draft.closesAt === undefined) delete record.closesAt;
  else record.closesAt = draft.closesAt;
}

/** When the poll closed, by hand or by its deadline; undefined while open. */
export function closedAt(record: PollRecord, now: number): IsoDateTime | undefined {
  if (record.closedAt !== undefined) return record.closedAt;
  if (record.closesAt !== undefined && Date.parse(record.closesAt) <= now) return record.closesAt;
  return undefined;
}

export const voterCount = (record: PollRecord): number => (record.anonymous ? record.voters.size : record.ballots.size);

const hasVoted = (record: PollRecord, personId: string): boolean =>
  record.anonymous ? record.voters.has(personId) : record.ballots.has(personId);

function canSeeResults(record: PollRecord, voted: boolean, open: boolean): boolean {
  if (record.resultsVisibility === 'always') return true;
  if (record.resultsVisibility === 'after-vote') return voted || !open;
  return !open; // after-close is sealed: no role sees the figures early
}

/** The poll as `viewer` sees it: a fresh object every time. */
export function viewPoll(record: PollRecord, viewer: PersonRecord, now: number): Poll {
  const closed = closedAt(record, now);
  const open = closed === undefined;
  const voted = hasVoted(record, viewer.id);
  const count = voterCount(record);
  const mine = record.createdBy === viewer.id;
  const view: PollViewer = {
    hasVoted: voted,
    canVote: open && !(record.anonymous && voted),
    canClose: open && (mine || isModerator(viewer)),
    canEdit: open && mine && count === 0,
    canSeeResults: canSeeResults(record, voted, open),
  };
  const choice = record.ballots.get(viewer.id);
  if (choice) view.choice = [...choice];
  const poll: Poll = {
    id: record.id,
    question: record.question,
    options: record.options.map(({ id, label }) => ({ id, label })),
    kind: record.kind,
    maxChoices: record.maxChoices,
    anonymous: record.anonymous,
    resultsVisibility: record.resultsVisibility,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    status: open ? 'open' : 'closed',
    voterCount: count,
    viewer: view,
  };
  if (record.closesAt !== undefined) poll.closesAt = record.closesAt;
  if (closed !== undefined) poll.closedAt = closed;
  return poll;
}

export function viewResults(record: PollRecord, viewer: PersonRecord, now: number): PollResults {
  const open = closedAt(record, now) === undefined;
  const count = voterCount(record);
  if (!canSeeResults(record, hasVoted(record, viewer.id), open)) {
    return {
      pollId: record.id,
      visible: false,
      reason: record.resultsVisibility === 'after-vote' ? 'vote-first' : 'until-close',
      voterCount: count,
    };
  }
  return {
    pollId: record.id,
    visible: true,
    voterCount: count,
    voteCount: record.options.reduce((sum, option) => sum + option.votes, 0),
    options: record.options.map((option) => ({ optionId: option.id, votes: option.votes })),
  };
}

/** Checks a vote against the poll without changing anything; returns the checked option ids. */
export function checkVote(record: PollRecord, voterId: string, optionIds: unknown, now: number): string[] {
  if (closedAt(record, now) !== undefined) throw new PleinError('conflict', { reason: 'poll-closed' });
  const ids = parseVote(optionIds);
  if (record.anonymous && record.voters.has(voterId)) throw new PleinError('conflict', { reason: 'already-voted' });
  ids.forEach((id, index) => {
    if (!record.options.some((option) => option.id === id)) {
      throw new PleinError('invalid', { field: 'optionIds', index, reason: 'unknown-option' });
    }
  });
  if (ids.length > record.maxChoices) {
    throw new PleinError('invalid', { field: 'optionIds', limit: record.maxChoices, reason: 'too-many-choices' });
  }
  return ids;
}

/** Records a checked vote, cast `at`: a public vote replaces the voter's earlier one; an anonymous one only adds. */
export function castVote(record: PollRecord, voterId: string, ids: readonly string[], at: IsoDateTime): void {
  const tally = (optionIds: readonly string[], delta: number) => {
    for (const option of record.options) if (optionIds.includes(option.id)) option.votes += delta;
  };
  if (record.anonymous) {
    record.voters.add(voterId);
    record.voteTimes.push(at);
  } else {
    tally(record.ballots.get(voterId) ?? [], -1);
    record.ballots.set(voterId, [...ids]);
    record.votedAt.set(voterId, at);
  }
  tally(ids, +1);
}
