import { INSIGHTS_LIMITS } from '../insights-math.js';
import { REACTIONS, type InsightsReport, type MetricId, type PleinStore } from '../types.js';
import { deepEqual, equal, ok } from './assert.js';
import { figures, pct, values } from './contract-insights-world.js';
import {
  HOUR,
  KUDOS_VALUES as V,
  draft,
  insightsSuite,
  key,
  kudosDraft,
  optionId,
  setDay,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P, type SeedPerson, type SeedReaction } from './world.js';

/** The world's clock starts on Monday 2026-01-12 at 09:00; these are that day and the next. */
const MONDAY = { from: '2026-01-12T00:00:00.000Z', to: '2026-01-13T00:00:00.000Z' };
const TUESDAY = { from: '2026-01-13T00:00:00.000Z', to: '2026-01-14T00:00:00.000Z' };
const SUNDAY = { from: '2026-01-11T00:00:00.000Z', to: '2026-01-12T00:00:00.000Z' };
const at = (time: string) => `2026-01-${time}:00.000Z`;

const apis = (store: PleinStore) => {
  ok(store.feed && store.kudos && store.onboarding, 'the store offers a feed, kudos and onboarding');
  return { feed: store.feed, polls: store.polls, kudos: store.kudos, onboarding: store.onboarding };
};

/** Nothing happened yet on Monday; the cast has no managers, so that share is withheld. */
const QUIET: Record<MetricId, number | null> = {
  active: 0,
  posts: 0,
  comments: 0,
  reactions: 0,
  votes: 0,
  kudosGiven: 0,
  kudosReceived: 0,
  onboarding: 0,
  reports: 0,
  managers: null,
};

export function insightsActivityContract(context: SuiteContext): void {
  const { describe, test } = insightsSuite(context);

  describe('insights: what was just done', () => {
    test('each act through the API counts in the next report; what is taken back no longer counts', async ({
      world,
      stores,
      cara,
      ada,
    }) => {
      // zoe is a new hire with one task due today.
      await world.seed({
        people: [],
        kudosValues: [V.teamwork],
        campaigns: [
          {
            id: 'c-day',
            title: 'Day one',
            description: '',
            phases: [
              {
                id: 'ph',
                title: 'Day one',
                tasks: [{ id: 't-hello', title: 'Say hello', owner: 'new-hire', dueDay: 0 }],
              },
            ],
            target: { percent: 100, days: 1 },
            createdBy: P.cara.id,
            createdAt: '2026-01-01T09:00:00.000Z',
          },
        ],
        enrolments: [
          { campaignId: 'c-day', personId: P.zoe.id, startDate: '2026-01-12', enrolledAt: '2026-01-01T09:00:00.000Z' },
        ],
      });
      const [alice, bob, mo, zoe] = [apis(stores.alice), apis(stores.bob), apis(stores.mo), apis(stores.zoe)];
      let expected = { ...QUIET };
      const check = async (change: Partial<Record<MetricId, number | null>>, what: string) => {
        expected = { ...expected, ...change };
        deepEqual(values(await cara.report(MONDAY)), expected, what);
      };
      await check({}, 'before anything happened: one task due, not done');

      const post = await alice.feed.post('general', { text: 'Hello #news' }, key());
      await check({ posts: 1, active: pct(1, 6) }, 'a post');
      await bob.feed.comment(post.id, { text: 'Hi!' }, key());
      await check({ comments: 1, active: pct(2, 6) }, 'a comment');
      await bob.feed.react(post.id, 'like', true, key());
      await mo.feed.react(post.id, 'love', true, key());
      await check({ reactions: 2, active: pct(3, 6) }, 'two reactions');
      await mo.feed.react(post.id, 'love', false, key());
      await check({ reactions: 1, active: pct(2, 6) }, 'a reaction taken back counts no more, nor does its maker');

      const poll = await zoe.polls.create(draft(), key());
      await zoe.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await bob.polls.vote(poll.id, [optionId(poll, 'Sushi')], key());
      await check({ votes: 2, active: pct(3, 6) }, 'two votes');
      world.clock.advance(HOUR);
      await zoe.polls.vote(poll.id, [optionId(poll, 'Salad')], key());
      await check({}, 'a changed vote is one ballot');

      const kudos = await alice.kudos.give(kudosDraft({ toIds: [P.bob.id, P.zoe.id] }), key());
      await check({ kudosGiven: 1, kudosReceived: 2 }, 'kudos to two people');
      await zoe.onboarding.tick('c-day', P.zoe.id, 't-hello', true, key());
      await check({ onboarding: 100 }, 'the task due today is done');
      await bob.feed.report(post.id, 'spam', undefined, key());
      await check({ reports: 1 }, 'a report');

      const report = await cara.report(MONDAY);
      deepEqual(report.channels, [{ channel: 'general', posts: 1, comments: 1, reactions: 1, active: 2 }]);
      deepEqual(report.tags, [{ tag: 'news', count: 1, previous: 0 }]);
      deepEqual(report.posts, [
        { postId: post.id, channel: 'general', excerpt: 'Hello #news', comments: 1, reactions: 1, previous: 0 },
      ]);
      deepEqual(await ada.report(MONDAY), report, 'an admin reads the same report');

      // Tuesday: zoe changes her vote again; it counts once, when it was last cast.
      setDay(world, '2026-01-13');
      await zoe.polls.vote(poll.id, [optionId(poll, 'Pizza')], key());
      await check({ votes: 1 }, 'Monday keeps bob’s ballot only');
      equal(values(await cara.report(TUESDAY)).votes, 1, 'Tuesday has zoe’s');
      equal(values(await cara.report(TUESDAY)).active, pct(1, 6), 'zoe was active on Tuesday');

      // Removing the kudos and the post takes away what came with them; alice did nothing else.
      await alice.kudos.remove(kudos.id, key());
      await check({ kudosGiven: 0, kudosReceived: 0 }, 'a removed kudos');
      await alice.feed.remove(post.id, key());
      // (Whether the reports on a removed post still count is left open.)
      const unreported = ({ reports: _, ...rest }: Record<MetricId, number | null>) => rest;
      deepEqual(
        unreported(values(await cara.report(MONDAY))),
        unreported({ ...expected, posts: 0, comments: 0, reactions: 0, active: pct(2, 6) }),
        'a removed post with its comment and reaction; bob (a vote) and zoe (a tick) remain',
      );
      const gone = await cara.report(MONDAY);
      deepEqual([gone.channels, gone.tags, gone.posts], [[], [], []]);
    });

    test('onboarding counts the tasks due so far: one due later in the period waits for its day', async ({
      world,
      stores,
      cara,
    }) => {
      const task = (id: string, dueDay: number) => ({ id, title: id, owner: 'new-hire' as const, dueDay });
      await world.seed({
        people: [],
        campaigns: [
          {
            id: 'c-week',
            title: 'First week',
            description: '',
            phases: [{ id: 'ph', title: 'First week', tasks: [task('t-hello', 0), task('t-lunch', 2)] }],
            target: { percent: 100, days: 7 },
            createdBy: P.cara.id,
            createdAt: '2026-01-01T09:00:00.000Z',
          },
        ],
        enrolments: [
          { campaignId: 'c-week', personId: P.zoe.id, startDate: '2026-01-12', enrolledAt: '2026-01-01T09:00:00.000Z' },
        ],
      });
      ok(stores.zoe.onboarding, 'the store offers onboarding');
      const week = { from: MONDAY.from, to: '2026-01-19T00:00:00.000Z' };
      const onboarding = async () => {
        const { value, count, of, series } = figures(await cara.report(week)).onboarding;
        return { value, count, of, series };
      };
      const days = (at: Record<number, number>) => Array.from({ length: 7 }, (_, i) => at[i] ?? null);
      await stores.zoe.onboarding.tick('c-week', P.zoe.id, 't-hello', true, key());
      deepEqual(await onboarding(), { value: 100, count: 1, of: 1, series: days({ 0: 100 }) }, 'Monday');
      setDay(world, '2026-01-14');
      deepEqual(await onboarding(), { value: 50, count: 1, of: 2, series: days({ 0: 100, 2: 0 }) }, 'Wednesday');
      await stores.zoe.onboarding.tick('c-week', P.zoe.id, 't-lunch', true, key());
      deepEqual(await onboarding(), { value: 100, count: 2, of: 2, series: days({ 0: 100, 2: 100 }) }, 'lunch done');
    });

    test('`from` counts, `to` does not; what comes just before `from` is the previous period', async ({
      world,
      cara,
    }) => {
      const post = (id: string, createdAt: string, reactions: SeedReaction[] = []) => ({
        id,
        channel: 'general',
        authorId: P.alice.id,
        text: id,
        createdAt,
        reactions,
      });
      const like = (by: { id: string }, when: string): SeedReaction => ({ by: by.id, reaction: 'like', at: when });
      await world.seed({
        people: [],
        kudosValues: [V.teamwork],
        posts: [
          post('before', '2026-01-10T23:59:59.999Z', [
            like(P.bob, '2026-01-10T23:59:59.999Z'),
            like(P.zoe, SUNDAY.from),
            like(P.mo, '2026-01-11T23:59:59.999Z'),
            like(P.ada, SUNDAY.to),
          ]),
          post('first', SUNDAY.from),
          post('last', '2026-01-11T23:59:59.999Z'),
          post('after', SUNDAY.to),
        ],
        kudos: [
          {
            id: 'k-first',
            fromId: P.bob.id,
            toIds: [P.zoe.id],
            valueId: V.teamwork.id,
            message: 'a',
            createdAt: SUNDAY.from,
          },
          {
            id: 'k-after',
            fromId: P.bob.id,
            toIds: [P.mo.id],
            valueId: V.teamwork.id,
            message: 'b',
            createdAt: SUNDAY.to,
          },
        ],
      });
      const got = figures(await cara.report(SUNDAY));
      deepEqual([got.posts.value, got.posts.previous, got.posts.series], [2, 1, [2]], 'posts');
      deepEqual([got.reactions.value, got.reactions.previous, got.reactions.series], [2, 1, [2]], 'reactions');
      deepEqual([got.kudosGiven.value, got.kudosGiven.previous], [1, 0], 'kudos');
      // Active on Sunday: alice (posts), zoe and mo (reactions), bob (kudos); ada reacted at `to`.
      deepEqual([got.active.count, got.active.of, got.active.previous], [4, 6, pct(2, 6)], 'active');
    });

    test('hidden posts and comments are left out of tags and discussed posts, however discussed', async ({
      world,
      stores,
      cara,
    }) => {
      const like = (by: { id: string }): SeedReaction => ({ by: by.id, reaction: 'like' });
      await world.seed({
        people: [],
        posts: [
          {
            id: 'post-hidden',
            channel: 'general',
            authorId: P.alice.id,
            text: 'Loud #hushhush',
            createdAt: at('12T08:00'),
            reactions: [like(P.bob), like(P.zoe), like(P.mo), like(P.ada)],
            comments: [
              { id: 'c-h1', authorId: P.bob.id, text: 'Me too #hushhush', createdAt: at('12T08:10') },
              { id: 'c-h2', authorId: P.zoe.id, text: 'Wow', createdAt: at('12T08:20') },
            ],
            hidden: { by: P.mo.id },
          },
          {
            id: 'post-open',
            channel: 'general',
            authorId: P.bob.id,
            text: 'Quiet #visible',
            createdAt: at('12T08:30'),
            reactions: [like(P.alice)],
            comments: [{ id: 'c-rude', authorId: P.zoe.id, text: 'Rude #hushcomment', createdAt: at('12T08:40') }],
          },
        ],
      });
      ok(stores.mo.feed, 'the store offers a feed');
      await stores.mo.feed.moderate('c-rude', 'hide', key());
      const report = await cara.report(MONDAY);
      deepEqual(report.tags, [{ tag: 'visible', count: 1, previous: 0 }], 'tags');
      deepEqual(
        report.posts.map((p) => p.postId),
        ['post-open'],
        'discussed posts',
      );
    });

    test(`at most ${INSIGHTS_LIMITS.tags} tags and ${INSIGHTS_LIMITS.posts} posts, the most used and discussed`, async ({
      world,
      cara,
    }) => {
      // Post k (1 … 12) carries #topic1 … #topick and k reactions: #topicj is used 13 - j times.
      const people = Object.values(P);
      const reactions = (k: number): SeedReaction[] =>
        Array.from({ length: k }, (_, i) => ({
          by: people[i % people.length]!.id,
          reaction: REACTIONS[Math.floor(i / people.length)]!,
        }));
      await world.seed({
        people: [],
        posts: Array.from({ length: 12 }, (_, i) => ({
          id: `post-${i + 1}`,
          channel: 'general',
          authorId: P.alice.id,
          text: Array.from({ length: i + 1 }, (_, j) => `#topic${j + 1}`).join(' '),
          createdAt: new Date(Date.parse(MONDAY.from) + (i + 1) * 60_000).toISOString(),
          reactions: reactions(i + 1),
        })),
      });
      const report = await cara.report(MONDAY);
      deepEqual(
        report.tags.map((t) => [t.tag, t.count]),
        Array.from({ length: INSIGHTS_LIMITS.tags }, (_, j) => [`topic${j + 1}`, 12 - j]),
      );
      deepEqual(
        report.posts.map((p) => [p.postId, p.reactions]),
        [12, 11, 10, 9, 8].slice(0, INSIGHTS_LIMITS.posts).map((k) => [`post-${k}`, k]),
      );
    });

    test('the managers’ share is withheld below five managers, with nothing that could reveal it', async ({
      world,
      stores,
      cara,
    }) => {
      const report = (): Promise<InsightsReport> => cara.report(MONDAY);
      const staff = (id: string, managerId: string): SeedPerson => ({ id, displayName: id, managerId });
      // Four managers: bob, ada, zoe, alice.
      await world.seed({
        people: [staff('p-m1', P.bob.id), staff('p-m2', P.ada.id), staff('p-m3', P.zoe.id), staff('p-m4', P.alice.id)],
      });
      ok(stores.bob.feed, 'the store offers a feed');
      await stores.bob.feed.post('general', { text: 'Team meeting at ten' }, key());
      const withheld = figures(await report()).managers;
      deepEqual(
        { value: withheld.value, previous: withheld.previous, count: withheld.count, withheld: withheld.withheld },
        { value: null, previous: null, count: undefined, withheld: true },
      );
      deepEqual(withheld.series, [null], 'no series either');
      equal(figures(await report()).active.withheld, false, 'ten people: the active share is shown');

      // A fifth manager: cara. Now 1 of 5 managers (bob) was active.
      await world.seed({ people: [staff('p-m5', P.cara.id)] });
      const shown = figures(await report()).managers;
      deepEqual([shown.value, shown.count, shown.of, shown.withheld, shown.series], [20, 1, 5, false, [20]]);
    });
  });
}
