import { plainText, tokenize } from '../text.js';
import type { MetricId } from '../types.js';
import { deepEqual, equal, ok } from './assert.js';
import {
  F,
  FEBRUARY,
  PERSON_IDS,
  PF,
  T,
  WELCOME_TEXT,
  departments,
  figures,
  februaryReport,
  pct,
  seedCompany,
  series,
  starts,
  type Figure,
} from './contract-insights-world.js';
import { insightsSuite, type SuiteContext } from './helpers.js';

const DAYS = 28;
const daily = (at: Record<number, number | null>, fill: number | null = 0) => series(DAYS, at, fill);

/**
 * The seeded company of contract-insights-world.ts over February 2026, worked out by hand.
 * Day numbers are buckets: d0 is 02-01, d27 is 02-28.
 */
export function insightsFiguresContract(context: SuiteContext): void {
  const { describe, test } = insightsSuite(context);

  describe('insights: exact figures on a known company', () => {
    test('every KPI, its previous value, count and whole, target and series per day', async (cast) => {
      await seedCompany(cast.world);
      const report = await februaryReport(cast);
      deepEqual(
        { from: report.from, to: report.to, previousFrom: report.previousFrom, people: report.people },
        { from: F, to: T, previousFrom: PF, people: 16 },
      );
      equal(report.bucket, 'day', 'a 28-day period is charted per day');
      deepEqual(report.buckets, starts(F, DAYS), 'one bucket per day from `from`');
      const got = figures(report);
      const want: Record<MetricId, Figure> = {
        // Active (12 of 16): iris, bob, ivan, ines, igor, zoe, ada, sam, sara, sven, sofie, alice.
        // Not: cara and mo (their only acts: an anonymous vote, hiding a post), ilse (reacted at T),
        // fay (ticked on 03-02). Before (8): cara, bob, ines, zoe, sven, mo, ivan, sam.
        // Target: 60 per month (the 40 per week is further from 28 days).
        active: {
          value: 75,
          previous: 50,
          count: 12,
          of: 16,
          target: 60,
          withheld: false,
          series: daily({
            0: 25, // iris, bob, ivan, ines (a public vote at F)
            1: 18.75, // ines, igor, ada (a tick)
            2: 25, // ivan, bob, ada, iris
            3: 18.75, // sam, ines (kudos), bob (a reaction to kudos)
            4: 37.5, // zoe, sam, sara, sven, sofie, igor (a report)
            5: 18.75, // ivan, ines, iris (reports)
            8: 6.25, // igor (a tick)
            9: 25, // ivan, iris, igor, sara
            10: 6.25,
            11: 18.75,
            12: 12.5,
            13: 18.75,
            14: 6.25,
            16: 6.25,
            17: 6.25,
            19: 6.25, // alice (kudos)
            25: 6.25, // sofie (a tick)
            27: 6.25, // sam, in the period's last millisecond
          }),
        },
        // Posts: welcome (F), upgrade, record, spam (hidden: it was posted), laptops, lunch, anyone,
        // photos, last (T - 1 ms); not the draft (removed) nor march (T). Before: newyear (PF), coffee.
        posts: {
          value: 9,
          previous: 2,
          target: 10,
          withheld: false,
          series: daily({ 0: 1, 2: 1, 4: 2, 9: 1, 13: 1, 16: 1, 17: 1, 27: 1 }),
        },
        // c-1 … c-10 without c-8 (before) and c-x (removed with its post).
        comments: {
          value: 10,
          previous: 1,
          withheld: false,
          series: daily({ 0: 1, 2: 2, 3: 1, 4: 3, 9: 1, 11: 2 }),
        },
        // Welcome 4 (not ilse's at T), upgrade 3, record 5, c-7 1, lunch 3, newyear 3, kudos-thanks 1.
        reactions: {
          value: 20,
          previous: 2,
          withheld: false,
          series: daily({ 0: 2, 1: 2, 2: 3, 3: 1, 4: 4, 5: 1, 9: 1, 11: 1, 12: 2, 13: 2, 14: 1 }),
        },
        // ines (F), sara, and three anonymous ballots; sam's (F - 1 ms) before; sven's (T) after.
        votes: { value: 5, previous: 1, withheld: false, series: daily({ 0: 1, 4: 1, 5: 1, 6: 1, 9: 1 }) },
        // thanks, deal, audit (not oops: removed); 100 a year is 8 over 28 days.
        kudosGiven: { value: 3, previous: 1, target: 8, withheld: false, series: daily({ 3: 1, 10: 1, 19: 1 }) },
        kudosReceived: { value: 6, previous: 1, withheld: false, series: daily({ 3: 2, 10: 1, 19: 3 }) },
        // Due in February: sofie talk (d1, done), sven month (d3, done early in January), igor
        // contract (d8, done), igor talk and fay contract (d15: one of two done, fay's on 03-02),
        // fay talk (d22, not done), sofie month (d24, done): 5 of 7. Before: 2 of 3.
        onboarding: {
          value: pct(5, 7),
          previous: pct(2, 3),
          count: 5,
          of: 7,
          target: 80,
          withheld: false,
          series: daily({ 1: 100, 3: 100, 8: 100, 15: 50, 22: 0, 24: 100 }, null),
        },
        // igor on record, ines and iris on spam; ivan's on coffee before. 1 a week is 4 over 28 days.
        reports: { value: 3, previous: 1, target: 4, withheld: false, series: daily({ 4: 1, 5: 2 }) },
        // Managers: bob, ada, zoe, alice, cara (exactly 5: shown). Active: all but cara. Before: cara, bob, zoe.
        managers: {
          value: 80,
          previous: 60,
          count: 4,
          of: 5,
          withheld: false,
          series: daily({ 0: 20, 1: 20, 2: 40, 3: 20, 4: 20, 11: 20, 13: 40, 14: 20, 19: 20 }),
        },
      };
      for (const metric of Object.keys(want) as MetricId[]) deepEqual(got[metric], want[metric], metric);
    });

    test('departments: sorted, null last, small ones withheld without figures, kudos where received', async (cast) => {
      await seedCompany(cast.world);
      const report = await februaryReport(cast);
      const none = {};
      deepEqual(departments(report), [
        { name: 'Communicatie', people: 1, withheld: true, figures: none },
        { name: 'Finance', people: 2, withheld: true, figures: none },
        { name: 'HR', people: 1, withheld: true, figures: none },
        {
          name: 'IT',
          people: 6,
          withheld: false,
          // Nobody in IT gave kudos, yet IT received 3 (ivan and iris, bob). igor's contract done, his talk not;
          // sofie's talk, ticked by ada (IT), counts in Sales.
          figures: {
            active: pct(5, 6),
            posts: 5,
            comments: 5,
            reactions: 12,
            votes: 0,
            kudosGiven: 0,
            kudosReceived: 3,
            onboarding: 50,
            reports: 2,
          },
        },
        {
          name: 'Sales',
          people: 5,
          withheld: false,
          figures: {
            active: 100,
            posts: 3,
            comments: 4,
            reactions: 7,
            votes: 1,
            kudosGiven: 1,
            kudosReceived: 2,
            onboarding: 100,
            reports: 0,
          },
        },
        { name: null, people: 1, withheld: true, figures: none },
      ]);
    });

    test('channels busiest first; tags from posts, comments and kudos; most discussed posts', async (cast) => {
      await seedCompany(cast.world);
      const report = await februaryReport(cast);
      // general leads on every measure, then sales, then it-news. Kudos belong to no channel.
      deepEqual(report.channels, [
        { channel: 'general', posts: 4, comments: 5, reactions: 10, active: 9 },
        { channel: 'sales', posts: 3, comments: 3, reactions: 5, active: 6 },
        { channel: 'it-news', posts: 2, comments: 2, reactions: 4, active: 5 },
      ]);

      // Not #spam (hidden), #oops (removed), #legacy (before), nor the #launch of march and kudos-later (at T).
      for (let i = 1; i < report.tags.length; i++) {
        ok(report.tags[i - 1]!.count >= report.tags[i]!.count, 'tags most used first');
      }
      deepEqual(
        report.tags
          .map((t) => [t.tag, t.count, t.previous])
          .sort((a, b) => +b[1]! - +a[1]! || (a[0]! < b[0]! ? -1 : 1)),
        [
          ['sales', 4, 0],
          ['launch', 3, 0],
          ['maintenance', 2, 0],
          ['it', 1, 0],
          ['lunch', 1, 0],
          ['plein', 1, 4],
        ],
      );

      // Comments plus reactions in February: record 8, welcome 7, newyear 5 (3 before), upgrade 4,
      // lunch 3; laptops (1 comment, whose own reaction makes 2 at most) is sixth.
      const welcome = report.posts[1];
      deepEqual(
        report.posts.map((p) => ({ ...p, excerpt: p.postId === 'post-welcome' ? '' : p.excerpt })),
        [
          {
            postId: 'post-record',
            channel: 'sales',
            excerpt: 'Record quarter #sales #plein',
            comments: 3,
            reactions: 5,
            previous: 0,
          },
          { postId: 'post-welcome', channel: 'general', excerpt: '', comments: 3, reactions: 4, previous: 0 },
          {
            postId: 'post-newyear',
            channel: 'general',
            excerpt: 'Happy new year #plein',
            comments: 2,
            reactions: 3,
            previous: 3,
          },
          {
            postId: 'post-upgrade',
            channel: 'it-news',
            excerpt: 'Server upgrade tonight #maintenance',
            comments: 1,
            reactions: 3,
            previous: 0,
          },
          {
            postId: 'post-lunch',
            channel: 'general',
            excerpt: 'Lunch talk on Friday',
            comments: 0,
            reactions: 3,
            previous: 0,
          },
        ],
      );
      // The long post's excerpt: plain text (the mention as its name), at most 140 characters, cut at a word.
      const plain = plainText(tokenize(WELCOME_TEXT));
      const excerpt = welcome!.excerpt;
      ok(excerpt.length <= 140, `at most 140 characters, got ${excerpt.length}`);
      ok(!excerpt.includes('@[') && !excerpt.includes('](p-'), `no mention markup: ${excerpt}`);
      const head = excerpt.replace(/(…|\.\.\.)$/u, '').trimEnd();
      ok(plain.startsWith(head), `the start of the text: ${excerpt}`);
      ok(head.includes('@Bob de Bruijn'), 'the mention reads as the name');
      ok(head.length >= 100 && /\s/u.test(plain[head.length] ?? ''), `cut at a word, not sooner: ${excerpt}`);
    });

    test('periods over 62 days are charted per week, from `from`, the last week cut short', async (cast) => {
      await seedCompany(cast.world);
      // 66 days from the previous period's start: ten weeks, the last of 3 days (03-08 to 03-11).
      const report = await cast.cara.report({ from: PF, to: '2026-03-11T00:00:00.000Z' });
      equal(report.bucket, 'week');
      deepEqual(report.buckets, starts(PF, 10, 7));
      equal(report.previousFrom, '2025-10-30T00:00:00.000Z');
      const got = figures(report);
      // newyear | | coffee | | welcome upgrade record spam | laptops lunch | anyone photos | last | march |
      deepEqual([got.posts.value, got.posts.previous, got.posts.series], [12, 1, [1, 0, 1, 0, 4, 2, 2, 1, 1, 0]]);
      // sam (01-31) | ines, 3 anonymous | sara | sven (T); iris (01-03) before.
      deepEqual([got.votes.value, got.votes.previous, got.votes.series], [7, 1, [0, 0, 0, 1, 4, 1, 0, 0, 1, 0]]);
      deepEqual(
        [got.kudosGiven.value, got.kudosGiven.previous, got.kudosGiven.series],
        [5, 0, [0, 1, 0, 0, 1, 1, 1, 0, 1, 0]],
      );
    });

    test('a period with no data: zeros, shares with nothing to measure null, never an error', async (cast) => {
      await seedCompany(cast.world);
      const report = await cast.cara.report({ from: '2025-06-01T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z' });
      const zeros = series(30, {});
      const nulls = series(30, {}, null);
      const got = figures(report);
      const pick = (metric: MetricId) => {
        const { value, previous, target, series } = got[metric];
        return { value, previous, target, series };
      };
      const want = (value: number | null, target: number | undefined, of = value === null ? nulls : zeros) => ({
        value,
        previous: value,
        target,
        series: of,
      });
      // 30 days is a month: month targets as they are; 1 report a week is 4, 100 kudos a year 8.
      deepEqual(pick('active'), want(0, 60));
      deepEqual([got.active.count, got.active.of], [0, 16]);
      deepEqual(pick('posts'), want(0, 10));
      deepEqual(pick('comments'), want(0, undefined));
      deepEqual(pick('reactions'), want(0, undefined));
      deepEqual(pick('votes'), want(0, undefined));
      deepEqual(pick('kudosGiven'), want(0, 8));
      deepEqual(pick('kudosReceived'), want(0, undefined));
      deepEqual(pick('onboarding'), want(null, 80), 'no task was due: nothing to measure');
      deepEqual(pick('reports'), want(0, 4));
      deepEqual(pick('managers'), want(0, undefined));
      const quiet = { active: 0, posts: 0, comments: 0, reactions: 0, votes: 0, kudosGiven: 0, kudosReceived: 0 };
      deepEqual(
        departments(report).filter((d) => !d.withheld),
        [
          { name: 'IT', people: 6, withheld: false, figures: { ...quiet, onboarding: null, reports: 0 } },
          { name: 'Sales', people: 5, withheld: false, figures: { ...quiet, onboarding: null, reports: 0 } },
        ],
      );
      deepEqual([report.channels, report.tags, report.posts], [[], [], []]);
    });

    test('no part of a report names a person', async (cast) => {
      await seedCompany(cast.world);
      for (const query of [FEBRUARY, { from: PF, to: '2026-03-11T00:00:00.000Z' }]) {
        const json = JSON.stringify(await cast.ada.report(query));
        const named = PERSON_IDS.filter((id) => json.includes(id));
        deepEqual(named, [], 'person ids in the report');
      }
    });
  });
}
