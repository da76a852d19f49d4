import { INSIGHTS_LIMITS, targetFor, type InsightsPeriod } from './insights-math.js';
import { ACTIVE_ONLY, COLUMN, DUE, OUTSIDE, PREVIOUS, Tally, type InsightsPerson } from './insights-tally.js';
import { Topics, type DiscussedSource } from './insights-topics.js';
import {
  METRICS,
  type DepartmentFigures,
  type InsightsReport,
  type IsoDate,
  type IsoDateTime,
  type MetricFigure,
  type MetricId,
  type TargetDraft,
} from './types.js';

export type { InsightsPerson } from './insights-tally.js';
export type { DiscussedSource } from './insights-topics.js';

/**
 * The insights report, computed the same way by every store: the store tells the builder what
 * exists now (each post, comment, reaction, report, ballot, kudos, tick and task due, once, in
 * any order) and the builder counts it into the period, the one before it and the buckets at
 * once. Times are `toISOString()` strings (compared as strings; see insights-tally.ts).
 */
export class InsightsBuilder {
  private readonly tally: Tally;
  private readonly topics: Topics;

  /** `posts`: a bound above every `DiscussedSource.seq` the store will pass. */
  constructor(
    people: Iterable<InsightsPerson>,
    private readonly period: InsightsPeriod,
    posts: number,
  ) {
    this.tally = new Tally(people, period);
    this.topics = new Topics(this.tally.people.length, posts);
  }

  /** Whether a time falls in the period or the one before: what lies outside counts for nothing. */
  covers(at: IsoDateTime): boolean {
    return at >= this.tally.previousFrom && at < this.tally.to;
  }

  /**
   * A post or comment. `post`: the post it is about (a post: itself) when everyone can see the
   * entry (neither it, its post nor its parent is hidden), else undefined; public entries give
   * their tags, public comments discuss their post. A post without tags may always pass undefined.
   */
  entry(
    kind: 'post' | 'comment',
    at: IsoDateTime,
    by: string,
    channel: string,
    hashtags: readonly string[],
    post: DiscussedSource | undefined,
  ): void {
    const { tally, topics } = this;
    const when = tally.when(at);
    if (when === OUTSIDE) return;
    const row = tally.add(kind === 'post' ? COLUMN.posts : COLUMN.comments, when, by);
    if (when !== PREVIOUS) topics.channel(channel, kind === 'post' ? 'posts' : 'comments', row);
    if (post) {
      topics.tag(hashtags, when);
      if (kind === 'comment') topics.discussed(post, 'comments', when);
    }
  }

  /**
   * A reaction to a post or comment (`channel` given) or to kudos (none). `post`: the post it
   * discusses (to a post that is not hidden: that post), else undefined.
   */
  reaction(at: IsoDateTime, by: string, channel?: string, post?: DiscussedSource): void {
    const { tally, topics } = this;
    const when = tally.when(at);
    if (when === OUTSIDE) return;
    const row = tally.add(COLUMN.reactions, when, by);
    if (channel !== undefined && when !== PREVIOUS) topics.channel(channel, 'reactions', row);
    if (post) topics.discussed(post, 'reactions', when);
  }

  /** A moderation report filed. */
  reported(at: IsoDateTime, by: string): void {
    this.tally.add(COLUMN.reports, this.tally.when(at), by);
  }

  /** A ballot, counted once when last cast; anonymous ones (`by` undefined) are nobody's. */
  vote(at: IsoDateTime, by: string | undefined): void {
    this.tally.add(COLUMN.votes, this.tally.when(at), by);
  }

  /** Kudos given (the giver is active) and received (each recipient counts, in their department). */
  kudos(at: IsoDateTime, fromId: string, toIds: readonly string[], hashtags: readonly string[]): void {
    const { tally } = this;
    const when = tally.when(at);
    if (when === OUTSIDE) return;
    tally.add(COLUMN.kudosGiven, when, fromId);
    for (const to of toIds) tally.add(COLUMN.kudosReceived, when, to, true);
    this.topics.tag(hashtags, when);
  }

  /** An onboarding task done (it stands ticked now) by `by`, who is active then. */
  ticked(at: IsoDateTime, by: string): void {
    this.tally.add(ACTIVE_ONLY, this.tally.when(at), by);
  }

  /**
   * An onboarding task of an active enrolment due on `due` (a UTC calendar day, no later than
   * today), done by now or not. It counts at the day's noon: inside that same day of the viewer's
   * period in every time zone from UTC−12 to UTC+12; and where the new hire belongs.
   */
  due(due: IsoDate, personId: string, done: boolean): void {
    const { tally } = this;
    const when = tally.when(`${due}T12:00:00.000Z`);
    tally.add(DUE, when, personId, true);
    if (done) tally.add(COLUMN.onboarding, when, personId, true);
  }

  /** The report, with the targets that apply to the period's length. */
  build(targets: readonly TargetDraft[]): InsightsReport {
    const { tally, topics, period } = this;
    const named = new Set(tally.people.map((person) => person.managerId));
    const groups: Groups = {
      everyone: tally.people.map((_, row) => row),
      managers: tally.people.flatMap((person, row) => (named.has(person.id) ? [row] : [])),
    };
    const metrics = METRICS.map((metric) => {
      const figure = metricFigure(tally, metric, groups);
      const target = targetFor(targets, metric, period.days);
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
}

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
