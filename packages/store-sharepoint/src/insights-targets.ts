/**
 * Targets on SharePoint (schema-insights.ts): every set or removal is a new item, the latest
 * item of a KPI and kind of period decides. Only the communications team and owners can add
 * items (list permissions), so the store honours every item it finds. A retry finds its first
 * write by key and Author, and answers as the target stands rather than writing again, so a
 * late retry never undoes a later change.
 */
import {
  METRICS,
  PleinError,
  TARGET_PERIODS,
  parseTargetDraft,
  parseWriteOptions,
  sortTargets,
  type InsightsApi,
  type MetricId,
  type Target,
  type TargetPeriod,
} from '@plein/core';
import type { SpClient } from './client.js';
import { addItem, authorOf, dateOf, listCall, type Row } from './lists.js';
import { readAll, readPage } from './paging.js';
import type { SpUser } from './people.js';
import { INSIGHTS_LISTS } from './schema-insights.js';

const LIST = INSIGHTS_LISTS.targets;
const SELECT = ['ID', 'Goal', 'Value', 'WriteKey', 'Created', 'Author/Name'];

const goalOf = (metric: MetricId, per: TargetPeriod): string => `${metric} ${per}`;

/** An item as a target; undefined for a removal or an item that is not a target. */
function targetOf(row: Row): Target | undefined {
  const [metric, per] = String(row.Goal ?? '').split(' ');
  const m = METRICS.find((x) => x === metric);
  const p = TARGET_PERIODS.find((x) => x === per);
  if (!m || !p || typeof row.Value !== 'number') return undefined;
  return { metric: m, per: p, value: row.Value, updatedAt: dateOf(row.Created) ?? '', updatedBy: authorOf(row) };
}

/** The targets as they stand: per goal, its latest item. */
export async function readTargets(sp: SpClient): Promise<Target[]> {
  const latest = new Map<string, Row>();
  for await (const page of readAll<Row>(sp, LIST, { select: SELECT, expand: ['Author'], orderBy: { field: 'ID' } }))
    for (const row of page) latest.set(String(row.Goal), row);
  return sortTargets([...latest.values()].flatMap((row) => targetOf(row) ?? []));
}

/** My earlier item with this key; another goal under the same key is a `conflict`. */
async function written(sp: SpClient, key: string, me: SpUser, goal: string): Promise<Row | undefined> {
  const page = await readPage<Row>(sp, LIST, {
    where: [{ field: 'WriteKey', op: 'eq', value: key }],
    select: SELECT,
    expand: ['Author'],
    top: 10,
  });
  const mine = page.items.find((row) => authorOf(row) === me.personId);
  if (mine && mine.Goal !== goal) throw new PleinError('conflict', { field: 'idempotencyKey', reason: 'key-reused' });
  return mine;
}

/** `team()` resolves with the signed-in user when they may manage insights, else throws `forbidden`. */
export function targetsApi(
  sp: SpClient,
  team: () => Promise<SpUser>,
): Pick<InsightsApi, 'targets' | 'setTarget' | 'removeTarget'> {
  return {
    targets: () =>
      listCall(async () => {
        await team();
        return readTargets(sp);
      }),

    setTarget: (draft, options) =>
      listCall(async () => {
        const me = await team();
        const parsed = parseTargetDraft(draft);
        const key = parseWriteOptions(options).idempotencyKey;
        const goal = goalOf(parsed.metric, parsed.per);
        const earlier = await written(sp, key, me, goal);
        if (earlier) {
          // A retry: the target as it stands (as it was asked for, should it have been removed since).
          const now = (await readTargets(sp)).find((t) => goalOf(t.metric, t.per) === goal);
          return now ?? targetOf(earlier)!;
        }
        const row = await addItem(sp, LIST, { Title: goal, Goal: goal, Value: parsed.value, WriteKey: key });
        return { ...parsed, updatedAt: dateOf(row.Created) ?? '', updatedBy: me.personId };
      }),

    removeTarget: (metric, per, options) =>
      listCall(async () => {
        const me = await team();
        // Checks the KPI and the period as a target would be (1 fits every KPI).
        const parsed = parseTargetDraft({ metric, per, value: 1 });
        const key = parseWriteOptions(options).idempotencyKey;
        const goal = goalOf(parsed.metric, parsed.per);
        if (await written(sp, key, me, goal)) return;
        const set = (await readTargets(sp)).some((t) => goalOf(t.metric, t.per) === goal);
        if (set) await addItem(sp, LIST, { Title: goal, Goal: goal, Value: null, WriteKey: key });
      }),
  };
}
