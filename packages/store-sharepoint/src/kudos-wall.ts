/**
 * Reading kudos: one by id, and the wall, newest first (in the order kudos were written: the
 * item ID). Every query pages on an indexed column: the kudos list itself (all, by value, by
 * giver), or the recipient rows (by recipient, by department), ordered by the kudos' item ID so
 * one cursor serves both. Rows are checked against the kudos item before they count.
 */
import {
  PleinError,
  hashtags,
  isPleinError,
  mentionedIds,
  parseKudosQuery,
  parsePageRequest,
  type Kudos,
  type KudosApi,
  type KudosQuery,
  type Page,
  type ReactionSummary,
} from '@plein/core';
import { isModerator, isTeam, notFound, type SpContext } from './context.js';
import { KUDOS_SELECT, kudosOf, type KudosRecord } from './kudos-rows.js';
import { reactionsTo } from './kudos-reactions.js';
import { listCall, type Row } from './lists.js';
import { itemsPath, readPage, type Clause, readAnyOf } from './paging.js';
import type { SpUser } from './people.js';
import { KUDOS_LISTS } from './schema-kudos.js';

const KUDOS = KUDOS_LISTS.kudos;
const RECIPIENTS = KUDOS_LISTS.recipients;
/** Recipient rows read per request: up to 10 per kudos. */
const ROWS = 500;
/** Kudos read per request, and at most per call, when a filter is too broad for an index. */
const WALK_PAGE = 1000;
const WALK_BUDGET = 20_000;

/** Kudos found, and where a walk stopped when it ran out of budget (the next cursor). */
interface Found {
  kudos: KudosRecord[];
  stop?: number;
}

/** The giver, moderators, the communications team and admins. */
export const canRemove = (me: SpUser, kudos: KudosRecord): boolean =>
  kudos.fromId === me.personId || isModerator(me) || isTeam(me);

export const viewKudos = (kudos: KudosRecord, reactions: ReactionSummary, me: SpUser): Kudos => ({
  id: kudos.id,
  fromId: kudos.fromId,
  toIds: [...kudos.toIds],
  valueId: kudos.valueId,
  message: kudos.message,
  mentions: mentionedIds(kudos.message),
  hashtags: hashtags(kudos.message),
  createdAt: kudos.createdAt,
  reactions: { counts: { ...reactions.counts }, mine: [...reactions.mine] },
  viewer: { canDelete: canRemove(me, kudos) },
});

/** The kudos with this id: the first item that claims it and was given by its author. */
export async function findKudos(context: SpContext, id: unknown): Promise<KudosRecord | undefined> {
  if (typeof id !== 'string' || !id) return undefined;
  const page = await readPage(context.sp, KUDOS, {
    where: [{ field: 'PleinId', op: 'eq', value: id }],
    select: KUDOS_SELECT,
    expand: ['Author'],
    orderBy: { field: 'ID' },
    top: 10,
  });
  return page.items.map(kudosOf).find((k) => k !== undefined);
}

/** Kudos as `me` sees them, reactions included. */
export async function viewAll(context: SpContext, kudos: readonly KudosRecord[], me: SpUser): Promise<Kudos[]> {
  const reactions = await reactionsTo(
    context,
    kudos.map((k) => k.id),
    me,
  );
  return kudos.map((k) => viewKudos(k, reactions.get(k.id) ?? { counts: {}, mine: [] }, me));
}

const bad = (field: string) => new PleinError('invalid', { field, reason: 'bad-cursor' });

export function kudosWall(context: SpContext): Pick<KudosApi, 'list' | 'get'> {
  const { sp, user, directory, maxPageSize } = context;

  /** Whether a kudos item matches every filter (recipients and departments as they are now). */
  async function matcher(query: KudosQuery): Promise<(k: KudosRecord) => boolean> {
    const { personId, direction, department, valueId } = query;
    const people = department === undefined ? undefined : await directory.all();
    return (k) =>
      (personId === undefined || (direction === 'given' ? k.fromId === personId : k.toIds.includes(personId))) &&
      (valueId === undefined || k.valueId === valueId) &&
      (department === undefined || k.toIds.some((id) => people?.get(id)?.department === department));
  }

  /**
   * Reads the kudos list newest first from `before`, keeping what `fits`, until `want` are found.
   * With a `budget`, stops after reading that many items and says where (`stop`).
   */
  async function scan(
    where: Clause[],
    fits: (k: KudosRecord) => boolean,
    before: number | undefined,
    want: number,
    budget = Infinity,
  ): Promise<Found> {
    let path = itemsPath(KUDOS, {
      where,
      select: KUDOS_SELECT,
      expand: ['Author'],
      orderBy: { field: 'ID', desc: true },
      top: budget === Infinity ? Math.min(want + 5, 5000) : WALK_PAGE,
    });
    // A position, not a filter: `ID lt N` alone would match more than 5,000 items on a big list.
    if (before !== undefined) path += `&$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${before}`)}`;
    const kudos: KudosRecord[] = [];
    let scanned = 0;
    for (let next: string | undefined = path; next !== undefined && kudos.length < want;) {
      if (scanned >= budget) return { kudos, stop: before };
      const page: { items: Row[]; next?: string } = await readPage(sp, KUDOS, next);
      for (const row of page.items) {
        const found = kudosOf(row);
        if (found && fits(found)) kudos.push(found);
        before = Number(row.ID);
      }
      scanned += page.items.length;
      next = page.next;
    }
    return { kudos };
  }

  /** Kudos straight from the kudos list: every match, or by value and giver. */
  function fromKudosList(
    query: KudosQuery,
    fits: (k: KudosRecord) => boolean,
    before: number | undefined,
    want: number,
  ) {
    const where: Clause[] = [];
    if (query.personId !== undefined) where.push({ field: 'From', op: 'eq', value: query.personId });
    if (query.valueId !== undefined) where.push({ field: 'ValueId', op: 'eq', value: query.valueId });
    return scan(where, fits, before, want);
  }

  /** Kudos found through their recipient rows: by recipient and/or department. */
  async function fromRecipients(
    query: KudosQuery,
    fits: (k: KudosRecord) => boolean,
    before: number | undefined,
    want: number,
  ): Promise<Found> {
    const received = query.direction !== 'given' ? query.personId : undefined;
    const given = query.direction === 'given' ? query.personId : undefined;
    const where: Clause[] = [];
    if (received !== undefined) where.push({ field: 'To', op: 'eq', value: received });
    if (query.department !== undefined) where.push({ field: 'Department', op: 'eq', value: query.department });
    if (query.valueId !== undefined) where.push({ field: 'ValueId', op: 'eq', value: query.valueId });
    if (given !== undefined) where.push({ field: 'From', op: 'eq', value: given });
    if (before !== undefined) where.push({ field: 'KudosItem', op: 'lt', value: before });
    const seen = new Set<number>();
    const kudos: KudosRecord[] = [];
    let next: string | undefined = itemsPath(RECIPIENTS, {
      where,
      select: ['ID', 'KudosItem'],
      orderBy: { field: 'KudosItem', desc: true },
      top: ROWS,
    });
    while (next !== undefined && kudos.length < want) {
      const page: { items: Row[]; next?: string } = await readPage(sp, RECIPIENTS, next);
      const items = [...new Set(page.items.map((row) => Number(row.KudosItem)))].filter((n) => !seen.has(n));
      items.forEach((n) => seen.add(n));
      const rows = await readAnyOf(sp, KUDOS, 'ID', items, { select: KUDOS_SELECT, expand: ['Author'] });
      const byItem = new Map(rows.flatMap((row) => (kudosOf(row) ? [[Number(row.ID), kudosOf(row)!] as const] : [])));
      for (const n of items) {
        const found = byItem.get(n);
        if (found && fits(found)) kudos.push(found);
      }
      next = page.next;
    }
    return { kudos };
  }

  return {
    get: (id) =>
      listCall(async () => {
        const [kudos, me] = await Promise.all([findKudos(context, id), user()]);
        if (!kudos) throw notFound();
        return (await viewAll(context, [kudos], me))[0]!;
      }),

    list: (query, page) =>
      listCall(async (): Promise<Page<Kudos>> => {
        const parsed = parseKudosQuery(query);
        const { cursor, limit } = parsePageRequest(page, maxPageSize);
        if (cursor !== undefined && !/^[1-9]\d{0,9}$/.test(cursor)) throw bad('cursor');
        const before = cursor === undefined ? undefined : Number(cursor);
        const byRows =
          parsed.department !== undefined || (parsed.personId !== undefined && parsed.direction !== 'given');
        const fits = await matcher(parsed);
        const want = limit + 1;
        let found: Found;
        try {
          found = await (byRows ? fromRecipients : fromKudosList)(parsed, fits, before, want);
        } catch (e) {
          // A filter that matches more than 5,000 items: such matches are dense, so walking the
          // whole wall newest first finds a page soon (at most WALK_BUDGET items per call).
          if (!isPleinError(e) || e.details?.reason !== 'list-view-threshold') throw e;
          found = await scan([], fits, before, want, WALK_BUDGET);
        }
        const me = await user();
        const items = await viewAll(context, found.kudos.slice(0, limit), me);
        const last = found.kudos[limit - 1];
        if (found.kudos.length > limit && last) return { items, next: String(last.itemId) };
        return found.stop !== undefined ? { items, next: String(found.stop) } : { items };
      }),
  };
}
