import { INSIGHTS_LIMITS } from '../insights-math.js';
import type { InsightsApi, InsightsQuery } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import { starts } from './contract-insights-world.js';
import { insightsSuite, key, type SuiteContext } from './helpers.js';

const DAY = 86_400_000;
const FROM = '2026-01-01T00:00:00.000Z';
/** A query of `days` days from 2026-01-01. */
const days = (n: number): InsightsQuery => ({ from: FROM, to: new Date(Date.parse(FROM) + n * DAY).toISOString() });

/** Every insights call, each made with valid input. */
const calls = (api: InsightsApi): [string, () => Promise<unknown>][] => [
  ['report', () => api.report(days(7))],
  ['targets', () => api.targets()],
  ['setTarget', () => api.setTarget({ metric: 'active', per: 'month', value: 60 }, key())],
  ['removeTarget', () => api.removeTarget('active', 'month', key())],
];

export function insightsInputContract(context: SuiteContext): void {
  const { describe, test } = insightsSuite(context);

  describe('insights: who may see them', () => {
    test('members and moderators are refused every call; the communications team and admins may', async ({
      stores,
      alice,
      bob,
      mo,
      cara,
      ada,
    }) => {
      for (const [name, api] of [
        ['alice (member)', alice],
        ['bob (member)', bob],
        ['mo (moderator)', mo],
      ] as const) {
        for (const [call, run] of calls(api)) {
          await rejectsWith(run(), 'forbidden').catch((error: Error) => {
            throw new Error(`${name} ${call}: ${error.message}`);
          });
        }
      }
      deepEqual(await cara.targets(), [], 'a refused setTarget set nothing');
      for (const api of [cara, ada]) for (const [, run] of calls(api)) await run();
      const can = async (name: 'alice' | 'mo' | 'cara' | 'ada') => (await stores[name].me()).can.viewInsights;
      deepEqual([await can('alice'), await can('mo'), await can('cara'), await can('ada')], [false, false, true, true]);
    });
  });

  describe('insights: periods', () => {
    test('an end before the start, a period over 366 days or a date that is not one is `invalid`', async ({ cara }) => {
      const invalid = async (query: unknown, field: string, reason: string) => {
        const error = await rejectsWith(cara.report(query as InsightsQuery), 'invalid', reason);
        equal(error.details.field, field, `field for ${JSON.stringify(query)}`);
        return error;
      };
      await invalid({ from: '2026-02-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' }, 'to', 'end-before-start');
      await invalid({ from: FROM, to: FROM }, 'to', 'end-before-start');
      const long = await invalid(days(INSIGHTS_LIMITS.days + 1), 'to', 'too-long');
      equal(long.details.limit, INSIGHTS_LIMITS.days);
      await invalid({ from: 'yesterday', to: FROM }, 'from', 'invalid-date');
      await invalid({ from: FROM, to: '2026-02-30T00:00:00.000Z' }, 'to', 'invalid-date');
      await invalid({ from: FROM }, 'to', 'required');
      await rejectsWith(cara.report(undefined as unknown as InsightsQuery), 'invalid');
    });

    test('days up to 62, weeks beyond; a year of 366 days is fine; times in other zones are the same instants', async ({
      cara,
    }) => {
      const daily = await cara.report(days(INSIGHTS_LIMITS.dailyDays));
      deepEqual([daily.bucket, daily.buckets], ['day', starts(FROM, INSIGHTS_LIMITS.dailyDays)]);
      const weekly = await cara.report(days(INSIGHTS_LIMITS.dailyDays + 1));
      deepEqual([weekly.bucket, weekly.buckets], ['week', starts(FROM, 9, 7)], '63 days: 9 weeks');
      const year = await cara.report(days(INSIGHTS_LIMITS.days));
      equal(year.buckets.length, 53, 'a leap year: 52 weeks and 2 days');
      equal(year.previousFrom, new Date(Date.parse(FROM) - INSIGHTS_LIMITS.days * DAY).toISOString());
      for (const metric of year.metrics) equal(metric.series.length, 53, `${metric.metric} has a value per week`);

      // Midnights in Amsterdam (UTC+1 in winter).
      const local = await cara.report({ from: '2026-01-05T00:00:00+01:00', to: '2026-01-07T00:00:00+01:00' });
      deepEqual(
        [local.from, local.to, local.previousFrom, local.buckets],
        [
          '2026-01-04T23:00:00.000Z',
          '2026-01-06T23:00:00.000Z',
          '2026-01-02T23:00:00.000Z',
          ['2026-01-04T23:00:00.000Z', '2026-01-05T23:00:00.000Z'],
        ],
      );
    });
  });
}
