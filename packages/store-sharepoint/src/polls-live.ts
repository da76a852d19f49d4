/**
 * The polls' part of live updates: for each poll someone listens to, a new ballot (`voted`),
 * an edit (`updated`) and closing by hand or by deadline (`closed`); `{kind:'polls'}` hears
 * when the polls list changes.
 */
import type { Topic } from '@plein/core';
import type { SpClient } from './client.js';
import { dateOf } from './lists.js';
import type { LiveEvent, LiveSource } from './live.js';
import { ballotRows } from './ballots.js';
import { readPage } from './paging.js';
import { LISTS } from './schema.js';

interface Seen {
  lastBallot: number;
  /** When the latest ballot was cast. */
  votedAt: number;
  modified: string;
  closesAt: number;
  /** When it closed, by hand or deadline; Infinity while open. */
  closedAt: number;
}

export function pollsLive(sp: SpClient, now: () => number): LiveSource {
  const seen = new Map<string, Seen>();

  async function read(id: string, before: Seen | undefined): Promise<Seen | undefined> {
    const poll = await readPage(sp, LISTS.polls, {
      where: [{ field: 'PleinId', op: 'eq', value: id }],
      select: ['ID', 'Modified', 'ClosedAt', 'ClosesAt'],
      top: 1,
    });
    const row = poll.items[0];
    if (!row) return undefined;
    const ballots = await ballotRows(sp, id, { select: ['ID', 'Created'], orderBy: { field: 'ID' } }, [
      { field: 'ID', op: 'gt', value: before?.lastBallot ?? 0 },
    ]);
    const latest = ballots.at(-1);
    const closesAt = Date.parse(dateOf(row.ClosesAt) ?? '') || Infinity;
    const closedByHand = Date.parse(dateOf(row.ClosedAt) ?? '') || Infinity;
    return {
      lastBallot: latest ? Number(latest.ID) : (before?.lastBallot ?? 0),
      votedAt: latest ? Date.parse(dateOf(latest.Created) ?? '') : (before?.votedAt ?? -Infinity),
      modified: String(row.Modified),
      closesAt,
      closedAt: Math.min(closedByHand, closesAt <= now() ? closesAt : Infinity),
    };
  }

  return {
    lists: [LISTS.polls.title, LISTS.votes.title],
    serves: (topic) => topic.kind === 'poll' || topic.kind === 'polls',
    async check(topics, changed, since) {
      const events: LiveEvent[] = [];
      const ids = new Set(topics.flatMap((t) => (t.kind === 'poll' ? [t.id] : [])));
      for (const id of [...seen.keys()]) if (!ids.has(id)) seen.delete(id);
      if (changed && topics.some((t) => t.kind === 'polls'))
        events.push({ topic: { kind: 'polls' }, type: 'updated', id: 'polls' });
      for (const id of ids) {
        const before = seen.get(id);
        if (before && since !== undefined) continue; // another subscription's first look
        const deadline = before !== undefined && before.closedAt === Infinity && before.closesAt <= now();
        if (before && !changed && !deadline) continue;
        const after = await read(id, before);
        if (!after) continue;
        seen.set(id, after);
        const topic: Topic = { kind: 'poll', id };
        // On the first look, only what happened since subscribing; later, what is new.
        const voted = before ? after.lastBallot > before.lastBallot : after.votedAt >= (since ?? Infinity);
        const closed = before
          ? after.closedAt < Infinity && before.closedAt === Infinity
          : after.closedAt >= (since ?? Infinity) && after.closedAt < Infinity;
        if (voted) events.push({ topic, type: 'voted', id });
        if (closed) events.push({ topic, type: 'closed', id });
        else if (before && after.modified !== before.modified) events.push({ topic, type: 'updated', id });
      }
      return events;
    },
  };
}
