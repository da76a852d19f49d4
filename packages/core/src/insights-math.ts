import {
  METRICS,
  SHARE_METRICS,
  TARGET_PERIODS,
  type MetricId,
  type Target,
  type TargetDraft,
  type TargetPeriod,
} from './types.js';

/**
 * What every store (and the insights element) computes the same way: the period and the one
 * before it, the chart buckets, which target applies. No validation library here, so elements
 * can import it without the query checks.
 */

export const DAY = 86_400_000;

/** Insights' bounds (apart from LIMITS, so elements without insights don't carry them). */
export const INSIGHTS_LIMITS = {
  /** Longest period, in days. */
  days: 366,
  /** Periods up to this many days are charted per day, longer ones per week. */
  dailyDays: 62,
  tags: 10,
  posts: 5,
  /** Smallest group of people whose figures insights show (departments, managers, everyone). */
  privacyMin: 5,
  /** Largest count target. */
  targetMax: 10_000_000,
} as const;

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
 * The kind of target period nearest to a period of `days` (by ratio: 60 days is nearer a
 * quarter than a month), among `kinds`.
 */
export function nearestTargetPeriod(
  days: number,
  kinds: readonly TargetPeriod[] = TARGET_PERIODS,
): TargetPeriod | undefined {
  const distance = (kind: TargetPeriod) => Math.abs(Math.log(days / PERIOD_DAYS[kind].days));
  return [...kinds].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * The target that applies to `metric` over a period of `days`: the one whose kind of period is
 * nearest in length; a count target scaled by days unless the period is one of its kind.
 */
export function targetFor(targets: readonly TargetDraft[], metric: MetricId, days: number): number | undefined {
  const own = targets.filter((target) => target.metric === metric);
  const per = nearestTargetPeriod(
    days,
    own.map((target) => target.per),
  );
  const best = own.find((target) => target.per === per);
  if (!best) return undefined;
  const kind = PERIOD_DAYS[best.per];
  const whole = Math.round(days);
  if (isShareMetric(metric) || (Math.abs(days - whole) < 0.05 && whole >= kind.min && whole <= kind.max)) {
    return best.value;
  }
  return Math.round((best.value * days) / kind.days);
}

/** Targets in `METRICS` then `TARGET_PERIODS` order. */
export function sortTargets<T extends Target>(targets: Iterable<T>): T[] {
  const rank = (target: Target) => METRICS.indexOf(target.metric) * 10 + TARGET_PERIODS.indexOf(target.per);
  return [...targets].sort((a, b) => rank(a) - rank(b));
}
