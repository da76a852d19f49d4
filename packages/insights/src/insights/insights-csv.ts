import {
  INSIGHTS_LIMITS,
  METRICS,
  toCsv,
  type InsightsReport,
  type Locale,
  type MetricFigure,
  type Translations,
} from '@plein/core';
import { progressOf } from './figure.js';
import { metricStrings } from './metrics.strings.js';
import { isoDay, type Range } from './period.js';

/**
 * The CSV of every figure the dashboard shows (a chunk of its own, loaded on the first
 * download): the period, the KPIs with their comparison and target, the series per bucket,
 * departments (those below the privacy threshold marked, without figures), channels, hashtags
 * and the most discussed posts. One table after another, each with its own header row.
 */
const en = {
  file: 'insights',
  period: 'Period',
  compared: 'Compared with',
  kpis: ['KPI', 'Value', 'Previous period', 'Change', 'Target', 'Progress (%)', 'Counted', 'Out of'],
  bucket: { day: 'Day', week: 'Week from' },
  department: 'Department',
  people: 'People',
  noDepartment: 'No department',
  channels: ['Channel', 'Posts', 'Comments', 'Reactions', 'Active people'],
  tags: ['Hashtag', 'Uses', 'Previous period'],
  posts: ['Post', 'Channel', 'Comments', 'Reactions', 'Previous period', 'Link'],
};

const nl: typeof en = {
  file: 'inzichten',
  period: 'Periode',
  compared: 'Vergeleken met',
  kpis: ['Kerncijfer', 'Waarde', 'Vorige periode', 'Verschil', 'Doel', 'Voortgang (%)', 'Geteld', 'Van'],
  bucket: { day: 'Dag', week: 'Week vanaf' },
  department: 'Afdeling',
  people: 'Mensen',
  noDepartment: 'Geen afdeling',
  channels: ['Kanaal', 'Berichten', 'Reacties', 'Emoji-reacties', 'Actieve mensen'],
  tags: ['Hashtag', 'Keer gebruikt', 'Vorige periode'],
  posts: ['Bericht', 'Kanaal', 'Reacties', 'Emoji-reacties', 'Vorige periode', 'Link'],
};

const csvStrings: Translations<typeof en> = { en, nl };

export interface CsvInput {
  report: InsightsReport;
  range: Range;
  /** The period and the one before, in words, as the caption says them. */
  periodText: string;
  previousText: string;
  locale: Locale;
  /** `post-url` with `{id}`, for a link to each discussed post. */
  postUrl?: string;
}

type Cell = string | number;

export function insightsCsv({ report, periodText, previousText, locale, postUrl }: CsvInput): string {
  const t = csvStrings[locale];
  const m = metricStrings[locale];
  // Dutch Excel reads `;`-separated files with decimal commas; a whole number stays a number.
  const num = (value: number | null | undefined): Cell => {
    if (value === null || value === undefined) return '';
    const rounded = Math.round(value * 10) / 10;
    return locale === 'nl' && !Number.isInteger(rounded) ? String(rounded).replace('.', ',') : rounded;
  };
  const withheld = m.withheld(INSIGHTS_LIMITS.privacyMin);
  const valueOf = (f: MetricFigure): Cell =>
    f.withheld
      ? withheld
      : f.value === null
        ? f.metric === 'onboarding'
          ? m.nothing.onboarding
          : m.nothing.other
        : num(f.value);
  const kpi = (f: MetricFigure): Cell[] => {
    const progress = progressOf(f.value, f.target);
    return [
      m.names[f.metric],
      valueOf(f),
      num(f.previous),
      f.value === null || f.previous === null ? '' : num(f.value - f.previous),
      num(f.target),
      progress === undefined ? '' : Math.round(progress * 100),
      num(f.count),
      num(f.of),
    ];
  };
  const names = METRICS.map((metric) => m.names[metric]);
  const rows: Cell[][] = [
    [t.period, periodText],
    [t.compared, previousText],
    [],
    t.kpis,
    ...report.metrics.map(kpi),
    [],
    [t.bucket[report.bucket], ...names],
    ...report.buckets.map((start, i) => [
      isoDay(new Date(start)),
      ...METRICS.map((metric) => num(report.metrics.find((f) => f.metric === metric)?.series[i])),
    ]),
    [],
    [t.department, t.people, ...names],
    ...report.departments.map((d) => [
      d.name ?? t.noDepartment,
      d.people,
      ...(d.withheld ? [withheld] : METRICS.map((metric) => num(d.figures[metric]))),
    ]),
    [],
    t.channels,
    ...report.channels.map((c) => [c.channel, c.posts, c.comments, c.reactions, c.active]),
    [],
    t.tags,
    ...report.tags.map((tag) => [`#${tag.tag}`, tag.count, tag.previous]),
    [],
    t.posts,
    ...report.posts.map((p) => [
      p.excerpt,
      p.channel,
      p.comments,
      p.reactions,
      p.previous,
      postUrl ? new URL(postUrl.replaceAll('{id}', encodeURIComponent(p.postId)), document.baseURI).href : '',
    ]),
  ];
  return toCsv(rows, locale === 'nl' ? ';' : ',');
}

/** `insights-2026-11-01-2026-11-15.csv` (`inzichten-…` in Dutch); one day is named once. */
export function csvName(range: Range, locale: Locale): string {
  const first = isoDay(range.from);
  const last = isoDay(new Date(range.to.getFullYear(), range.to.getMonth(), range.to.getDate() - 1));
  return `${csvStrings[locale].file}-${first === last ? first : `${first}-${last}`}.csv`;
}
