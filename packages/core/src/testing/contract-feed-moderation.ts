import { LIMITS } from '../limits.js';
import type { ReportReason } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { eventually, feedSuite, idsOf, key, nowIso, record, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function feedModerationContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: reports and the moderation queue', () => {
    test('a report lands in the moderator’s queue with reason, note and reporter', async ({
      world,
      alice,
      bob,
      mo,
    }) => {
      const post = await alice.post('general', { text: 'Cheap watches!' }, key());
      await bob.report(post.id, 'spam', '  Sells watches  ', key());
      const seen = await bob.get(post.id);
      equal(seen.viewer.reported, true);
      equal(seen.viewer.canReport, false, 'once per person');
      const queue = await mo.queue({});
      equal(queue.items.length, 1);
      const item = queue.items[0]!;
      equal(item.entry.id, post.id);
      equal(item.entry.kind, 'post');
      equal(item.status, 'open');
      equal(item.reportedAt, nowIso(world));
      deepEqual(item.reports, [{ reason: 'spam', note: 'Sells watches', by: P.bob.id, at: nowIso(world) }]);
    });

    test('reports from several people gather on one item; comments can be reported too', async ({
      world,
      alice,
      bob,
      zoe,
      mo,
    }) => {
      const post = await alice.post('general', { text: 'Questionable' }, key());
      const comment = await alice.comment(post.id, { text: 'Also questionable' }, key());
      await bob.report(post.id, 'offensive', undefined, key());
      world.clock.advance(1000);
      await zoe.report(post.id, 'misinformation', 'Not true', key());
      world.clock.advance(1000);
      await zoe.report(comment.id, 'other', undefined, key());
      const queue = await mo.queue({ status: 'open' });
      deepEqual(idsOf(queue.items.map((item) => item.entry)), [post.id, comment.id], 'oldest report first');
      deepEqual(
        queue.items[0]!.reports.map((r) => [r.by, r.reason, r.note]),
        [
          [P.bob.id, 'offensive', undefined],
          [P.zoe.id, 'misinformation', 'Not true'],
        ],
      );
      equal(queue.items[1]!.entry.kind, 'comment');
    });

    test('reporting twice is a conflict; reporting one’s own entry is forbidden', async ({ alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Report me' }, key());
      await bob.report(post.id, 'spam', undefined, key());
      await rejectsWith(bob.report(post.id, 'offensive', undefined, key()), 'conflict', 'already-reported');
      await rejectsWith(alice.report(post.id, 'spam', undefined, key()), 'forbidden');
      deepEqual(
        (await mo.queue({})).items[0]?.reports.map((r) => r.reason),
        ['spam'],
      );
    });

    test('a bad reason or a long note is refused and files nothing', async ({ alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Report me badly' }, key());
      await rejectsWith(bob.report(post.id, 'boring' as ReportReason, undefined, key()), 'invalid');
      const error = await rejectsWith(
        bob.report(post.id, 'other', 'n'.repeat(LIMITS.reportNote + 1), key()),
        'too-large',
      );
      deepEqual([error.details.field, error.details.limit], ['note', LIMITS.reportNote]);
      deepEqual((await mo.queue({})).items, []);
      equal((await bob.get(post.id)).viewer.reported, false);
    });

    test('members see nothing in the queue', async ({ alice, bob, zoe, cara }) => {
      const post = await alice.post('general', { text: 'Reported' }, key());
      await bob.report(post.id, 'spam', undefined, key());
      deepEqual((await zoe.queue({})).items, [], 'zoe moderates no channel');
      deepEqual((await bob.queue({ channel: 'general' })).items, [], 'not even the reporter');
      deepEqual((await cara.queue({})).items, [], 'communications is not moderation');
    });

    test('the queue filters by channel and status', async ({ alice, bob, mo }) => {
      const general = await alice.post('general', { text: 'In general' }, key());
      const hr = await alice.post('hr', { text: 'In hr' }, key());
      await bob.report(general.id, 'spam', undefined, key());
      await bob.report(hr.id, 'spam', undefined, key());
      deepEqual(idsOf((await mo.queue({ channel: 'hr' })).items.map((i) => i.entry)), [hr.id]);
      await mo.moderate(general.id, 'dismiss', key());
      deepEqual(idsOf((await mo.queue({ status: 'open' })).items.map((i) => i.entry)), [hr.id]);
      const dismissed = await mo.queue({ status: 'dismissed' });
      deepEqual(idsOf(dismissed.items.map((i) => i.entry)), [general.id]);
      equal(dismissed.items[0]?.status, 'dismissed');
      deepEqual(
        (await mo.queue({})).items.map((i) => i.status),
        ['open', 'dismissed'],
        'open first',
      );
    });
  });

  describe('feed: hiding and restoring', () => {
    test('a hidden post is gone for everyone else at once, from every call', async ({ alice, bob, zoe, mo }) => {
      const post = await alice.post('general', { text: 'Offensive #rude' }, key());
      const comment = await zoe.comment(post.id, { text: 'Comment under it' }, key());
      await zoe.react(post.id, 'like', true, key());
      await bob.report(post.id, 'offensive', undefined, key());
      const hidden = await mo.moderate(post.id, 'hide', key());
      equal(hidden.hidden?.by, P.mo.id);
      for (const [name, feed] of [
        ['bob', bob],
        ['zoe', zoe],
      ] as const) {
        deepEqual((await feed.list({ channel: 'general' })).items, [], `${name}: list`);
        deepEqual((await feed.list({ channel: 'general', tag: 'rude' })).items, [], `${name}: tag filter`);
        deepEqual((await feed.list({ channel: 'general', search: 'offensive' })).items, [], `${name}: search`);
        await rejectsWith(feed.get(post.id), 'not-found');
        await rejectsWith(feed.comments(post.id), 'not-found');
        await rejectsWith(feed.replies(comment.id), 'not-found');
        await rejectsWith(feed.reactors(post.id, 'like'), 'not-found');
        await rejectsWith(feed.react(post.id, 'love', true, key()), 'not-found');
        await rejectsWith(feed.comment(post.id, { text: 'Still there?' }, key()), 'not-found');
      }
    });

    test('the author and moderators still get a hidden post, marked hidden', async ({ world, alice, bob, mo, ada }) => {
      const post = await alice.post('general', { text: 'Hide me' }, key());
      await bob.report(post.id, 'offensive', undefined, key());
      await mo.moderate(post.id, 'hide', key());
      const own = await alice.get(post.id);
      equal(own.hidden?.by, P.mo.id);
      equal(own.hidden?.at, nowIso(world));
      equal(own.viewer.canEdit, false, 'a hidden post cannot be edited');
      equal((await mo.get(post.id)).hidden?.by, P.mo.id);
      equal((await ada.get(post.id)).hidden?.by, P.mo.id);
      deepEqual((await alice.list({ channel: 'general' })).items, [], 'list leaves hidden posts out for everyone');
      deepEqual((await mo.list({ channel: 'general' })).items, []);
      const queue = await mo.queue({ status: 'hidden' });
      deepEqual(idsOf(queue.items.map((i) => i.entry)), [post.id], 'moderators find it in the queue');
    });

    test('restore brings a hidden post back for everyone', async ({ alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Back soon' }, key());
      await bob.report(post.id, 'spam', undefined, key());
      await mo.moderate(post.id, 'hide', key());
      equal((await mo.queue({})).items[0]?.status, 'hidden');
      const restored = await mo.moderate(post.id, 'restore', key());
      equal(restored.hidden, undefined);
      equal((await bob.get(post.id)).hidden, undefined);
      deepEqual(idsOf((await bob.list({ channel: 'general' })).items), [post.id]);
      equal((await alice.get(post.id)).viewer.canEdit, true);
      deepEqual((await mo.queue({ status: 'open' })).items, [], 'a restored report is no longer open');
    });

    test('dismiss leaves the post visible and closes the report', async ({ alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Fine really' }, key());
      await bob.report(post.id, 'off-topic', undefined, key());
      const dismissed = await mo.moderate(post.id, 'dismiss', key());
      equal(dismissed.hidden, undefined);
      deepEqual(idsOf((await bob.list({ channel: 'general' })).items), [post.id]);
      deepEqual(
        (await mo.queue({})).items.map((i) => [i.entry.id, i.status]),
        [[post.id, 'dismissed']],
      );
    });

    test('a hidden comment is gone for others and leaves the count', async ({ alice, bob, zoe, mo }) => {
      const post = await alice.post('general', { text: 'Post' }, key());
      const keep = await bob.comment(post.id, { text: 'Kind words' }, key());
      const rude = await zoe.comment(post.id, { text: 'Rude words' }, key());
      const rudeReply = await zoe.comment(post.id, { text: 'Rude reply', parentId: keep.id }, key());
      await mo.moderate(rude.id, 'hide', key());
      await mo.moderate(rudeReply.id, 'hide', key());
      deepEqual(idsOf((await bob.comments(post.id)).items), [keep.id]);
      equal((await bob.comments(post.id)).items[0]?.replyCount, 0);
      deepEqual((await bob.replies(keep.id)).items, []);
      equal((await bob.get(post.id)).commentCount, 1);
      await rejectsWith(bob.reactors(rude.id, 'like'), 'not-found');
      const own = (await zoe.comments(post.id)).items;
      deepEqual(idsOf(own), [keep.id, rude.id], 'the author still sees her comment');
      equal(own[1]?.hidden?.by, P.mo.id);
    });

    test('members, communications and the author cannot hide', async ({ alice, bob, cara }) => {
      const post = await alice.post('general', { text: 'Safe' }, key());
      await rejectsWith(bob.moderate(post.id, 'hide', key()), 'forbidden');
      await rejectsWith(cara.moderate(post.id, 'hide', key()), 'forbidden');
      await rejectsWith(alice.moderate(post.id, 'hide', key()), 'forbidden');
      equal((await bob.get(post.id)).hidden, undefined);
    });

    test('a channel’s own moderator moderates that channel only', async ({ world, alice, bob, zoe }) => {
      await world.seed({ people: [], channels: [{ id: 'sales', moderatorIds: [P.zoe.id] }] });
      deepEqual((await zoe.channel('sales')).viewer, { canPost: true, canModerate: true, canPin: true });
      deepEqual((await zoe.channel('general')).viewer, { canPost: true, canModerate: false, canPin: false });
      const sales = await alice.post('sales', { text: 'Sales talk' }, key());
      const general = await alice.post('general', { text: 'General talk' }, key());
      await bob.report(sales.id, 'spam', undefined, key());
      await bob.report(general.id, 'spam', undefined, key());
      equal((await zoe.get(sales.id)).viewer.canModerate, true);
      equal((await zoe.get(general.id)).viewer.canModerate, false);
      deepEqual(idsOf((await zoe.queue({})).items.map((i) => i.entry)), [sales.id], 'her queue holds her channel');
      deepEqual((await zoe.queue({ channel: 'general' })).items, []);
      await rejectsWith(zoe.moderate(general.id, 'hide', key()), 'forbidden');
      await zoe.moderate(sales.id, 'hide', key());
      await rejectsWith(bob.get(sales.id), 'not-found');
      await zoe.remove(sales.id, key());
      await rejectsWith(zoe.remove(general.id, key()), 'forbidden');
      equal((await bob.get(general.id)).hidden, undefined);
    });

    test('the author is told when a moderator hides and restores', async ({ world, stores, alice, mo }) => {
      const post = await alice.post('general', { text: 'Notice me' }, key());
      const told = record(stores.alice, { kind: 'notifications' });
      await mo.moderate(post.id, 'hide', key());
      await eventually(
        world,
        () => told.events.some((e) => e.notification?.kind === 'hidden'),
        "a 'hidden' notification",
      );
      const hidden = told.events.find((e) => e.notification?.kind === 'hidden')!;
      equal(hidden.type, 'notified');
      ok(hidden.notification?.id, 'a notification has an id');
      deepEqual(
        { ...hidden.notification, id: undefined },
        {
          personId: P.alice.id,
          kind: 'hidden',
          actorId: P.mo.id,
          entryId: post.id,
          postId: post.id,
          channel: 'general',
          at: nowIso(world),
        },
      );
      await mo.moderate(post.id, 'restore', key());
      await eventually(
        world,
        () => told.events.some((e) => e.notification?.kind === 'restored'),
        "a 'restored' notification",
      );
      told.stop();
    });
  });
}
