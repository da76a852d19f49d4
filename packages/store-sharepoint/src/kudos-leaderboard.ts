/**
 * Leaderboards counted from the kudos items themselves, in `[from, to)` by SharePoint's
 * `Created` (which no giver can set). Each query asks for one `Week` bucket, so its first clause
 * matches one week's kudos, not every kudos since `from`; weeks outside the ones that hold
 * kudos are never asked for. A giver could write a wrong `Week`: their kudos would then be left
 * out of leaderboards (only their own), never counted twice, since each item has one week.
 */
import { PleinError, parseLeaderboardQuery, type KudosApi, type LeaderboardEntry } from '@plein/core';
import type { SpContext } from './context.js';
import { KUDOS_SELECT, kudosOf } from './kudos-rows.js';
import { readValues } from './kudos-values.js';
import { weekOf } from './kudos-write.js';
import { listCall } from './lists.js';
import { readAll, readPage } from './paging.js';
import { KUDOS_LISTS } from './schema-kudos.js';

const KUDOS = KUDOS_LISTS.kudos;

export function kudosLeaderboard(context: SpContext): Pick<KudosApi, 'leaderboard'> {
  const { sp, clock } = context;

  /**
   * The earliest or latest week that holds kudos (a sort on the indexed `Week`): undefined on
   * an empty list, null when that item has no week (written by hand: then no limit on that side).
   */
  async function edge(desc: boolean): Promise<number | null | undefined> {
    const page = await readPage(sp, KUDOS, { select: ['ID', 'Week'], orderBy: { field: 'Week', desc }, top: 1 });
    const row = page.items[0];
    return row ? (typeof row.Week === 'number' ? row.Week : null) : undefined;
  }

  return {
    leaderboard: (query) =>
      listCall(async () => {
        const { by, from, to, limit } = parseLeaderboardQuery(query);
        if (by === 'person' && !(await readValues(context)).settings.peopleLeaderboard)
          throw new PleinError('forbidden', { reason: 'leaderboard-off' });
        const [first, last] = await Promise.all([edge(false), edge(true)]);
        const counts = new Map<string, number>();
        if (first === undefined) return [];
        // A giver's clock may be off by a little: one week of margin on each side.
        const start = Math.max(weekOf(from) - 1, first ?? -Infinity);
        const end = Math.min(weekOf(to - 1) + 1, last ?? Infinity, weekOf(clock.now()) + 1);
        for (let week = start; week <= end; week++) {
          const pages = readAll(sp, KUDOS, {
            where: [
              { field: 'Week', op: 'eq', value: week },
              { field: 'Created', op: 'ge', value: new Date(from) },
              { field: 'Created', op: 'lt', value: new Date(to) },
            ],
            select: KUDOS_SELECT,
            expand: ['Author'],
          });
          for await (const page of pages)
            for (const row of page) {
              const kudos = kudosOf(row);
              const at = kudos ? Date.parse(kudos.createdAt) : NaN;
              if (!kudos || !(at >= from && at < to)) continue;
              for (const id of by === 'value' ? [kudos.valueId] : kudos.toIds)
                counts.set(id, (counts.get(id) ?? 0) + 1);
            }
        }
        return [...counts]
          .map(([id, count]): LeaderboardEntry => ({ id, count }))
          .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
          .slice(0, limit);
      }),
  };
}
