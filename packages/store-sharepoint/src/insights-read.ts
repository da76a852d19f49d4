/**
 * How a report reads SharePoint: only bounded date ranges on the indexed `Created` column (and
 * narrow lookups by indexed ids), within a budget of requests.
 *
 * The list view threshold (SHAREPOINT-REST.md §3) refuses a query whose first clause matches
 * more than 5,000 items. A range is two clauses, `Created ge from` and `Created lt to`; either
 * may come first, and each matches a different side of the list (what came after `from`, what
 * came before `to`). So a range is tried with one side first, then the other, and when both are
 * refused it is halved (at a midnight while longer than a day, then at an hour), down to an
 * hour. Every request counts towards the budget: past it, or for an hour that still does not
 * fit, the site is too large for insights in a browser (`too-large`, reason
 * `site-too-large-for-browser`), so the dashboard can say that Plein's server is needed.
 */
import { PleinError, isPleinError } from '@plein/core';
import { SpClient, type Answer } from './client.js';
import type { Row } from './lists.js';
import { readAll, type ItemsQuery } from './paging.js';
import type { ListDef } from './schema.js';

/**
 * Requests one report may make. A quiet site needs about 20 (one range per list, a few lookups
 * by id, one per poll voted on and per person onboarding); 300 leaves room for splitting busy
 * lists into some 100 ranges, and at SharePoint's pace (a batch of up to 100 reads per round
 * trip) still answers within seconds. Past it, a browser is the wrong place to count.
 */
export const REPORT_BUDGET = 300;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const tooLarge = (limit: number): PleinError =>
  new PleinError(
    'too-large',
    { reason: 'site-too-large-for-browser', limit },
    undefined,
    'This site has too much activity to count insights in a browser.',
  );

const overThreshold = (e: unknown): boolean =>
  isPleinError(e) && e.code === 'unavailable' && e.details?.reason === 'list-view-threshold';

/** A client that counts its reads against a budget (writes are not a report's business). */
export class BudgetClient extends SpClient {
  used = 0;

  constructor(
    inner: SpClient,
    readonly budget = REPORT_BUDGET,
  ) {
    super(inner.http, inner.clock);
  }

  override get(path: string): Promise<Answer> {
    if (++this.used > this.budget) return Promise.reject(tooLarge(this.budget));
    return super.get(path);
  }

  /** The report cannot be made: every read still under way or to come is refused at once. */
  giveUp(): PleinError {
    this.used = Infinity;
    return tooLarge(this.budget);
  }
}

async function collect(sp: SpClient, list: ListDef, query: ItemsQuery): Promise<Row[]> {
  const out: Row[] = [];
  for await (const page of readAll<Row>(sp, list, query)) out.push(...page);
  return out;
}

/** Where to cut `[from, to)` in two: at a midnight, else at an hour; undefined below two hours. */
function middle(from: number, to: number): number | undefined {
  const step = to - from > DAY ? DAY : HOUR;
  const cut = Math.round((from + to) / 2 / step) * step;
  if (cut > from && cut < to) return cut;
  return to - from >= 2 * HOUR ? Math.round((from + to) / 2 / HOUR) * HOUR : undefined;
}

/**
 * The items of `list` created in `[from, to)` (ms), with `query`'s select and expand, in no
 * particular order. The list must index `Created` (`indexedBuiltIns`).
 */
export async function createdIn(
  sp: BudgetClient,
  list: ListDef,
  from: number,
  to: number,
  query: Pick<ItemsQuery, 'select' | 'expand'>,
): Promise<Row[]> {
  const after = { field: 'Created', op: 'ge', value: new Date(from) } as const;
  const before = { field: 'Created', op: 'lt', value: new Date(to) } as const;
  for (const where of [
    [after, before],
    [before, after],
  ]) {
    try {
      return await collect(sp, list, { ...query, where });
    } catch (e) {
      if (!overThreshold(e)) throw e;
    }
  }
  const cut = middle(from, to);
  if (cut === undefined) throw sp.giveUp();
  const halves = await Promise.all([createdIn(sp, list, from, cut, query), createdIn(sp, list, cut, to, query)]);
  return halves.flat();
}
