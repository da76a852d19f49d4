import { Catalog, type Formatters } from '@plein/core';

/** "1 comment" / "3 comments", in the locale's digits. */
const n = (format: Formatters, count: number, one: string, other: string): string =>
  `${format.number(count)} ${format.plural(count) === 'one' ? one : other}`;

/**
 * What the charts say: the trend line and its summary, the bars per department, the channels
 * and trending topics. KPI names and the privacy text come from `metrics.strings.ts`. English is
 * inline; Dutch is a chunk of its own (`charts.strings.nl.ts`), loaded where an element speaks it.
 */
const en = {
  region: 'Charts',
  showTable: 'Show as table',

  // ---- the trend line
  trendHeading: (name: string) => `${name} over time`,
  /** Where a bucket is in a sentence: "on Nov 3", "in the week of Nov 3". */
  when: (bucket: 'day' | 'week', date: string): string => (bucket === 'day' ? `on ${date}` : `in the week of ${date}`),
  rose: (name: string, from: string, start: string, to: string, end: string) =>
    `${name} rose from ${from} ${start} to ${to} ${end}.`,
  fell: (name: string, from: string, start: string, to: string, end: string) =>
    `${name} fell from ${from} ${start} to ${to} ${end}.`,
  steady: (name: string, value: string, start: string, end: string) =>
    `${name} stayed at ${value} from ${start} to ${end}.`,
  single: (name: string, value: string, when: string) => `${name}: ${value} ${when}.`,
  peak: (value: string, when: string) => `Highest: ${value} ${when}.`,
  gaps: (count: number, format: Formatters) => `${n(format, count, 'point has', 'points have')} nothing to measure.`,
  /** Each point is one bucket's share; the target is for the whole period (no line drawn). */
  targetShare: (target: string, bucket: 'day' | 'week') =>
    `Each point is one ${bucket}; the target of ${target} is for the whole period.`,
  /** A count target is for the whole period; the line shows the pace that reaches it. */
  targetCount: (target: string, pace: string, bucket: 'day' | 'week') =>
    `Target: ${target} in this period, about ${pace} a ${bucket}.`,
  targetLine: (target: string) => `Target ${target}`,
  paceLine: (pace: string, bucket: 'day' | 'week') => `Target pace ${pace} a ${bucket}`,
  noActivity: 'Nothing happened in this period. The line appears as colleagues post, react, vote and give kudos.',
  perBucket: (name: string, bucket: 'day' | 'week') => `${name} per ${bucket}`,
  bucketHeader: (bucket: 'day' | 'week'): string => (bucket === 'day' ? 'Day' : 'Week'),

  // ---- the bars per department
  departmentsHeading: (name: string) => `${name} by department`,
  department: 'Department',
  people: 'People',
  peopleCount: (count: number, format: Formatters) => n(format, count, 'person', 'people'),
  noDepartment: 'No department',
  notPerDepartment: (name: string) => `“${name}” is not counted per department.`,
  noDepartments: 'No departments to compare: nobody in the directory has one yet.',

  // ---- channels
  channelsHeading: 'Channels',
  channelsCaption: 'Activity per channel, busiest first',
  channel: 'Channel',
  posts: 'Posts',
  comments: 'Comments',
  reactions: 'Reactions',
  activePeople: 'Active people',
  noChannels: 'No posts, comments or reactions in any channel in this period.',

  // ---- trending topics
  tagsHeading: 'Trending topics',
  tagUses: (count: number, format: Formatters) => n(format, count, 'time', 'times'),
  rising: 'Rising',
  falling: 'Falling',
  same: 'Steady',
  isNew: 'New',
  before: (count: number, format: Formatters) => `${format.number(count)} before`,
  noTags: 'No hashtags were used in this period. Topics like #launch in posts and kudos show up here.',
  postsHeading: 'Most discussed',
  noText: 'A post without text',
  inChannel: (channel: string) => `in ${channel}`,
  commentCount: (count: number, format: Formatters) => n(format, count, 'comment', 'comments'),
  reactionCount: (count: number, format: Formatters) => n(format, count, 'reaction', 'reactions'),
  noPosts: 'No post was commented on or reacted to in this period.',
};

export type ChartsStrings = typeof en;

/** English inline; Dutch a chunk of its own, loaded where an element speaks it. */
export const chartsCatalog = new Catalog<ChartsStrings>(en, {
  nl: () => import('./charts.strings.nl.js').then((module) => module.strings),
});
