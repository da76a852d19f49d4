/**
 * Live `{kind:'insights'}` events for the communications team and admins: when one of the lists
 * a report reads moved, the item changes since the last look (`getchanges`, SHAREPOINT-REST.md
 * §11) become events naming what changed. Members hear nothing. Deletions carry no item to name
 * (a removed kudos leaves a removal note, which does).
 */
import type { Topic } from '@plein/core';
import { isTeam, type SpContext } from './context.js';

import { changeToken, listPath, personIn, type Row } from './lists.js';
import type { LiveEvent, LiveSource } from './live.js';
import { entity, rows } from './odata.js';
import { LISTS, type ListDef } from './schema.js';
import { FEED } from './schema-feed.js';
import { INSIGHTS_LISTS } from './schema-insights.js';
import { KUDOS_LISTS } from './schema-kudos.js';
import { ONBOARDING_LISTS } from './schema-onboarding.js';
import { readAnyOf } from './paging.js';

const TOPIC: Topic = { kind: 'insights' };
const ADD = 1;
const UPDATE = 2;

interface Watched {
  list: ListDef;
  type: LiveEvent['type'];
  /** The column naming what changed. */
  id: string;
  /** Items are switched in place (kudos reactions): updates count too, and the Editor acted. */
  updates?: boolean;
}

/** In the order events are told when several lists moved at once. */
const WATCHED: readonly Watched[] = [
  { list: FEED.posts, type: 'created', id: 'PleinId' },
  { list: FEED.comments, type: 'commented', id: 'PostId' },
  { list: FEED.reactions, type: 'reacted', id: 'PostId' },
  { list: FEED.reports, type: 'reported', id: 'PostId' },
  { list: FEED.moderation, type: 'moderated', id: 'PostId' },
  { list: LISTS.votes, type: 'voted', id: 'PollId' },
  { list: KUDOS_LISTS.kudos, type: 'created', id: 'PleinId' },
  { list: KUDOS_LISTS.reactions, type: 'reacted', id: 'Target', updates: true },
  { list: KUDOS_LISTS.removals, type: 'deleted', id: 'KudosId' },
  { list: ONBOARDING_LISTS.enrolments, type: 'updated', id: 'CampaignId' },
  { list: ONBOARDING_LISTS.ticks, type: 'updated', id: 'CampaignId' },
  { list: INSIGHTS_LISTS.targets, type: 'configured', id: 'Goal' },
];

/** What an item names: a target's goal names its KPI. */
const idOf = (watched: Watched, row: Row): string => {
  const value = String(row[watched.id] ?? '');
  return watched.list === INSIGHTS_LISTS.targets ? value.split(' ')[0]! : value;
};

export function insightsLive({ sp, user }: SpContext): LiveSource {
  /** Per list title: its change token as of the last look (full form, to resume from). */
  const tokens = new Map<string, string>();
  /** Per list title: its reduced token (lists.ts), to tell which lists moved. */
  const stamps = new Map<string, string>();

  /** Item ids added (and updated, for lists switched in place) since the last look, oldest first. */
  async function changes(watched: Watched): Promise<number[]> {
    const start = tokens.get(watched.list.title);
    const query = { Item: true, Add: true, Update: watched.updates === true, DeleteObject: false };
    const { body } = await sp.post(`${listPath(watched.list)}/getchanges`, {
      query: start ? { ...query, ChangeTokenStart: { StringValue: start } } : query,
    });
    const found = rows(body).rows;
    const token = found.length ? entity(found.at(-1)!.ChangeToken).StringValue : undefined;
    if (typeof token === 'string') tokens.set(watched.list.title, token);
    const ids = found.filter((c) => c.ChangeType === ADD || c.ChangeType === UPDATE).map((c) => Number(c.ItemId));
    return [...new Set(ids)];
  }

  function remember(current: ReadonlyMap<string, string>): void {
    for (const [title, token] of current) {
      if (token) tokens.set(title, token);
      stamps.set(title, changeToken(token));
    }
  }

  return {
    lists: WATCHED.map((w) => w.list.title),
    serves: (topic) => topic.kind === 'insights',
    async check(_topics, changed, since, current) {
      if (since !== undefined) {
        // A subscription's first look: from the tokens read as it began. (A change since the
        // last round is then not told to those who listened already; they hear the next one.)
        remember(current);
        return [];
      }
      if (!changed || !isTeam(await user())) return [];
      const events: LiveEvent[] = [];
      for (const watched of WATCHED) {
        const title = watched.list.title;
        const now = current.get(title);
        if (!now || changeToken(now) === stamps.get(title)) continue;
        const ids = await changes(watched);
        stamps.set(title, changeToken(now));
        if (!ids.length) continue;
        const who = watched.updates ? 'Editor' : 'Author';
        const found = await readAnyOf(sp, watched.list, 'ID', ids, {
          select: ['ID', watched.id, `${who}/Name`],
          expand: [who],
        });
        const byId = new Map(found.map((row) => [Number(row.ID), row]));
        for (const id of ids) {
          const row = byId.get(id);
          if (row)
            events.push({ topic: TOPIC, type: watched.type, id: idOf(watched, row), actorId: personIn(row, who) });
        }
      }
      return events;
    },
  };
}
