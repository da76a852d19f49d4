import {
  PleinError,
  parseKudosQuery,
  parseLeaderboardQuery,
  parsePageRequest,
  type KudosApi,
  type LeaderboardEntry,
} from '@plein/core';
import { found, type PersonContext } from './context.js';
import { pageDown } from './cursor.js';
import { lowerBound } from './feed-index.js';
import { kudosList, listsOf } from './kudos-index.js';
import { viewKudos, viewValue } from './kudos-rules.js';

/** The reading half of the kudos: everyone signed in sees every kudos. */
export function kudosReads(context: PersonContext): Pick<KudosApi, KudosRead> {
  const { db, reading } = context;

  return {
    values: () => reading((state) => [...state.kudosValues.values()].map(viewValue)),

    get: (id) => reading((state, me) => viewKudos(found(state.kudos, id), me)),

    settings: () => reading((state) => ({ peopleLeaderboard: state.kudosSettings.peopleLeaderboard })),

    list: (query, page) =>
      reading((state, me) => {
        const { valueId, personId, direction, department } = parseKudosQuery(query);
        const { cursor, limit } = parsePageRequest(page, db.capabilities.maxPageSize);
        const keys: string[] = [];
        if (valueId !== undefined) keys.push(`v:${valueId}`);
        if (personId !== undefined) keys.push(`${direction === 'given' ? 'g' : 'r'}:${personId}`);
        // Walk the shortest list that holds every match. A department has no list of its own
        // (people move between departments): departments are few and large, so matches are
        // dense and a page comes after a short walk; a department with no kudos at all costs
        // one pass over the list in memory. Narrowed by value or person, the walk is short anyway.
        const lists = keys.map((key) => kudosList(state, key));
        const list = lists.reduce((a, b) => (b.length < a.length ? b : a), kudosList(state, '*'));
        const found = pageDown(
          list,
          cursor,
          limit,
          (kudos) =>
            keys.every((key) => listsOf(kudos).includes(key)) &&
            (department === undefined || kudos.toIds.some((id) => state.people.get(id)?.department === department)),
        );
        return { ...found, items: found.items.map((kudos) => viewKudos(kudos, me)) };
      }),

    leaderboard: (query) =>
      reading((state) => {
        const { by, from, to, limit } = parseLeaderboardQuery(query);
        if (by === 'person' && !state.kudosSettings.peopleLeaderboard) {
          throw new PleinError('forbidden', { reason: 'leaderboard-off' });
        }
        const all = kudosList(state, '*');
        const [start, end] = [from, to].map((time) =>
          lowerBound(all, { createdAt: new Date(time).toISOString(), seq: -1 }),
        ) as [number, number];
        const counts = new Map<string, number>();
        for (let i = start; i < end; i++) {
          const kudos = all[i]!;
          for (const id of by === 'value' ? [kudos.valueId] : kudos.toIds) counts.set(id, (counts.get(id) ?? 0) + 1);
        }
        return [...counts]
          .map(([id, count]): LeaderboardEntry => ({ id, count }))
          .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
          .slice(0, limit);
      }),
  };
}

/** The writing half, in kudos-write.ts. */
export type KudosRead = 'values' | 'get' | 'settings' | 'list' | 'leaderboard';
