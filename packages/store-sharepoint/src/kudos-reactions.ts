/**
 * Reactions to kudos: one item per person, kudos and kind, switched by `On`, written by the
 * person reacting (WriteSecurity 2: nobody switches another's). Counts are the people with a
 * switched-on item, so two people reacting at once both count, and a double submit by one
 * person (two items) still counts once.
 * TODO(lead): the feed's reactions work the same way; one shared module should serve both.
 */
import { PleinError, REACTIONS, parseReaction, type Reaction, type ReactionSummary } from '@plein/core';
import type { SpContext } from './context.js';

import { addItem, authorOf, itemPath, type Row } from './lists.js';
import { readAll, readPage, readAnyOf } from './paging.js';
import type { SpUser } from './people.js';
import { KUDOS_LISTS } from './schema-kudos.js';

const LIST = KUDOS_LISTS.reactions;
const SELECT = ['ID', 'Target', 'Reaction', 'On', 'Author/Name'];

function summarize(rows: readonly Row[], personId: string): ReactionSummary {
  const people = new Map<Reaction, Set<string>>();
  for (const row of rows) {
    const reaction = REACTIONS.find((r) => r === row.Reaction);
    const by = authorOf(row);
    if (!reaction || !by || row.On !== true) continue;
    if (!people.has(reaction)) people.set(reaction, new Set());
    people.get(reaction)!.add(by);
  }
  const counts: ReactionSummary['counts'] = {};
  for (const reaction of REACTIONS) {
    const size = people.get(reaction)?.size;
    if (size) counts[reaction] = size;
  }
  return { counts, mine: REACTIONS.filter((r) => people.get(r)?.has(personId)) };
}

/** The reactions to each of `ids`, as `me` sees them. */
export async function reactionsTo(
  context: SpContext,
  ids: readonly string[],
  me: SpUser,
): Promise<Map<string, ReactionSummary>> {
  const rows = ids.length
    ? await readAnyOf(context.sp, LIST, 'Target', ids, { select: SELECT, expand: ['Author'] })
    : [];
  return new Map(
    ids.map((id) => [
      id,
      summarize(
        rows.filter((row) => row.Target === id),
        me.personId,
      ),
    ]),
  );
}

/**
 * Sets or clears `me`'s reaction of one kind to the kudos `id` (which exists). A key already used
 * on another kudos is a `conflict`; on the same kudos, the retry changes nothing.
 */
export async function react(
  context: SpContext,
  id: string,
  reaction: unknown,
  on: unknown,
  key: string,
  me: SpUser,
): Promise<ReactionSummary> {
  const kind = parseReaction(reaction);
  if (typeof on !== 'boolean') throw new PleinError('invalid', { field: 'on', reason: 'wrong-type' });
  const { sp } = context;
  const used = await readPage(sp, LIST, {
    where: [{ field: 'WriteKey', op: 'eq', value: key }],
    select: SELECT,
    expand: ['Author'],
    top: 10,
  });
  const mineUsed = used.items.filter((row) => authorOf(row) === me.personId);
  if (mineUsed.some((row) => row.Target !== id))
    throw new PleinError('conflict', { field: 'idempotencyKey', reason: 'key-reused' });
  const rows: Row[] = [];
  for await (const page of readAll(sp, LIST, {
    where: [{ field: 'Target', op: 'eq', value: id }],
    select: SELECT,
    expand: ['Author'],
  }))
    rows.push(...page);
  if (mineUsed.length) return summarize(rows, me.personId);
  const mine = rows.filter((row) => authorOf(row) === me.personId && row.Reaction === kind);
  const switched = (row: Row) =>
    sp.post(itemPath(LIST, Number(row.ID)), { On: on, WriteKey: key }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
  if (on && !mine.some((row) => row.On === true)) {
    if (mine[0]) await switched(mine[0]);
    else await addItem(sp, LIST, { Title: id, Target: id, Reaction: kind, On: true, WriteKey: key });
    rows.push({ Target: id, Reaction: kind, On: true, Author: { Name: me.personId } });
  }
  if (!on) {
    await Promise.all(mine.filter((row) => row.On === true).map(switched));
    for (const row of mine) row.On = false;
  }
  return summarize(rows, me.personId);
}
