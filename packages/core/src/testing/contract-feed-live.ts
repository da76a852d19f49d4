import type { ChangeEvent, Notification } from '../types.js';
import { deepEqual, equal, ok } from './assert.js';
import { eventually, feedSuite, key, mention, nowIso, record, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

const notes = (events: ChangeEvent[], kind?: Notification['kind']): Notification[] =>
  events.flatMap((e) => (e.notification && (!kind || e.notification.kind === kind) ? [e.notification] : []));

/** Events as `type id postId actorId`, for readable comparisons. */
const brief = (events: ChangeEvent[]) => events.map((e) => [e.type, e.id, e.postId, e.actorId]);

export function feedLiveContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: notifications', () => {
    test('a mention notifies the person mentioned, on their own store only', async ({ world, stores, alice }) => {
      const bobs = record(stores.bob, { kind: 'notifications' });
      const alices = record(stores.alice, { kind: 'notifications' });
      const zoes = record(stores.zoe, { kind: 'notifications' });
      const post = await alice.post('general', { text: `${mention(P.bob)} and I (${mention(P.alice)}) agree` }, key());
      await eventually(world, () => notes(bobs.events).length > 0, "bob's mention");
      const event = bobs.events[0]!;
      deepEqual(event.topic, { kind: 'notifications' });
      equal(event.type, 'notified');
      const note = event.notification!;
      ok(note.id, 'a notification has an id');
      deepEqual(
        { ...note, id: undefined },
        {
          personId: P.bob.id,
          kind: 'mention',
          actorId: P.alice.id,
          entryId: post.id,
          postId: post.id,
          channel: 'general',
          at: nowIso(world),
        },
      );
      equal(notes(bobs.events).length, 1, 'one notification per mention');
      deepEqual(notes(alices.events), [], 'mentioning oneself tells nobody');
      deepEqual(notes(zoes.events), [], 'people not mentioned hear nothing');
      for (const seen of [bobs, alices, zoes]) seen.stop();
    });

    test('a mention in a comment names the comment and its post', async ({ world, stores, alice, bob }) => {
      const post = await alice.post('hr', { text: 'Question' }, key());
      const zoes = record(stores.zoe, { kind: 'notifications' });
      const comment = await bob.comment(post.id, { text: `Ask ${mention(P.zoe)}` }, key());
      await eventually(world, () => notes(zoes.events, 'mention').length > 0, "zoe's mention");
      const note = notes(zoes.events, 'mention')[0]!;
      deepEqual([note.entryId, note.postId, note.channel, note.actorId], [comment.id, post.id, 'hr', P.bob.id]);
      zoes.stop();
    });

    test('a comment tells the post’s author; a reply tells the comment’s author', async ({
      world,
      stores,
      alice,
      bob,
      zoe,
    }) => {
      const post = await bob.post('general', { text: 'My post' }, key());
      const bobs = record(stores.bob, { kind: 'notifications' });
      const zoes = record(stores.zoe, { kind: 'notifications' });
      await bob.comment(post.id, { text: 'Commenting on my own post' }, key());
      const top = await zoe.comment(post.id, { text: 'Nice post' }, key());
      await eventually(world, () => notes(bobs.events, 'reply').length > 0, "bob's reply notification");
      const toBob = notes(bobs.events, 'reply');
      deepEqual(
        toBob.map((n) => [n.personId, n.actorId, n.entryId, n.postId]),
        [[P.bob.id, P.zoe.id, top.id, post.id]],
        'only zoe’s comment is news to bob',
      );
      const reply = await alice.comment(post.id, { text: 'Agreed', parentId: top.id }, key());
      await eventually(world, () => notes(zoes.events, 'reply').length > 0, "zoe's reply notification");
      const toZoe = notes(zoes.events, 'reply');
      deepEqual(
        toZoe.map((n) => [n.personId, n.actorId, n.entryId, n.postId]),
        [[P.zoe.id, P.alice.id, reply.id, post.id]],
      );
      bobs.stop();
      zoes.stop();
    });
  });

  describe('feed: live events', () => {
    test('a channel subscriber sees posts, comments and reactions with post and actor', async ({
      world,
      stores,
      bob,
      zoe,
    }) => {
      const seen = record(stores.alice, { kind: 'feed', channel: 'general' });
      const post = await bob.post('general', { text: 'Live' }, key());
      const comment = await zoe.comment(post.id, { text: 'Live comment' }, key());
      await zoe.react(post.id, 'like', true, key());
      await bob.react(comment.id, 'funny', true, key());
      await eventually(world, () => seen.events.length >= 4, 'four events');
      deepEqual(brief(seen.events), [
        ['created', post.id, post.id, P.bob.id],
        ['commented', comment.id, post.id, P.zoe.id],
        ['reacted', post.id, post.id, P.zoe.id],
        ['reacted', comment.id, post.id, P.bob.id],
      ]);
      ok(
        seen.events.every((e) => e.topic.kind === 'feed' && e.topic.channel === 'general'),
        'each event names its topic',
      );
      equal(seen.events[0]!.at, nowIso(world));
      seen.stop();
    });

    test('edits, removals and moderation are events too', async ({ world, stores, alice, mo }) => {
      const post = await alice.post('general', { text: 'Before' }, key());
      const other = await alice.post('general', { text: 'To be removed' }, key());
      const seen = record(stores.bob, { kind: 'feed', channel: 'general' });
      await alice.edit(post.id, 'After', key());
      await mo.moderate(post.id, 'hide', key());
      await alice.remove(other.id, key());
      await eventually(world, () => seen.events.length >= 3, 'three events');
      deepEqual(brief(seen.events), [
        ['updated', post.id, post.id, P.alice.id],
        ['moderated', post.id, post.id, P.mo.id],
        ['deleted', other.id, other.id, P.alice.id],
      ]);
      seen.stop();
    });

    test('a channel subscriber hears nothing of other channels, nor after unsubscribing', async ({
      world,
      stores,
      alice,
    }) => {
      const general = record(stores.bob, { kind: 'feed', channel: 'general' });
      const stopped = record(stores.zoe, { kind: 'feed', channel: 'general' });
      stopped.stop();
      await alice.post('hr', { text: 'Elsewhere' }, key());
      const post = await alice.post('general', { text: 'Here' }, key());
      await eventually(world, () => general.events.length > 0, 'the general event');
      deepEqual(
        general.events.map((e) => e.id),
        [post.id],
        'only the general post',
      );
      deepEqual(stopped.events, [], 'no events after unsubscribe');
      general.stop();
    });

    test('reports reach moderators on the moderation topic, not members', async ({ world, stores, alice, bob }) => {
      const post = await alice.post('general', { text: 'Reported live' }, key());
      const mos = record(stores.mo, { kind: 'moderation' });
      const zoes = record(stores.zoe, { kind: 'moderation' });
      await bob.report(post.id, 'spam', undefined, key());
      await eventually(world, () => mos.events.some((e) => e.type === 'reported'), "a 'reported' event");
      const event = mos.events.find((e) => e.type === 'reported')!;
      deepEqual([event.id, event.postId, event.actorId], [post.id, post.id, P.bob.id]);
      deepEqual(zoes.events, [], 'zoe moderates nothing');
      mos.stop();
      zoes.stop();
    });
  });
}
