/**
 * Giving, removing and reacting. The giver is the kudos item's `Author`; the recipient rows are
 * written with it (a retry with the same key finds the kudos and adds rows that are missing).
 * Removing deletes the item, which SharePoint allows only the giver and the groups that manage
 * the list (moderators, the communications team, owners): the same people the store allows.
 */
import {
  PleinError,
  isPleinError,
  mentionedIds,
  newId,
  parseKudosDraft,
  parseWriteOptions,
  type KudosApi,
} from '@plein/core';
import { notFound, type SpContext } from './context.js';
import { kudosOf, type KudosRecord } from './kudos-rows.js';
import { react } from './kudos-reactions.js';
import { readValues } from './kudos-values.js';
import { canRemove, findKudos, viewAll, viewKudos } from './kudos-wall.js';
import { addItem, authorOf, itemPath, listCall, type Row } from './lists.js';
import { readAll, readPage } from './paging.js';
import type { SpUser } from './people.js';
import { KUDOS_LISTS } from './schema-kudos.js';

const { kudos: KUDOS, recipients: RECIPIENTS, removals: REMOVALS } = KUDOS_LISTS;
const WEEK = 7 * 86_400_000;

/** The bucket of leaderboard queries (schema-kudos.ts). */
export const weekOf = (ms: number): number => Math.floor(ms / WEEK);

const remove = (context: SpContext, path: string) =>
  context.sp.post(path, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }).catch((e: unknown) => {
    // Deleted meanwhile by someone else: what we wanted.
    if (!(isPleinError(e) && e.code === 'not-found')) throw e;
  });

export function kudosWrites(context: SpContext): Pick<KudosApi, 'give' | 'remove' | 'react'> {
  const { sp, user, directory, clock } = context;

  /** Writes the recipient rows a kudos lacks (all of them on the first try). */
  async function recipientRows(kudos: KudosRecord, fresh: boolean): Promise<void> {
    const have = new Set<string>();
    if (!fresh)
      for await (const page of readAll(sp, RECIPIENTS, {
        where: [{ field: 'KudosItem', op: 'eq', value: kudos.itemId }],
        select: ['ID', 'To'],
      }))
        for (const row of page) have.add(String(row.To));
    const people = await directory.all();
    await Promise.all(
      kudos.toIds
        .filter((id) => !have.has(id))
        .map((to) =>
          addItem(sp, RECIPIENTS, {
            Title: kudos.id,
            KudosItem: kudos.itemId,
            KudosId: kudos.id,
            To: to,
            Department: people.get(to)?.department ?? '',
            ValueId: kudos.valueId,
            From: kudos.fromId,
          }),
        ),
    );
  }

  /** My kudos written with `key`, if a first try got that far. */
  async function written(key: string, me: SpUser): Promise<KudosRecord | undefined> {
    const page = await readPage(sp, KUDOS, {
      where: [{ field: 'WriteKey', op: 'eq', value: key }],
      select: ['ID', 'PleinId', 'From', 'ValueId', 'Recipients', 'Message', 'Created', 'Author/Name'],
      expand: ['Author'],
      top: 10,
    });
    return page.items.map(kudosOf).find((k) => k?.fromId === me.personId);
  }

  async function check(draft: unknown, me: SpUser) {
    const parsed = parseKudosDraft(draft);
    const [people, { values }] = await Promise.all([directory.all(), readValues(context)]);
    parsed.toIds.forEach((id, index) => {
      const reason = id === me.personId ? 'self' : people.has(id) ? undefined : 'unknown-person';
      if (reason) throw new PleinError('invalid', { field: 'toIds', index, reason });
    });
    const value = values.find((v) => v.id === parsed.valueId);
    if (!value || value.archived)
      throw new PleinError('invalid', { field: 'valueId', reason: value ? 'archived' : 'unknown-value' });
    if (mentionedIds(parsed.message).some((id) => !people.has(id)))
      throw new PleinError('invalid', { field: 'message', reason: 'unknown-mention' });
    return parsed;
  }

  return {
    give: (draft, options) =>
      listCall(async () => {
        const key = parseWriteOptions(options).idempotencyKey;
        const me = await user();
        const earlier = await written(key, me);
        if (earlier) {
          await recipientRows(earlier, false);
          return (await viewAll(context, [earlier], me))[0]!;
        }
        const { toIds, valueId, message } = await check(draft, me);
        const row: Row = await addItem(sp, KUDOS, {
          Title: message.slice(0, 255),
          PleinId: newId('kudos'),
          WriteKey: key,
          From: me.personId,
          ValueId: valueId,
          Recipients: JSON.stringify(toIds),
          Message: message,
          Week: weekOf(clock.now()),
        });
        const kudos = kudosOf({ ...row, Author: { Name: me.personId } })!;
        await recipientRows(kudos, true);
        return viewKudos(kudos, { counts: {}, mine: [] }, me);
      }),

    remove: (id, options) =>
      listCall(async () => {
        parseWriteOptions(options);
        const [kudos, me] = await Promise.all([findKudos(context, id), user()]);
        if (!kudos) {
          const removed = await readPage(sp, REMOVALS, {
            where: [{ field: 'KudosId', op: 'eq', value: String(id) }],
            select: ['ID'],
            top: 1,
          });
          if (typeof id === 'string' && removed.items.length) return;
          throw notFound();
        }
        if (!canRemove(me, kudos)) throw new PleinError('forbidden', { reason: 'not-giver' });
        // The note first: if deleting fails, the note is taken back and nothing changed.
        const note = await addItem(sp, REMOVALS, {
          Title: kudos.id,
          KudosId: kudos.id,
          KudosItem: kudos.itemId,
          From: kudos.fromId,
        });
        try {
          await remove(context, itemPath(KUDOS, kudos.itemId));
        } catch (e) {
          await remove(context, itemPath(REMOVALS, Number(note.ID))).catch(() => undefined);
          throw e;
        }
        // The recipient rows only point at the kudos; they are tidied, not needed for hiding it.
        const rows: Row[] = [];
        for await (const page of readAll(sp, RECIPIENTS, {
          where: [{ field: 'KudosItem', op: 'eq', value: kudos.itemId }],
          select: ['ID', 'Author/Name'],
          expand: ['Author'],
        }))
          rows.push(...page);
        await Promise.all(
          rows
            .filter((row) => authorOf(row) === kudos.fromId)
            .map((row) => remove(context, itemPath(RECIPIENTS, Number(row.ID))).catch(() => undefined)),
        );
      }),

    react: (id, reaction, on, options) =>
      listCall(async () => {
        const key = parseWriteOptions(options).idempotencyKey;
        const [kudos, me] = await Promise.all([findKudos(context, id), user()]);
        if (!kudos) throw notFound();
        return react(context, kudos.id, reaction, on, key, me);
      }),
  };
}
