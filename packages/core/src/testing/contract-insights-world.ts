import { METRICS, type InsightsReport, type MetricFigure, type MetricId } from '../types.js';
import { ok } from './assert.js';
import { KUDOS_VALUES as V, feedOf, key, kudosOf, mention, setDay, type InsightsCast } from './helpers.js';
import { CONTRACT_PEOPLE as P, type SeedData, type SeedPerson, type SeedReaction, type World } from './world.js';

/**
 * A company with known answers for the insights contract. February 2026 is the period asked
 * about (28 days, `[F, T)`), the 28 days before it the previous period (`[PF, F)`); the clock
 * stands on 2026-03-20. Every figure the tests expect is worked out by hand in the comments of
 * contract-insights-figures.ts, from the list below.
 *
 * People (16): the contract cast plus ten.
 *   IT (6): bob, ada, ivan, ilse, iris, igor   Sales (5): zoe, sam, sara, sven, sofie
 *   Finance (2): alice, ines   HR (1): mo   Communicatie (1): cara   no department (1): fay
 *   Managers (5): bob (of ivan, ilse), ada (iris, igor, sofie), zoe (sam, sara, sven),
 *   alice (ines), cara (fay). New hires: sven 01-05, sofie 01-26, igor 02-09, fay 02-16.
 */
export const F = '2026-02-01T00:00:00.000Z';
export const T = '2026-03-01T00:00:00.000Z';
export const PF = '2026-01-04T00:00:00.000Z';
export const FEBRUARY = { from: F, to: T };

const person = (name: string, department: string | undefined, managerId: string, startDate?: string): SeedPerson => ({
  id: `p-${name}`,
  displayName: name[0]!.toUpperCase() + name.slice(1),
  email: `${name}@example.org`,
  ...(department ? { department } : {}),
  managerId,
  ...(startDate ? { startDate } : {}),
  roles: ['member'],
});

export const STAFF = {
  ivan: person('ivan', 'IT', P.bob.id),
  ilse: person('ilse', 'IT', P.bob.id),
  iris: person('iris', 'IT', P.ada.id),
  igor: person('igor', 'IT', P.ada.id, '2026-02-09'),
  sam: person('sam', 'Sales', P.zoe.id),
  sara: person('sara', 'Sales', P.zoe.id),
  sven: person('sven', 'Sales', P.zoe.id, '2026-01-05'),
  sofie: person('sofie', 'Sales', P.ada.id, '2026-01-26'),
  ines: person('ines', 'Finance', P.alice.id),
  fay: person('fay', undefined, P.cara.id, '2026-02-16'),
} satisfies Record<string, SeedPerson>;

/** Every person id of the company, to prove no report lists one. */
export const PERSON_IDS: string[] = [...Object.values(P), ...Object.values(STAFF)].map((p) => p.id);

const S = STAFF;
/** `2026-MM-DDTHH:MM` as a full ISO time. */
const at = (time: string): string => `2026-${time}:00.000Z`;
const r = (by: { id: string }, when?: string, reaction: SeedReaction['reaction'] = 'like'): SeedReaction =>
  when === undefined ? { by: by.id, reaction } : { by: by.id, reaction, at: at(when) };

/** The long welcome post: its excerpt is cut at a word and shows the mention as plain text. */
export const WELCOME_TEXT =
  `Welcome to our new intranet, ${mention(P.bob)} and everyone! #launch This is the place to share news, ` +
  'ask questions and thank colleagues. Suggestions are welcome in the comments below.';

export const COMPANY: SeedData = {
  people: Object.values(STAFF),
  kudosValues: Object.values(V),
  posts: [
    // ------------------------------------------------------------------ in the period
    {
      id: 'post-welcome',
      channel: 'general',
      authorId: S.iris.id,
      text: WELCOME_TEXT,
      createdAt: F,
      reactions: [
        r(P.bob), // at the post's time: F
        r(S.ivan, '02-01T10:00', 'celebrate'),
        r(S.ines, '02-02T09:00'),
        r(S.igor, '02-02T12:00', 'insightful'),
        { by: S.ilse.id, reaction: 'love', at: T }, // at the period's end: left out
      ],
      comments: [
        { id: 'c-1', authorId: P.bob.id, text: 'Great #launch', createdAt: at('02-01T09:00') },
        { id: 'c-2', authorId: S.ivan.id, text: 'Agreed', createdAt: at('02-03T09:00') },
        { id: 'c-3', authorId: S.sam.id, text: 'Nice work', createdAt: at('02-04T09:00') },
      ],
    },
    {
      id: 'post-upgrade',
      channel: 'it-news',
      authorId: P.bob.id,
      text: 'Server upgrade tonight #maintenance',
      createdAt: at('02-03T09:00'),
      reactions: [r(P.ada, '02-03T10:00'), r(S.ivan, '02-03T11:00'), r(S.iris, '02-03T12:00')],
      comments: [
        { id: 'c-4', authorId: P.ada.id, text: 'Is the #maintenance window fixed?', createdAt: at('02-03T10:30') },
      ],
    },
    {
      id: 'post-record',
      channel: 'sales',
      authorId: P.zoe.id,
      text: 'Record quarter #sales #plein',
      createdAt: at('02-05T09:00'),
      reactions: [
        r(S.sam, '02-05T10:00', 'celebrate'),
        r(S.sara, '02-05T10:00', 'celebrate'),
        r(S.sven, '02-05T11:00', 'celebrate'),
        r(S.sofie, '02-05T12:00', 'celebrate'),
        r(S.ivan, '02-06T09:00'),
      ],
      comments: [
        { id: 'c-6', authorId: S.sam.id, text: '#sales rocks', createdAt: at('02-05T10:30') },
        { id: 'c-6b', authorId: S.sara.id, text: 'Congrats', createdAt: at('02-05T11:00') },
        { id: 'c-6c', authorId: S.sofie.id, text: 'Well deserved', createdAt: at('02-05T13:30') },
      ],
      reports: [{ by: S.igor.id, reason: 'off-topic', at: at('02-05T12:00') }],
    },
    {
      id: 'post-spam',
      channel: 'sales',
      authorId: S.sven.id,
      text: 'Buy cheap watches #spam',
      createdAt: at('02-05T13:00'),
      reports: [
        { by: S.ines.id, reason: 'spam', at: at('02-06T10:00') },
        { by: S.iris.id, reason: 'spam', at: at('02-06T11:00') },
      ],
      hidden: { by: P.mo.id },
    },
    {
      // Removed by its author after the seed: nothing of it counts.
      id: 'post-draft',
      channel: 'general',
      authorId: S.iris.id,
      text: 'Draft #oops',
      createdAt: at('02-07T09:00'),
      reactions: [r(S.ines, '02-07T10:00')],
      comments: [{ id: 'c-x', authorId: S.ivan.id, text: '#oops', createdAt: at('02-07T11:00') }],
    },
    {
      id: 'post-laptops',
      channel: 'it-news',
      authorId: S.ivan.id,
      text: 'Laptop tips #it',
      createdAt: at('02-10T09:00'),
      comments: [
        {
          id: 'c-7',
          authorId: S.iris.id,
          text: 'Useful, thanks',
          createdAt: at('02-10T10:00'),
          reactions: [r(S.igor, '02-10T11:00')],
        },
      ],
    },
    {
      id: 'post-lunch',
      channel: 'general',
      authorId: P.ada.id,
      text: 'Lunch talk on Friday',
      createdAt: at('02-14T09:00'),
      reactions: [r(P.bob, '02-14T10:00'), r(S.ivan, '02-14T11:00'), r(P.zoe, '02-15T09:00')],
    },
    {
      id: 'post-anyone',
      channel: 'general',
      authorId: S.igor.id,
      text: 'Anyone for #lunch?',
      createdAt: at('02-17T09:00'),
    },
    {
      id: 'post-photos',
      channel: 'general',
      authorId: S.ines.id,
      text: 'Photos from Friday',
      createdAt: at('02-18T09:00'),
    },
    {
      id: 'post-last',
      channel: 'sales',
      authorId: S.sam.id,
      text: 'Last one of the month #sales',
      createdAt: '2026-02-28T23:59:59.999Z', // the period's last millisecond
    },
    // ------------------------------------------------------------------ before and after
    {
      id: 'post-newyear',
      channel: 'general',
      authorId: P.cara.id,
      text: 'Happy new year #plein',
      createdAt: PF, // the previous period's first millisecond
      reactions: [
        r(P.bob),
        r(S.ines),
        r(S.sam, '02-12T10:00'),
        r(S.sara, '02-13T09:00'),
        r(S.igor, '02-13T10:00', 'celebrate'),
      ],
      comments: [
        { id: 'c-8', authorId: P.zoe.id, text: '#plein cheers', createdAt: at('01-05T09:00') },
        { id: 'c-9', authorId: P.ada.id, text: 'Still going strong', createdAt: at('02-12T09:00') },
        { id: 'c-10', authorId: S.ines.id, text: 'Yes!', createdAt: at('02-12T11:00') },
      ],
    },
    {
      id: 'post-old',
      channel: 'it-news',
      authorId: P.bob.id,
      text: 'Old news #legacy',
      createdAt: '2026-01-03T23:59:59.999Z', // just before the previous period
    },
    {
      id: 'post-coffee',
      channel: 'general',
      authorId: P.mo.id,
      text: 'Where is the coffee? #plein',
      createdAt: at('01-20T09:00'),
      reports: [{ by: S.ivan.id, reason: 'spam', at: at('01-21T09:00') }],
    },
    { id: 'post-march', channel: 'general', authorId: P.ada.id, text: 'March already #launch', createdAt: T },
  ],
  polls: [
    {
      id: 'poll-lunch',
      createdBy: S.ivan.id,
      question: 'Pizza or sushi?',
      options: [
        { id: 'o-pizza', label: 'Pizza' },
        { id: 'o-sushi', label: 'Sushi' },
      ],
      kind: 'single',
      anonymous: false,
      resultsVisibility: 'always',
      createdAt: at('01-20T09:00'),
      votes: [
        { by: S.ines.id, optionIds: ['o-pizza'], at: F },
        { by: S.sara.id, optionIds: ['o-sushi'], at: at('02-10T12:00') },
        { by: S.sam.id, optionIds: ['o-pizza'], at: '2026-01-31T23:59:59.999Z' },
        { by: S.sven.id, optionIds: ['o-sushi'], at: T },
        { by: S.iris.id, optionIds: ['o-pizza'], at: '2026-01-03T23:59:59.999Z' },
      ],
    },
    {
      id: 'poll-secret',
      createdBy: P.cara.id,
      question: 'Is the new intranet better?',
      options: [
        { id: 'o-yes', label: 'Yes' },
        { id: 'o-no', label: 'No' },
      ],
      kind: 'single',
      anonymous: true,
      resultsVisibility: 'always',
      createdAt: at('01-28T09:00'),
      votes: [
        { by: P.cara.id, optionIds: ['o-yes'], at: at('02-05T09:00') },
        { by: P.mo.id, optionIds: ['o-no'], at: at('02-06T09:00') },
        { by: P.alice.id, optionIds: ['o-yes'], at: at('02-07T09:00') },
      ],
    },
  ],
  kudos: [
    {
      id: 'kudos-thanks',
      fromId: S.ines.id,
      toIds: [S.ivan.id, S.iris.id],
      valueId: V.teamwork.id,
      message: 'Thanks for the #launch help',
      createdAt: at('02-04T09:00'),
      reactions: [r(P.bob, '02-04T10:00')],
    },
    {
      id: 'kudos-deal',
      fromId: S.sam.id,
      toIds: [P.zoe.id],
      valueId: V.customer.id,
      message: 'Great deal #sales',
      createdAt: at('02-11T09:00'),
    },
    {
      id: 'kudos-audit',
      fromId: P.alice.id,
      toIds: [P.bob.id, S.sam.id, S.fay.id],
      valueId: V.teamwork.id,
      message: 'Thanks for the audit help',
      createdAt: at('02-20T09:00'),
    },
    {
      // Removed by its giver after the seed.
      id: 'kudos-oops',
      fromId: S.sara.id,
      toIds: [S.sven.id],
      valueId: V.teamwork.id,
      message: '#sales oops',
      createdAt: at('02-21T09:00'),
    },
    {
      id: 'kudos-newyear',
      fromId: P.bob.id,
      toIds: [P.ada.id],
      valueId: V.teamwork.id,
      message: '#plein thanks',
      createdAt: at('01-15T09:00'),
    },
    {
      id: 'kudos-later',
      fromId: P.zoe.id,
      toIds: [P.alice.id],
      valueId: V.courage.id,
      message: '#launch',
      createdAt: T,
    },
  ],
  // Tasks are due on the start date (contract), 7 days after (talk, the manager's) and 30 after.
  campaigns: [
    {
      id: 'c-welcome',
      title: 'Welcome',
      description: '',
      phases: [
        {
          id: 'ph-1',
          title: 'First month',
          tasks: [
            { id: 't-contract', title: 'Sign your contract', owner: 'new-hire', dueDay: 0 },
            { id: 't-talk', title: 'Welcome talk', owner: 'manager', dueDay: 7 },
            { id: 't-month', title: 'First month review', owner: 'new-hire', dueDay: 30 },
          ],
        },
      ],
      target: { percent: 80, days: 30 },
      createdBy: P.cara.id,
      createdAt: '2025-12-01T09:00:00.000Z',
    },
  ],
  enrolments: [S.sven, S.sofie, S.igor, S.fay].map((hire) => ({
    campaignId: 'c-welcome',
    personId: hire.id,
    startDate: hire.startDate!,
    managerId: hire.managerId,
    enrolledAt: '2025-12-15T09:00:00.000Z',
  })),
  ticks: [
    // sven: contract (due 01-05) and talk (01-12) done in the previous period; his month (02-04) early, on 01-30.
    { campaignId: 'c-welcome', personId: S.sven.id, taskId: 't-contract', at: at('01-05T10:00'), by: S.sven.id },
    { campaignId: 'c-welcome', personId: S.sven.id, taskId: 't-talk', at: at('01-13T10:00'), by: P.zoe.id },
    { campaignId: 'c-welcome', personId: S.sven.id, taskId: 't-month', at: at('01-30T10:00'), by: S.sven.id },
    // sofie: contract (01-26) never; talk (02-02, by ada: in IT, yet it counts in Sales) and month (02-25) on time.
    { campaignId: 'c-welcome', personId: S.sofie.id, taskId: 't-talk', at: at('02-02T10:00'), by: P.ada.id },
    { campaignId: 'c-welcome', personId: S.sofie.id, taskId: 't-month', at: at('02-26T10:00'), by: S.sofie.id },
    // igor: contract (02-09) done, talk (02-16) not; his month is due in March.
    { campaignId: 'c-welcome', personId: S.igor.id, taskId: 't-contract', at: at('02-09T08:00'), by: S.igor.id },
    // fay: contract (02-16) done after the period (it counts: done by now), talk (02-23) not.
    { campaignId: 'c-welcome', personId: S.fay.id, taskId: 't-contract', at: at('03-02T09:00'), by: S.fay.id },
  ],
  targets: [
    { metric: 'active', per: 'month', value: 60 },
    { metric: 'active', per: 'week', value: 40 },
    { metric: 'posts', per: 'month', value: 10 },
    { metric: 'reports', per: 'week', value: 1 },
    { metric: 'kudosGiven', per: 'year', value: 100 },
    { metric: 'onboarding', per: 'quarter', value: 80 },
  ],
};

/** Seeds the company (the clock moved to 2026-03-20 first), then removes a post and a kudos as their authors. */
export async function seedCompany(world: World): Promise<void> {
  setDay(world, '2026-03-20');
  await world.seed(COMPANY);
  await feedOf(world.as(S.iris.id)).remove('post-draft', key());
  await kudosOf(world.as(S.sara.id)).remove('kudos-oops', key());
}

// ---------------------------------------------------------------------------- comparing figures

/** Percentages are unrounded: compare them to 6 decimals, so the order of a division does not matter. */
function round<T extends number | null | undefined>(value: T): T {
  return (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value) as T;
}

/** `count` of `of` as a percentage, rounded as `figure` rounds. */
export const pct = (count: number, of: number): number => round((count / of) * 100);

/** One KPI in a comparable form: percentages rounded, `withheld` a boolean, absent fields absent. */
export interface Figure {
  value: number | null;
  previous: number | null;
  count?: number;
  of?: number;
  target?: number;
  withheld: boolean;
  series: (number | null)[];
}

export function figure(metric: MetricFigure): Figure {
  return {
    value: round(metric.value),
    previous: round(metric.previous),
    count: metric.count,
    of: metric.of,
    target: metric.target,
    withheld: metric.withheld === true,
    series: metric.series.map(round),
  };
}

/** Every KPI of a report by id, in comparable form (and checks they come in `METRICS` order). */
export function figures(report: InsightsReport): Record<MetricId, Figure> {
  const ids = report.metrics.map((m) => m.metric);
  ok(ids.join() === METRICS.join(), `every KPI in METRICS order, got ${ids.join()}`);
  return Object.fromEntries(report.metrics.map((m) => [m.metric, figure(m)])) as Record<MetricId, Figure>;
}

/** Just the values of every KPI, rounded. */
export const values = (report: InsightsReport): Record<MetricId, number | null> =>
  Object.fromEntries(report.metrics.map((m) => [m.metric, round(m.value)])) as Record<MetricId, number | null>;

/** A series of `length` buckets: `fill` everywhere but the buckets given. */
export function series(length: number, at: Record<number, number | null>, fill: number | null = 0): (number | null)[] {
  return Array.from({ length }, (_, i) => round(i in at ? (at[i] ?? null) : fill));
}

/** Department figures in comparable form, without the `managers` share (what it means per department is not fixed). */
export function departments(report: InsightsReport) {
  return report.departments.map((d) => ({
    name: d.name,
    people: d.people,
    withheld: d.withheld,
    figures: Object.fromEntries(
      Object.entries(d.figures)
        .filter(([metric]) => metric !== 'managers')
        .map(([metric, value]) => [metric, round(value)]),
    ),
  }));
}

/** `n` ISO day starts from `from`, `step` days apart. */
export function starts(from: string, n: number, step = 1): string[] {
  return Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * step * 86_400_000).toISOString());
}

/** Reads a report as `cast.cara` (the communications team). */
export const februaryReport = (cast: InsightsCast): Promise<InsightsReport> => cast.cara.report(FEBRUARY);
