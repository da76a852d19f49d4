import * as v from 'valibot';
import { PleinError } from './errors.js';
import { INSIGHTS_LIMITS, DAY, isShareMetric, type InsightsPeriod } from './insights-math.js';
import { METRICS, TARGET_PERIODS, type InsightsQuery, type TargetDraft } from './types.js';
import { IsoDateTimeSchema, parseWith } from './validation.js';

/** The checks on insights queries and targets (the maths every store shares is in insights-math.ts). */

const QuerySchema = v.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema });

/** Checks a query: real instants, `to` after `from`, at most `INSIGHTS_LIMITS.days` days. */
export function parseInsightsQuery(input: unknown): InsightsPeriod {
  const query: InsightsQuery = parseWith(QuerySchema, input, 'query');
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (to <= from) throw new PleinError('invalid', { field: 'to', reason: 'end-before-start' });
  // An hour of slack so a year of local midnights across a daylight-saving change still fits.
  if (to - from > INSIGHTS_LIMITS.days * DAY + 3_600_000) {
    throw new PleinError('invalid', { field: 'to', reason: 'too-long', limit: INSIGHTS_LIMITS.days });
  }
  const days = (to - from) / DAY;
  const bucket = days <= INSIGHTS_LIMITS.dailyDays + 1 / 24 ? 'day' : 'week';
  const step = bucket === 'day' ? DAY : 7 * DAY;
  const buckets: number[] = [];
  for (let start = from; start < to; start += step) buckets.push(start);
  return { from, to, previousFrom: from - (to - from), days, bucket, buckets };
}

const TargetSchema = v.object({
  metric: v.picklist(METRICS, 'unknown-metric'),
  per: v.picklist(TARGET_PERIODS, 'unknown-period'),
  value: v.pipe(v.number('out-of-range'), v.finite('out-of-range')),
});

/** A target: shares above 0 and at most 100 (one decimal kept), counts whole from 1 to `INSIGHTS_LIMITS.targetMax`. */
export function parseTargetDraft(input: unknown): TargetDraft {
  const draft = parseWith(TargetSchema, input, 'target');
  const share = isShareMetric(draft.metric);
  const value = share ? Math.round(draft.value * 10) / 10 : draft.value;
  const ok = share
    ? value > 0 && value <= 100
    : Number.isInteger(value) && value >= 1 && value <= INSIGHTS_LIMITS.targetMax;
  if (!ok) {
    throw new PleinError('invalid', {
      field: 'value',
      reason: 'out-of-range',
      limit: share ? 100 : INSIGHTS_LIMITS.targetMax,
    });
  }
  return { metric: draft.metric, per: draft.per, value };
}
