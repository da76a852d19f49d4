import {
  PleinError,
  newId,
  parsePageRequest,
  parsePollDraft,
  parseSearchQuery,
  type InsightsApi,
  type OnboardingApi,
  type PeopleApi,
  type PleinStore,
  type PollApi,
} from '@plein/core';
import { call, found, personContext, type PersonContext } from './context.js';
import { pageBySeq } from './cursor.js';
import type { MemoryDb } from './db.js';
import { createFeedApi } from './feed.js';
import { createKudosApi } from './kudos.js';
import { managesKudos } from './kudos-rules.js';
import { departmentsOf, isModerator, searchPeople, viewPerson } from './people.js';
import {
  applyDraft,
  castVote,
  checkVote,
  closedAt,
  newPollRecord,
  viewPoll,
  viewResults,
  voterCount,
} from './polls.js';
import type { PersonRecord, PollRecord, State } from './state.js';

/**
 * An API group in a chunk of its own (onboarding, insights): each method loads the chunk on first
 * use and calls the group it makes for this person, once. Not a thenable, so awaiting it is harmless.
 */
function lazyApi<T extends object>(
  context: PersonContext,
  load: () => Promise<{ createApi(context: PersonContext): T }>,
): T {
  type Methods = Record<string | symbol, (...args: unknown[]) => unknown>;
  let api: Methods | undefined;
  return new Proxy({} as T, {
    get: (_, name) =>
      name === 'then'
        ? undefined
        : (...args: unknown[]) =>
            call(() => load().then((m) => (api ??= m.createApi(context) as unknown as Methods)[name]!(...args))),
  });
}

/** The PleinStore of one person over a shared db. */
export function createPersonStore(db: MemoryDb, personId: string): PleinStore {
  const context = personContext(db, personId);
  const { now, iso, reading, writing, replayed, remember } = context;

  const pollOf = (state: State, id: unknown): PollRecord => found(state.polls, id);

  const people: PeopleApi = {
    search: (query, options) =>
      reading((state) => {
        const request = parseSearchQuery(query, options);
        return searchPeople(state.people.values(), request.query, request.limit).map(viewPerson);
      }),
    get: (id) => reading((state) => viewPerson(found(state.people, id))),
    departments: () => reading((state) => departmentsOf(state.people.values())),
    getMany: (ids) =>
      reading((state) => {
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
    get: (id) => reading((state, me) => viewPoll(pollOf(state, id), me, now())),

    results: (id) => reading((state, me) => viewResults(pollOf(state, id), me, now())),

    listMine: (page) =>
      reading((state, me) => {
        const mine = pageBySeq(
          state.polls.values(),
          parsePageRequest(page, db.capabilities.maxPageSize),
          (poll) => poll.createdBy === personId,
        );
        return { ...mine, items: mine.items.map((poll) => viewPoll(poll, me, now())) };
      }),

    create: (draft, options) =>
      writing(options, (state, me, idempotencyKey) => {
        const earlier = replayed(state, 'polls.create', idempotencyKey);
        const existing = earlier === undefined ? undefined : state.polls.get(earlier);
        if (existing) return { result: viewPoll(existing, me, now()) };
        const parsed = parsePollDraft(draft, now());
        const poll = newPollRecord(newId('poll'), ++state.seq, parsed, personId, iso());
        state.polls.set(poll.id, poll);
        remember(state, 'polls.create', idempotencyKey, poll.id);
        return { result: viewPoll(poll, me, now()), changes: [{ kind: 'poll', id: poll.id, type: 'created' }] };
      }),

    update: (id, draft, options) =>
      writing(options, (state, me, idempotencyKey) => {
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

    vote: (id, optionIds, options) =>
      writing(options, (state, me, idempotencyKey) => {
        const poll = pollOf(state, id);
        if (replayed(state, 'polls.vote', idempotencyKey, poll.id)) return { result: viewPoll(poll, me, now()) };
        const ids = checkVote(poll, personId, optionIds, now());
        castVote(poll, personId, ids, iso());
        remember(state, 'polls.vote', idempotencyKey, poll.id);
        return { result: viewPoll(poll, me, now()), changes: [{ kind: 'poll', id: poll.id, type: 'voted' }] };
      }),

    close: (id, options) =>
      writing(options, (state, me) => {
        const poll = pollOf(state, id);
        if (poll.createdBy !== personId && !isModerator(me))
          throw new PleinError('forbidden', { reason: 'not-creator' });
        if (closedAt(poll, now()) !== undefined) return { result: viewPoll(poll, me, now()) };
        poll.closedAt = iso();
        return { result: viewPoll(poll, me, now()), changes: [{ kind: 'poll', id: poll.id, type: 'closed' }] };
      }),
  };

  return {
    capabilities: db.capabilities,
    // Everyone may create polls here; a server may limit it to some roles.
    me: () =>
      reading((_state, me) => ({
        ...viewPerson(me),
        roles: [...me.roles],
        can: {
          createPolls: true,
          manageKudos: managesKudos(me),
          manageOnboarding: managesKudos(me),
          viewInsights: managesKudos(me),
        },
      })),
    people,
    polls,
    feed: createFeedApi(context),
    kudos: createKudosApi(context),
    onboarding: lazyApi<OnboardingApi>(context, () => db.onboarding()),
    insights: lazyApi<InsightsApi>(context, () => import('./insights.js')),
    subscribe: (topic, onChange) => db.subscribe(personId, topic, onChange),
  };
}
