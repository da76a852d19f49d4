import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PleinError } from './errors.js';
import { parseInsightsQuery, parseTargetDraft } from './insights.js';
import {
  INSIGHTS_LIMITS,
  bucketOf,
  isShareMetric,
  nearestTargetPeriod,
  sortTargets,
  targetFor,
} from './insights-math.js';
import { METRICS, SHARE_METRICS, TARGET_PERIODS, type Target, type TargetDraft } from './types.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FROM = Date.UTC(2026, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();
const query = (days: number, from = FROM) => ({ from: iso(from), to: iso(from + days * DAY) });

/** Runs `fn`, expecting a PleinError with exactly this code and these details. */
function throwsPlein(fn: () => unknown, code: string, details: Record<string, unknown>): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof PleinError, `expected a PleinError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.deepEqual({ ...error.details }, details);
    return true;
  });
}

describe('parseInsightsQuery', () => {
  it('gives the period in ms, the previous one of equal length, and a bucket per day', () => {
    assert.deepEqual(parseInsightsQuery(query(3)), {
      from: FROM,
      to: FROM + 3 * DAY,
      previousFrom: FROM - 3 * DAY,
      days: 3,
      bucket: 'day',
      buckets: [FROM, FROM + DAY, FROM + 2 * DAY],
    });
  });

  it('charts up to 62 days per day and longer periods per week, the last week cut short', () => {
    const daily = parseInsightsQuery(query(INSIGHTS_LIMITS.dailyDays));
    assert.equal(daily.bucket, 'day');
    assert.equal(daily.buckets.length, 62);
    const weekly = parseInsightsQuery(query(INSIGHTS_LIMITS.dailyDays + 1));
    assert.equal(weekly.bucket, 'week');
    assert.deepEqual(
      weekly.buckets,
      Array.from({ length: 9 }, (_, i) => FROM + i * 7 * DAY),
    );
    const cut = parseInsightsQuery(query(66));
    assert.equal(cut.buckets.length, 10);
    assert.equal(cut.buckets.at(-1), FROM + 63 * DAY, 'the last week starts 3 days before the end');
  });

  it('counts local midnights across a daylight-saving change as days', () => {
    // Amsterdam, March 2026: 29 March has 23 hours. Local midnights from 1 March to 1 April.
    const march = { from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' };
    const period = parseInsightsQuery(march);
    assert.equal(period.days, 31 - 1 / 24);
    assert.equal(period.bucket, 'day');
    assert.equal(period.buckets.length, 31);
    // 62 local days with a 25-hour day in them stay daily.
    const autumn = { from: '2026-09-30T00:00:00+02:00', to: '2026-12-01T00:00:00+01:00' };
    assert.equal(parseInsightsQuery(autumn).bucket, 'day');
    // A year of local midnights across a change fits (it is an hour longer or shorter).
    const leap = { from: '2027-10-31T00:00:00+02:00', to: '2028-10-31T00:00:00+01:00' };
    assert.equal(parseInsightsQuery(leap).days, 366 + 1 / 24);
  });

  it('accepts 366 days and refuses 367 with `too-long`, an hour of slack aside', () => {
    assert.equal(parseInsightsQuery(query(INSIGHTS_LIMITS.days)).buckets.length, 53);
    assert.equal(parseInsightsQuery({ from: iso(FROM), to: iso(FROM + 366 * DAY + HOUR) }).days, 366 + 1 / 24);
    const tooLong = { field: 'to', reason: 'too-long', limit: INSIGHTS_LIMITS.days };
    throwsPlein(
      () => parseInsightsQuery({ from: iso(FROM), to: iso(FROM + 366 * DAY + HOUR + 1) }),
      'invalid',
      tooLong,
    );
    throwsPlein(() => parseInsightsQuery(query(INSIGHTS_LIMITS.days + 1)), 'invalid', tooLong);
  });

  it('refuses an end before or at the start with `end-before-start`', () => {
    const details = { field: 'to', reason: 'end-before-start' };
    throwsPlein(() => parseInsightsQuery({ from: iso(FROM), to: iso(FROM - 1) }), 'invalid', details);
    throwsPlein(() => parseInsightsQuery({ from: iso(FROM), to: iso(FROM) }), 'invalid', details);
  });

  it('refuses what is not a query of two instants, naming the field', () => {
    const to = iso(FROM);
    throwsPlein(() => parseInsightsQuery({ from: 'yesterday', to }), 'invalid', {
      field: 'from',
      reason: 'invalid-date',
    });
    throwsPlein(() => parseInsightsQuery({ from: '2026-02-30T00:00:00Z', to }), 'invalid', {
      field: 'from',
      reason: 'invalid-date',
    });
    throwsPlein(() => parseInsightsQuery({ from: '2026-01-01', to }), 'invalid', {
      field: 'from',
      reason: 'invalid-date',
    });
    throwsPlein(() => parseInsightsQuery({ from: to }), 'invalid', { field: 'to', reason: 'required' });
    throwsPlein(() => parseInsightsQuery({ from: 5, to }), 'invalid', { field: 'from', reason: 'wrong-type' });
    throwsPlein(() => parseInsightsQuery(null), 'invalid', { field: 'query', reason: 'wrong-type' });
  });
});

describe('bucketOf', () => {
  it('places an instant in its day or week, from `from`', () => {
    const daily = parseInsightsQuery(query(10));
    assert.deepEqual(
      [FROM, FROM + DAY - 1, FROM + DAY, FROM + 9 * DAY + 5 * HOUR].map((t) => bucketOf(daily, t)),
      [0, 0, 1, 9],
    );
    const weekly = parseInsightsQuery(query(100));
    assert.deepEqual(
      [FROM, FROM + 7 * DAY - 1, FROM + 7 * DAY, FROM + 99 * DAY].map((t) => bucketOf(weekly, t)),
      [0, 0, 1, 14],
    );
  });
});

describe('isShareMetric', () => {
  it('knows the three percentages', () => {
    assert.deepEqual(METRICS.filter(isShareMetric), ['active', 'onboarding', 'managers']);
    assert.deepEqual([...SHARE_METRICS].sort(), ['active', 'managers', 'onboarding']);
  });
});

describe('targetFor', () => {
  const t = (metric: TargetDraft['metric'], per: TargetDraft['per'], value: number): TargetDraft => ({
    metric,
    per,
    value,
  });

  it('is undefined when no target is set for the KPI', () => {
    assert.equal(targetFor([], 'posts', 30), undefined);
    assert.equal(targetFor([t('comments', 'month', 10)], 'posts', 30), undefined);
  });

  it('takes the target whose kind of period is nearest in length', () => {
    const targets = [
      t('posts', 'week', 70),
      t('posts', 'month', 300),
      t('posts', 'quarter', 900),
      t('posts', 'year', 3650),
    ];
    assert.equal(targetFor(targets, 'posts', 7), 70);
    assert.equal(targetFor(targets, 'posts', 10), 100, '10 days: nearer a week, 70 × 10 / 7');
    assert.equal(targetFor(targets, 'posts', 30), 300);
    assert.equal(targetFor(targets, 'posts', 50), 500, '50 days: nearer a month, 300 × 50 / 30');
    // Nearness is a ratio: 60 days is twice a month but two thirds of a quarter.
    assert.equal(targetFor(targets, 'posts', 60), 593, '60 days: the quarter, 900 × 60 / 91 rounded');
    assert.equal(targetFor(targets, 'posts', 91), 900);
    assert.equal(targetFor(targets, 'posts', 200), 2000, '200 days: nearer a year, 3650 × 200 / 365');
    assert.equal(targetFor(targets, 'posts', 366), 3650);
  });

  it('uses a count target as set for a period of its kind, and scales it otherwise', () => {
    const month = [t('posts', 'month', 120)];
    for (const days of [28, 29, 30, 31]) assert.equal(targetFor(month, 'posts', days), 120, `${days} days`);
    assert.equal(targetFor(month, 'posts', 31 - 1 / 24), 120, 'a month with a 23-hour day');
    assert.equal(targetFor(month, 'posts', 27), 108);
    assert.equal(targetFor(month, 'posts', 32), 128);
    assert.equal(targetFor(month, 'posts', 10), 40);
    const quarter = [t('reports', 'quarter', 91)];
    for (const days of [89, 90, 91, 92]) assert.equal(targetFor(quarter, 'reports', days), 91, `${days} days`);
    assert.equal(targetFor(quarter, 'reports', 93), 93);
    const year = [t('votes', 'year', 365)];
    assert.equal(targetFor(year, 'votes', 365), 365);
    assert.equal(targetFor(year, 'votes', 366), 365);
    assert.equal(targetFor(year, 'votes', 364), 364);
    const week = [t('kudosGiven', 'week', 7)];
    assert.equal(targetFor(week, 'kudosGiven', 7), 7);
    assert.equal(targetFor(week, 'kudosGiven', 1), 1);
    assert.equal(targetFor(week, 'kudosGiven', 3), 3);
  });

  it('never scales a share target', () => {
    for (const metric of SHARE_METRICS) {
      assert.equal(targetFor([t(metric, 'week', 40)], metric, 1), 40);
      assert.equal(targetFor([t(metric, 'month', 62.5)], metric, 45), 62.5);
      assert.equal(targetFor([t(metric, 'year', 90)], metric, 366), 90);
    }
  });
});

describe('parseTargetDraft', () => {
  const out = (limit: number) => ({ field: 'value', reason: 'out-of-range', limit });

  it('keeps shares above 0 and at most 100, to one decimal', () => {
    assert.deepEqual(parseTargetDraft({ metric: 'active', per: 'month', value: 60 }), {
      metric: 'active',
      per: 'month',
      value: 60,
    });
    assert.equal(parseTargetDraft({ metric: 'onboarding', per: 'quarter', value: 33.333 }).value, 33.3);
    assert.equal(parseTargetDraft({ metric: 'managers', per: 'week', value: 0.05 }).value, 0.1);
    assert.equal(parseTargetDraft({ metric: 'active', per: 'year', value: 100 }).value, 100);
    for (const value of [-5, 0, 0.04, 100.05, 300, Infinity]) {
      const details = value === Infinity ? { field: 'value', reason: 'out-of-range' } : out(100);
      throwsPlein(() => parseTargetDraft({ metric: 'active', per: 'month', value }), 'invalid', details);
    }
  });

  it('keeps counts whole from 1 to the limit', () => {
    assert.equal(parseTargetDraft({ metric: 'posts', per: 'week', value: 1 }).value, 1);
    assert.equal(
      parseTargetDraft({ metric: 'posts', per: 'week', value: INSIGHTS_LIMITS.targetMax }).value,
      INSIGHTS_LIMITS.targetMax,
    );
    for (const value of [2.5, 0, -5, INSIGHTS_LIMITS.targetMax + 1]) {
      throwsPlein(
        () => parseTargetDraft({ metric: 'posts', per: 'week', value }),
        'invalid',
        out(INSIGHTS_LIMITS.targetMax),
      );
    }
  });

  it('names the field of an unknown KPI, period or a value that is not a number, and drops other fields', () => {
    throwsPlein(() => parseTargetDraft({ metric: 'likes', per: 'month', value: 5 }), 'invalid', {
      field: 'metric',
      reason: 'unknown-value',
    });
    throwsPlein(() => parseTargetDraft({ metric: 'posts', per: 'decade', value: 5 }), 'invalid', {
      field: 'per',
      reason: 'unknown-value',
    });
    for (const value of ['5', NaN, null]) {
      throwsPlein(() => parseTargetDraft({ metric: 'posts', per: 'month', value }), 'invalid', {
        field: 'value',
        reason: 'wrong-type',
      });
    }
    throwsPlein(() => parseTargetDraft('posts'), 'invalid', { field: 'target', reason: 'wrong-type' });
    assert.deepEqual(parseTargetDraft({ metric: 'posts', per: 'month', value: 5, updatedBy: 'p-x' }), {
      metric: 'posts',
      per: 'month',
      value: 5,
    });
  });
});

describe('sortTargets', () => {
  it('orders by KPI, then by kind of period', () => {
    const target = (metric: Target['metric'], per: Target['per']): Target => ({
      metric,
      per,
      value: 1,
      updatedAt: iso(FROM),
      updatedBy: 'p-cara',
    });
    const all = METRICS.flatMap((metric) => TARGET_PERIODS.map((per) => target(metric, per)));
    const shuffled = [...all].reverse();
    shuffled.push(shuffled.splice(7, 1)[0]!);
    assert.deepEqual(sortTargets(shuffled), all);
    assert.deepEqual(
      sortTargets([target('reports', 'week'), target('active', 'year'), target('active', 'week')]).map((t) => [
        t.metric,
        t.per,
      ]),
      [
        ['active', 'week'],
        ['active', 'year'],
        ['reports', 'week'],
      ],
    );
  });

  describe('nearestTargetPeriod', () => {
    it('picks the kind of period nearest by ratio, among the kinds given', () => {
      assert.equal(nearestTargetPeriod(7), 'week');
      assert.equal(nearestTargetPeriod(12), 'week');
      assert.equal(nearestTargetPeriod(20), 'month');
      assert.equal(nearestTargetPeriod(60), 'quarter');
      assert.equal(nearestTargetPeriod(366), 'year');
      assert.equal(nearestTargetPeriod(12, ['month', 'year']), 'month');
      assert.equal(nearestTargetPeriod(12, []), undefined);
    });
  });
});
