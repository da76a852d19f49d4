import {
  INSIGHTS_LIMITS,
  METRICS,
  targetFor,
  type DepartmentFigures,
  type InsightsPeriod,
  type InsightsReport,
  type MetricFigure,
  type MetricId,
} from '@plein/core';
import { dayOf } from './onboarding-rules.js';
import { feedPass, kudosPass, onboardingPass, pollsPass } from './insights-passes.js';
import { COLUMN, DUE, Tally } from './insights-tally.js';
import { Topics } from './insights-topics.js';
import type { State } from './state.js';

/** A percentage, unrounded; null when there is nothing to measure. */
const share = (part: number, whole: number): number | null => (whole ? (part * 100) / whole : null);

/** People (rows) of a group, with who of them was active in the period, before it, and per bucket. */
function activity(tally: Tally, rows: Iterable<number>): { count: number; previous: number; series: number[] } {
  const result = { count: 0, previous: 0, series: new Array<number>(tally.buckets).fill(0) };
  for (const row of rows) {
    const active = tally.active[row]!;
    if (active & 1) result.count++;
    if (active & 2) result.previous++;
    for (let bucket = 0; bucket < tally.buckets; bucket++)
      result.series[bucket]! += tally.activeIn[row * tally.buckets + bucket]!;
  }
  return result;
}

/** A share KPI of a group of people: withheld below `INSIGHTS_LIMITS.privacyMin` people. */
function peopleShare(tally: Tally, metric: MetricId, rows: number[]): MetricFigure {
  const whole = rows.length;
  if (whole < INSIGHTS_LIMITS.privacyMin) {
    return { metric, value: null, previous: null, series: new Array<null>(tally.buckets).fill(null), withheld: true };
  }
  const { count, previous, series } = activity(tally, rows);
  return {
    metric,
    value: share(count, whole),
    previous: share(previous, whole),
    count,
    of: whole,
    series: series.map((part) => share(part, whole)),
  };
}

/** Onboarding: tasks due that are done, as a share of those due. */
function onboardingShare(tally: Tally): MetricFigure {
  const done = tally.current[COLUMN.onboarding]!;
  const due = tally.current[DUE]!;
  const perBucket = tally.bucketed(DUE);
  return {
    metric: 'onboarding',
    value: share(done, due),
    previous: share(tally.previous[COLUMN.onboarding]!, tally.previous[DUE]!),
    count: done,
    of: due,
    series: tally.bucketed(COLUMN.onboarding).map((part, bucket) => share(part, perBucket[bucket]!)),
  };
}

/** The groups share KPIs are about: everyone, and the managers (people someone has as manager). */
interface Groups {
  everyone: number[];
  managers: number[];
}

function metricFigure(tally: Tally, metric: MetricId, groups: Groups): MetricFigure {
  if (metric === 'active') return peopleShare(tally, metric, groups.everyone);
  if (metric === 'managers') return peopleShare(tally, metric, groups.managers);
  if (metric === 'onboarding') return onboardingShare(tally);
  const column = COLUMN[metric];
  return { metric, value: tally.current[column]!, previous: tally.previous[column]!, series: tally.bucketed(column) };
}

/**
 * One department's figures; withheld below `INSIGHTS_LIMITS.privacyMin` people. The managers' share is
 * null unless the department has that many managers too, so one manager's activity never shows.
 */
function departmentFigures(tally: Tally, department: number, groups: Groups): DepartmentFigures {
  const ours = (rows: number[]) => rows.filter((row) => tally.departmentOf[row] === department);
  const rows = ours(groups.everyone);
  const managers = ours(groups.managers);
  const figures: DepartmentFigures = {
    name: tally.departments[department]!,
    people: rows.length,
    withheld: rows.length < INSIGHTS_LIMITS.privacyMin,
    figures: {},
  };
  if (figures.withheld) return figures;
  const figure = (metric: MetricId): number | null => {
    const column = COLUMN[metric];
    switch (metric) {
      case 'active':
        return share(activity(tally, rows).count, rows.length);
      case 'managers':
        return managers.length < INSIGHTS_LIMITS.privacyMin
          ? null
          : share(activity(tally, managers).count, managers.length);
      case 'onboarding':
        return share(tally.column(column, department), tally.column(DUE, department));
      default:
        return tally.column(column, department);
    }
  };
  for (const metric of METRICS) figures.figures[metric] = figure(metric);
  return figures;
}

/**
 * The insights over a checked period, read straight from the state: one pass per kind of record
 * fills the tallies for the period, the one before and the buckets at once (see insights-passes.ts).
 * `now` decides which onboarding tasks are due so far.
 */
export function insightsReport(state: State, period: InsightsPeriod, now: number): InsightsReport {
  const tally = new Tally(state, period);
  const topics = new Topics(tally.people.length, state.seq);
  feedPass(state, tally, topics);
  kudosPass(state, tally, topics);
  pollsPass(state, tally);
  onboardingPass(state, tally, dayOf(now));

  const named = new Set(tally.people.map((person) => person.managerId));
  const groups: Groups = {
    everyone: tally.people.map((_, row) => row),
    managers: tally.people.flatMap((person, row) => (named.has(person.id) ? [row] : [])),
  };
  const metrics = METRICS.map((metric) => {
    const figure = metricFigure(tally, metric, groups);
    const target = targetFor(state.targets, metric, period.days);
    return target === undefined ? figure : { ...figure, target };
  });
  return {
    from: tally.from,
    to: tally.to,
    previousFrom: tally.previousFrom,
    people: tally.people.length,
    bucket: period.bucket,
    buckets: period.buckets.map((time) => new Date(time).toISOString()),
    metrics,
    departments: tally.departments.map((_, department) => departmentFigures(tally, department, groups)),
    channels: topics.channelFigures(),
    tags: topics.trendingTags(),
    posts: topics.discussedPosts(),
  };
}
