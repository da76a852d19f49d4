import * as v from 'valibot';
import { PleinError } from './errors.js';
import { LIMITS } from './limits.js';
import {
  METRICS,
  SHARE_METRICS,
  TARGET_PERIODS,
  type InsightsQuery,
  type MetricId,
  type Target,
  type TargetDraft,
  type TargetPeriod,
} from './types.js';
import { IsoDateTimeSchema, parseWith } from './validation.js';

/**
 * What every store computes the same way for insights: the period and the one before it, the
 * chart buckets, which target applies, and the checks on queries and targets.
 */

const DAY = 86_400_000;

/** A checked insights period, in milliseconds since the epoch. */
export interface InsightsPeriod {
  from: number;
  to: number;
  /** Start of the previous period of equal length (it ends at `from`). */
  previousFrom: number;
  /** Length in days, a fraction for a period that is not whole days (a daylight-saving day is 23 or 25 hours). */
  days: number;
  bucket: 'day' | 'week';
  /** Each bucket's start, from `from`, in steps of one or seven days. */
  buckets: number[];
}

const QuerySchema = v.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema });

/** Checks a query: real instants, `to` after `from`, at most `LIMITS.insightsDays` days. */
export function parseInsightsQuery(input: unknown): InsightsPeriod {
  const query: InsightsQuery = parseWith(QuerySchema, input, 'query');
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (to <= from) throw new PleinError('invalid', { field: 'to', reason: 'end-before-start' });
  // An hour of slack so a year of local midnights across a daylight-saving change still fits.
  if (to - from > LIMITS.insightsDays * DAY + 3_600_000) {
    throw new PleinError('invalid', { field: 'to', reason: 'too-long', limit: LIMITS.insightsDays });
  }
  const days = (to - from) / DAY;
  const bucket = days <= LIMITS.insightsDailyDays + 1 / 24 ? 'day' : 'week';
  const step = bucket === 'day' ? DAY : 7 * DAY;
  const buckets: number[] = [];
  for (let start = from; start < to; start += step) buckets.push(start);
  return { from, to, previousFrom: from - (to - from), days, bucket, buckets };
}

/** Which bucket an instant inside the period falls in. */
export function bucketOf(period: InsightsPeriod, time: number): number {
  return Math.floor((time - period.from) / (period.bucket === 'day' ? DAY : 7 * DAY));
}

export const isShareMetric = (metric: MetricId): boolean => SHARE_METRICS.includes(metric);

/** Nominal days of each kind of period, and the lengths that count as "one of that kind". */
const PERIOD_DAYS: Record<TargetPeriod, { days: number; min: number; max: number }> = {
  week: { days: 7, min: 7, max: 7 },
  month: { days: 30, min: 28, max: 31 },
  quarter: { days: 91, min: 89, max: 92 },
  year: { days: 365, min: 365, max: 366 },
};

/**
 * The target that applies to `metric` over a period of `days`: the one whose kind of period is
 * nearest in length; a count target scaled by days unless the period is one of its kind.
 */
export function targetFor(targets: readonly TargetDraft[], metric: MetricId, days: number): number | undefined {
  let best: TargetDraft | undefined;
  const distance = (target: TargetDraft) => Math.abs(Math.log(days / PERIOD_DAYS[target.per].days));
  for (const target of targets) {
    if (target.metric === metric && (!best || distance(target) < distance(best))) best = target;
  }
  if (!best) return undefined;
  const kind = PERIOD_DAYS[best.per];
  const whole = Math.round(days);
  if (isShareMetric(metric) || (Math.abs(days - whole) < 0.05 && whole >= kind.min && whole <= kind.max)) {
    return best.value;
  }
  return Math.round((best.value * days) / kind.days);
}

const TargetSchema = v.object({
  metric: v.picklist(METRICS, 'unknown-metric'),
  per: v.picklist(TARGET_PERIODS, 'unknown-period'),
  value: v.pipe(v.number('out-of-range'), v.finite('out-of-range')),
});

/** A target: shares above 0 and at most 100 (one decimal kept), counts whole from 1 to `LIMITS.targetMax`. */
export function parseTargetDraft(input: unknown): TargetDraft {
  const draft = parseWith(TargetSchema, input, 'target');
  const share = isShareMetric(draft.metric);
  const value = share ? Math.round(draft.value * 10) / 10 : draft.value;
  const ok = share ? value > 0 && value <= 100 : Number.isInteger(value) && value >= 1 && value <= LIMITS.targetMax;
  if (!ok) {
    throw new PleinError('invalid', { field: 'value', reason: 'out-of-range', limit: share ? 100 : LIMITS.targetMax });
  }
  return { metric: draft.metric, per: draft.per, value };
}

/** Targets in `METRICS` then `TARGET_PERIODS` order. */
export function sortTargets<T extends Target>(targets: Iterable<T>): T[] {
  const rank = (target: Target) => METRICS.indexOf(target.metric) * 10 + TARGET_PERIODS.indexOf(target.per);
  return [...targets].sort((a, b) => rank(a) - rank(b));
}
