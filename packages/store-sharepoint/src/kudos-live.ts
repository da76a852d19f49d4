/**
 * The kudos' part of live updates. When one of its lists moved, it asks SharePoint for the item
 * changes since the last look (`getchanges`, SHAREPOINT-REST.md §11) and reads the items named:
 * new kudos (`created`, and the signed-in person's `kudos` or `mention` notification), reactions
 * switched (`reacted`), removal notes (`deleted`), values and settings (`configured`).
 * The actor is the item's Author (Editor for switched reactions and edited values).
 */
import { mentionedIds, type Notification, type Topic } from '@plein/core';
import type { SpContext } from './context.js';
import { KUDOS_SELECT, kudosOf } from './kudos-rows.js';
import { listPath, personIn } from './lists.js';
import type { LiveEvent, LiveSource } from './live.js';
import { entity, rows } from './odata.js';
import type { ListDef } from './schema.js';
import { KUDOS_LISTS } from './schema-kudos.js';
import { readAnyOf } from './paging.js';

const { kudos: KUDOS, reactions: REACTIONS, removals: REMOVALS, values: VALUES } = KUDOS_LISTS;
const ADD = 1;
const UPDATE = 2;
const KUDOS_TOPIC: Topic = { kind: 'kudos' };

export function kudosLive(context: SpContext): LiveSource {
  const { sp, clock, user } = context;
  const tokens = new Map<string, string>();

  /** Where the next look starts: the lists' change tokens the poller read as the subscription began. */
  function startFrom(current: ReadonlyMap<string, string>): void {
    tokens.clear();
    for (const [title, token] of current) if (token) tokens.set(title, token);
  }

  /** Item ids added (and updated, with `updates`) since the last look, oldest first. */
  async function changed(list: ListDef, updates: boolean): Promise<number[]> {
    const start = tokens.get(list.title);
    const query = { Item: true, Add: true, Update: updates, DeleteObject: false };
    const { body } = await sp.post(`${listPath(list)}/getchanges`, {
      query: start ? { ...query, ChangeTokenStart: { StringValue: start } } : query,
    });
    const changes = rows(body).rows;
    const last = changes.at(-1);
    const token = last ? entity(last.ChangeToken).StringValue : undefined;
    if (typeof token === 'string') tokens.set(list.title, token);
    const ids = changes.filter((c) => c.ChangeType === ADD || c.ChangeType === UPDATE).map((c) => Number(c.ItemId));
    return [...new Set(ids)];
  }

  const read = async (list: ListDef, ids: number[], select: string[], expand: string[]) => {
    const found = ids.length ? await readAnyOf(sp, list, 'ID', ids, { select, expand }) : [];
    const byId = new Map(found.map((row) => [Number(row.ID), row]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  };

  return {
    lists: [KUDOS.title, REACTIONS.title, REMOVALS.title, VALUES.title],
    serves: (topic) => topic.kind === 'kudos' || topic.kind === 'notifications',
    async check(topics, anyChanged, since, current) {
      if (since !== undefined) {
        startFrom(current);
        return [];
      }
      if (!anyChanged) return [];
      const wall = topics.some((t) => t.kind === 'kudos');
      const notify = topics.some((t) => t.kind === 'notifications');
      const events: LiveEvent[] = [];
      const added = await changed(KUDOS, false);
      const removed = wall
        ? await read(
            REMOVALS,
            await changed(REMOVALS, false),
            ['ID', 'KudosId', 'KudosItem', 'From', 'Author/Name'],
            ['Author'],
          )
        : [];
      const given = await read(KUDOS, added, KUDOS_SELECT, ['Author']);
      if (wall) {
        for (const id of added) {
          const row = given.find((r) => Number(r.ID) === id);
          const kudos = row && kudosOf(row);
          // Given and removed since the last look: the removal note still names it.
          const note = removed.find((r) => Number(r.KudosItem) === id);
          if (kudos) events.push({ topic: KUDOS_TOPIC, type: 'created', id: kudos.id, actorId: kudos.fromId });
          else if (note)
            events.push({ topic: KUDOS_TOPIC, type: 'created', id: String(note.KudosId), actorId: String(note.From) });
        }
        const switched = await read(
          REACTIONS,
          await changed(REACTIONS, true),
          ['ID', 'Target', 'Editor/Name'],
          ['Editor'],
        );
        for (const row of switched)
          events.push({
            topic: KUDOS_TOPIC,
            type: 'reacted',
            id: String(row.Target),
            actorId: personIn(row, 'Editor'),
          });
        for (const row of removed)
          events.push({
            topic: KUDOS_TOPIC,
            type: 'deleted',
            id: String(row.KudosId),
            actorId: personIn(row, 'Author'),
          });
        const values = await read(VALUES, await changed(VALUES, true), ['ID', 'PleinId', 'Editor/Name'], ['Editor']);
        for (const row of values)
          events.push({
            topic: KUDOS_TOPIC,
            type: 'configured',
            id: String(row.PleinId),
            actorId: personIn(row, 'Editor'),
          });
      }
      if (notify && given.length) {
        const me = (await user()).personId;
        const at = new Date(clock.now()).toISOString();
        for (const row of given) {
          const kudos = kudosOf(row);
          if (!kudos || kudos.fromId === me) continue;
          const kind = kudos.toIds.includes(me)
            ? 'kudos'
            : mentionedIds(kudos.message).includes(me)
              ? 'mention'
              : undefined;
          if (!kind) continue;
          const notification: Notification = {
            id: `${kind}:${kudos.id}:${me}`,
            personId: me,
            kind,
            actorId: kudos.fromId,
            entryId: kudos.id,
            at,
          };
          events.push({ topic: { kind: 'notifications' }, type: 'notified', id: notification.id, notification });
        }
      }
      return events;
    },
  };
}
