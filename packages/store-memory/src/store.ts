import {
  PleinError,
  newId,
  parsePageRequest,
  parsePollDraft,
  parseSearchQuery,
  parseWriteOptions,
  toPleinError,
  type Page,
  type PeopleApi,
  type PleinStore,
  type Poll,
  type PollApi,
} from '@plein/core';
import type { MemoryDb } from './db.js';
import { searchPeople, viewPerson } from './people.js';
import {
  applyDraft,
  castVote,
  checkVote,
  closedAt,
  isModerator,
  newPollRecord,
  viewPoll,
  viewResults,
  voterCount,
} from './polls.js';
import { KEYS_KEPT, type PersonRecord, type PollRecord, type State } from './state.js';

/** Every call settles as a PleinError or a fresh copy of the data; nothing leaks by reference. */
async function call<T>(run: () => T): Promise<T> {
  try {
    return run();
  } catch (error) {
    throw toPleinError(error);
  }
}

/** The PleinStore of one person over a shared db. */
export function createPersonStore(db: MemoryDb, personId: string): PleinStore {
  const now = () => db.clock.now();
  const iso = () => new Date(now()).toISOString();

  const actor = (state: State): PersonRecord => {
    const me = state.people.get(personId);
    if (!me) throw new PleinError('unauthenticated', { reason: 'unknown-person' });
    return me;
  };

  const pollOf = (state: State, id: unknown): PollRecord => {
    const poll = typeof id === 'string' ? state.polls.get(id) : undefined;
    if (!poll) throw new PleinError('not-found', { field: 'id' });
    return poll;
  };

  /** The first result of an earlier write with this key, if any; keys are per person and operation. */
  const replayed = (state: State, operation: string, key: string, target?: string): string | undefined => {
    const id = state.keys.get(`${personId}\n${operation}\n${key}`);
    if (id !== undefined && target !== undefined && id !== target) {
      throw new PleinError('conflict', { field: 'idempotencyKey', reason: 'key-reused' });
    }
    return id;
  };

  const remember = (state: State, operation: string, key: string, id: string): void => {
    state.keys.set(`${personId}\n${operation}\n${key}`, id);
    for (const oldest of state.keys.keys()) {
      if (state.keys.size <= KEYS_KEPT) break;
      state.keys.delete(oldest);
    }
  };

  const people: PeopleApi = {
    search: (query, options) =>
      call(() => {
        const state = db.read();
        actor(state);
        const request = parseSearchQuery(query, options);
        return searchPeople(state.people.values(), request.query, request.limit).map(viewPerson);
      }),
    get: (id) =>
      call(() => {
        const state = db.read();
        actor(state);
        const person = typeof id === 'string' ? state.people.get(id) : undefined;
        if (!person) throw new PleinError('not-found', { field: 'id' });
        return viewPerson(person);
      }),
    getMany: (ids) =>
      call(() => {
        const state = db.read();
        actor(state);
        if (!Array.isArray(ids)) throw new PleinError('invalid', { field: 'ids', reason: 'wrong-type' });
        const found = new Map<string, PersonRecord>();
        for (const id of ids) {
          const person = typeof id === 'string' ? state.people.get(id) : undefined;
          if (person) found.set(id, person);
        }
        return [...found.values()].map(viewPerson);
      }),
  };

  const polls: PollApi = {
    get: (id) =>
      call(() => {
        const state = db.read();
        const me = actor(state);
        return viewPoll(pollOf(state, id), me, now());
      }),

    results: (id) =>
      call(() => {
        const state = db.read();
        const me = actor(state);
        return viewResults(pollOf(state, id), me, now());
      }),

    listMine: (page) =>
      call(() => {
        const state = db.read();
        const me = actor(state);
        const { cursor, limit } = parsePageRequest(page, db.capabilities.maxPageSize);
        const before = cursor === undefined ? Infinity : decodeCursor(cursor);
        const mine = [...state.polls.values()]
          .filter((poll) => poll.createdBy === personId && poll.seq < before)
          .sort((a, b) => b.seq - a.seq);
        const items = mine.slice(0, limit);
        const result: Page<Poll> = { items: items.map((poll) => viewPoll(poll, me, now())) };
        if (mine.length > limit) result.next = encodeCursor(items[items.length - 1]!.seq);
        return result;
      }),

    create: (draft, options) =>
      call(() =>
        db.write((state) => {
          const me = actor(state);
          const { idempotencyKey } = parseWriteOptions(options);
          const earlier = replayed(state, 'polls.create', idempotencyKey);
          const existing = earlier === undefined ? undefined : state.polls.get(earlier);
          if (existing) return { result: viewPoll(existing, me, now()) };
          const parsed = parsePollDraft(draft, now());
          const poll = newPollRecord(newId('poll'), ++state.seq, parsed, personId, iso());
          state.polls.set(poll.id, poll);
          remember(state, 'polls.create', idempotencyKey, poll.id);
          return { result: viewPoll(poll, me, now()), changes: [{ pollId: poll.id, type: 'created' }] };
        }),
      ),

    update: (id, draft, options) =>
      call(() =>
        db.write((state) => {
          const me = actor(state);
          const { idempotencyKey } = parseWriteOptions(options);
          const poll = pollOf(state, id);
          if (replayed(state, 'polls.update', idempotencyKey, poll.id)) return { result: viewPoll(poll, me, now()) };
          if (poll.createdBy !== personId) throw new PleinError('forbidden', { reason: 'not-creator' });
          if (closedAt(poll, now()) !== undefined) throw new PleinError('conflict', { reason: 'poll-closed' });
          if (voterCount(poll) > 0) throw new PleinError('conflict', { reason: 'has-votes' });
          applyDraft(poll, parsePollDraft(draft, now()));
          poll.updatedAt = iso();
          remember(state, 'polls.update', idempotencyKey, poll.id);
          return { result: viewPoll(poll, me, now()), changes: [{ pollId: poll.id, type: 'updated' }] };
        }),
      ),

    vote: (id, optionIds, options) =>
      call(() =>
        db.write((state) => {
          const me = actor(state);
          const { idempotencyKey } = parseWriteOptions(options);
          const poll = pollOf(state, id);
          if (replayed(state, 'polls.vote', idempotencyKey, poll.id)) return { result: viewPoll(poll, me, now()) };
          const ids = checkVote(poll, personId, optionIds, now());
          castVote(poll, personId, ids);
          remember(state, 'polls.vote', idempotencyKey, poll.id);
          return { result: viewPoll(poll, me, now()), changes: [{ pollId: poll.id, type: 'voted' }] };
        }),
      ),

    close: (id, options) =>
      call(() =>
        db.write((state) => {
          const me = actor(state);
          parseWriteOptions(options);
          const poll = pollOf(state, id);
          if (poll.createdBy !== personId && !isModerator(me))
            throw new PleinError('forbidden', { reason: 'not-creator' });
          if (closedAt(poll, now()) !== undefined) return { result: viewPoll(poll, me, now()) };
          poll.closedAt = iso();
          return { result: viewPoll(poll, me, now()), changes: [{ pollId: poll.id, type: 'closed' }] };
        }),
      ),
  };

  return {
    capabilities: db.capabilities,
    me: () =>
      call(() => {
        const me = actor(db.read());
        // Everyone may create polls here; a server may limit it to some roles.
        return { ...viewPerson(me), roles: [...me.roles], can: { createPolls: true } };
      }),
    people,
    polls,
    subscribe: (topic, onChange) => db.subscribe(topic, onChange),
  };
}

/** Cursors name the creation number to continue below, so new polls never shift a page. */
const encodeCursor = (seq: number): string => `s${seq.toString(36)}`;

function decodeCursor(cursor: string): number {
  const match = /^s([0-9a-z]{1,10})$/.exec(cursor);
  if (!match) throw new PleinError('invalid', { field: 'cursor', reason: 'bad-cursor' });
  return parseInt(match[1]!, 36);
}
