import {
  PleinError,
  newId,
  parsePageRequest,
  parsePollDraft,
  parseSearchQuery,
  parseWriteOptions,
  type Page,
  type PeopleApi,
  type PleinStore,
  type Poll,
  type PollApi,
} from '@plein/core';
import { call, personContext } from './context.js';
import { decodeSeq as decodeCursor, encodeSeq as encodeCursor } from './cursor.js';
import type { MemoryDb } from './db.js';
import { createFeedApi } from './feed.js';
import { departmentsOf, searchPeople, viewPerson } from './people.js';
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
import type { PersonRecord, PollRecord, State } from './state.js';

/** The PleinStore of one person over a shared db. */
export function createPersonStore(db: MemoryDb, personId: string): PleinStore {
  const context = personContext(db, personId);
  const { now, iso, actor, replayed, remember } = context;

  const pollOf = (state: State, id: unknown): PollRecord => {
    const poll = typeof id === 'string' ? state.polls.get(id) : undefined;
    if (!poll) throw new PleinError('not-found', { field: 'id' });
    return poll;
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
    departments: () =>
      call(() => {
        actor(db.read());
        return departmentsOf(db.read().people.values());
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
          return { result: viewPoll(poll, me, now()), changes: [{ kind: 'poll', id: poll.id, type: 'created' }] };
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
          return { result: viewPoll(poll, me, now()), changes: [{ kind: 'poll', id: poll.id, type: 'updated' }] };
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
          return { result: viewPoll(poll, me, now()), changes: [{ kind: 'poll', id: poll.id, type: 'voted' }] };
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
          return { result: viewPoll(poll, me, now()), changes: [{ kind: 'poll', id: poll.id, type: 'closed' }] };
        }),
      ),
  };

  return {
    capabilities: db.capabilities,
    me: () =>
      call(() => {
        const me = actor(db.read());
        // Everyone may create polls here; a server may limit it to some roles.
        const manageKudos = me.roles.includes('communications') || me.roles.includes('admin');
        return { ...viewPerson(me), roles: [...me.roles], can: { createPolls: true, manageKudos } };
      }),
    people,
    polls,
    feed: createFeedApi(context),
    subscribe: (topic, onChange) => db.subscribe(personId, topic, onChange),
  };
}
