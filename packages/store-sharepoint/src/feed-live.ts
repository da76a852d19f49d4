/**
 * The feed's part of live updates: `{kind:'feed', channel}`, `{kind:'moderation'}` and the
 * feed's `{kind:'notifications'}`. When one of its lists moved, it asks each list for its
 * changes since the last token (`getchanges`, SHAREPOINT-REST.md §11), reads the items added or
 * updated (deleted ones are known from earlier reads) and turns them into events. Nothing from
 * before the subscription is reported. Events of one round come in a fixed order of kinds
 * (created, updated, reacted, moderated, deleted): SharePoint's change times of different lists
 * cannot order changes made within one second.
 */
import type { ChangeEvent, Notification } from '@plein/core';
import type { SpContext } from './context.js';
import { channelKey, findEntryRow } from './feed-rows.js';
import { MODERATION_SELECT, REPORT_SELECT, viewerOf } from './feed-state.js';
import { authorOf, listPath, type Row } from './lists.js';
import type { LiveEvent, LiveSource } from './live.js';
import { rows } from './odata.js';
import { readPage, readAnyOf } from './paging.js';
import type { ListDef } from './schema.js';
import { FEED } from './schema-feed.js';

interface Known {
  id: string;
  postId: string;
  channel: string;
  authorId: string;
  /** Who the text mentioned when last read, to tell people newly mentioned by an edit. */
  mentions?: string[];
}

const ADD = 1;
const UPDATE = 2;
const DELETE = 3;

/** Each list, the columns its events need, and the rank of its events in a round. */
const SOURCES: readonly { list: ListDef; select: string[] }[] = [
  { list: FEED.posts, select: ['ID', 'PleinId', 'Channel', 'ChannelName', 'Mentions', 'EditedAt', 'Author/Name'] },
  {
    list: FEED.comments,
    select: ['ID', 'PleinId', 'Channel', 'ChannelName', 'PostId', 'Thread', 'Mentions', 'EditedAt', 'Author/Name'],
  },
  { list: FEED.reactions, select: ['ID', 'Target', 'PostId', 'Channel', 'Author/Name'] },
  { list: FEED.pins, select: ['ID', 'PostId', 'Channel', 'Author/Name'] },
  { list: FEED.moderation, select: MODERATION_SELECT },
  { list: FEED.reports, select: REPORT_SELECT },
];

const RANK: Partial<Record<ChangeEvent['type'], number>> = {
  updated: 1,
  reacted: 2,
  moderated: 3,
  reported: 3,
  deleted: 4,
};

/** The channel a row names: whole, or as its key (lists other than posts and comments). */
const channelOf = (row: Row): string => String(row.ChannelName || row.Channel || '');

const strings = (v: unknown): string[] => {
  try {
    const parsed: unknown = typeof v === 'string' && v ? JSON.parse(v) : [];
    return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
};

export function feedLive(context: SpContext): LiveSource {
  const { sp, clock } = context;
  let tokens: Map<string, string> | undefined;
  let since = 0;
  const known = new Map<string, Known>();
  const edited = new Map<string, string>();

  async function changes(list: ListDef): Promise<{ type: number; itemId: number }[]> {
    const start = tokens?.get(list.title);
    if (!start) return []; // a list that was missing when we started: never its whole history
    const query = { Item: true, Add: true, Update: true, DeleteObject: true, ChangeTokenStart: { StringValue: start } };
    const { body } = await sp.post(`${listPath(list)}/getchanges`, { query });
    const found = rows(body).rows;
    const last = (found.at(-1)?.ChangeToken as { StringValue?: unknown } | undefined)?.StringValue;
    if (typeof last === 'string') tokens?.set(list.title, last);
    return found.map((c) => ({ type: Number(c.ChangeType), itemId: Number(c.ItemId) }));
  }

  const learn = (list: ListDef, row: Row, entry: Known) => known.set(`${list.title}#${String(row.ID)}`, entry);

  /** The newest posts, so a later removal can be named and an edit's new mentions told. */
  async function prime(): Promise<void> {
    const page = await readPage(sp, FEED.posts, {
      select: ['ID', 'PleinId', 'Channel', 'ChannelName', 'Mentions', 'Author/Name'],
      expand: ['Author'],
      orderBy: { field: 'ID', desc: true },
      top: 500,
    });
    for (const row of page.items) {
      const id = String(row.PleinId);
      const mentions = strings(row.Mentions);
      learn(FEED.posts, row, { id, postId: id, channel: channelOf(row), authorId: authorOf(row), mentions });
    }
  }

  return {
    lists: SOURCES.map((s) => s.list.title),
    serves: (topic) => topic.kind === 'feed' || topic.kind === 'moderation' || topic.kind === 'notifications',
    async check(topics, changed, first, current) {
      const channels = topics.flatMap((t) => (t.kind === 'feed' ? [t.channel] : []));
      if (first !== undefined || !tokens) {
        // From the tokens the poller read as the subscription began: nothing made since is missed.
        if (!tokens) {
          tokens = new Map([...current].filter(([, token]) => token));
          since = first ?? clock.now();
        }
        await prime();
        return [];
      }
      if (!changed) return [];
      const moderation = topics.some((t) => t.kind === 'moderation');
      const notifications = topics.some((t) => t.kind === 'notifications');
      const me = notifications ? await context.user() : undefined;
      const at = new Date(clock.now()).toISOString();
      const events: LiveEvent[] = [];
      // Reports, moderation and removals also reach the moderators of the channel (checked below).
      const forModerators: LiveEvent[] = [];
      const feed = (channel: string, type: ChangeEvent['type'], id: string, postId: string, actorId: string) => {
        const subscribed = channels.find((c) => channelKey(c) === channelKey(channel));
        if (subscribed !== undefined && type !== 'reported')
          events.push({ topic: { kind: 'feed', channel: subscribed }, type, id, postId, actorId });
        if (moderation && (type === 'reported' || type === 'moderated' || type === 'deleted'))
          forModerators.push({ topic: { kind: 'feed', channel }, type, id, postId, actorId });
      };
      const notify = (kind: Notification['kind'], entry: Known, actorId: string) => {
        if (!me || me.personId !== entry.authorId || actorId === me.personId) return;
        notifyTo(kind, entry, actorId);
      };
      const notifyTo = (kind: Notification['kind'], entry: Known, actorId: string) => {
        const notification: Notification = {
          id: `${kind}:${entry.id}:${actorId}`,
          personId: me!.personId,
          kind,
          actorId,
          entryId: entry.id,
          postId: entry.postId,
          channel: entry.channel,
          at,
        };
        events.push({ topic: { kind: 'notifications' }, type: 'notified', id: notification.id, notification });
      };

      for (const { list, select } of SOURCES) {
        const found = await changes(list);
        if (!found.length) continue;
        const ids = [...new Set(found.filter((c) => c.type === ADD || c.type === UPDATE).map((c) => c.itemId))];
        const items = new Map(
          (await readAnyOf(sp, list, 'ID', ids, { select, expand: ['Author'] })).map((row) => [Number(row.ID), row]),
        );
        for (const change of found) {
          const key = `${list.title}#${change.itemId}`;
          if (change.type === DELETE) {
            const gone = known.get(key);
            if (gone && (list === FEED.posts || list === FEED.comments))
              feed(gone.channel, 'deleted', gone.id, gone.postId, gone.authorId);
            continue;
          }
          const row = items.get(change.itemId);
          if (!row) continue;
          const actorId = authorOf(row);
          const channel = channelOf(row);
          if (list === FEED.posts || list === FEED.comments) {
            const id = String(row.PleinId);
            const mentions = strings(row.Mentions);
            const before = known.get(key)?.mentions;
            const entry = { id, postId: list === FEED.posts ? id : String(row.PostId), channel, authorId: actorId };
            learn(list, row, { ...entry, mentions });
            const editedAt = typeof row.EditedAt === 'string' ? row.EditedAt : '';
            if (change.type === ADD) {
              feed(channel, list === FEED.posts ? 'created' : 'commented', id, entry.postId, actorId);
              if (me && mentions.includes(me.personId) && actorId !== me.personId) notifyTo('mention', entry, actorId);
              if (me && list === FEED.comments && !mentions.includes(me.personId)) {
                const head = await findEntryRow(sp, row.Thread);
                if (head) notify('reply', { ...entry, authorId: head.authorId }, actorId);
              }
            } else if (editedAt && Date.parse(editedAt) >= since && edited.get(key) !== editedAt) {
              edited.set(key, editedAt);
              feed(channel, 'updated', id, entry.postId, actorId);
              // An edit tells whom it newly mentions (known only for entries read before).
              if (me && before && mentions.includes(me.personId) && !before.includes(me.personId))
                if (actorId !== me.personId) notifyTo('mention', entry, actorId);
            }
          } else if (change.type !== ADD) {
            continue;
          } else if (list === FEED.reactions) {
            feed(channel, 'reacted', String(row.Target), String(row.PostId), actorId);
          } else if (list === FEED.pins) {
            feed(channel, 'updated', String(row.PostId), String(row.PostId), actorId);
          } else if (list === FEED.moderation) {
            const entry = {
              id: String(row.EntryId),
              postId: String(row.PostId),
              channel,
              authorId: String(row.Subject),
            };
            feed(channel, 'moderated', entry.id, entry.postId, actorId);
            if (row.Action === 'hide' || row.Action === 'restore')
              notify(row.Action === 'hide' ? 'hidden' : 'restored', entry, actorId);
          } else if (list === FEED.reports) {
            feed(channel, 'reported', String(row.Target), String(row.PostId), actorId);
          }
        }
      }
      if (forModerators.length) {
        const channelOf = (e: LiveEvent) => (e.topic.kind === 'feed' ? e.topic.channel : '');
        const viewer = await viewerOf(context, new Set(forModerators.map(channelOf)));
        for (const e of forModerators)
          if (viewer.moderates(channelOf(e))) events.push({ ...e, topic: { kind: 'moderation' } });
      }
      return events
        .map((event, index) => ({ event, index }))
        .sort((a, b) => (RANK[a.event.type] ?? 0) - (RANK[b.event.type] ?? 0) || a.index - b.index)
        .map(({ event }) => event);
    },
  };
}
