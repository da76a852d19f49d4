import type { Reaction } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import { allPages, feedOf, feedSuite, idsOf, key, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

const sorted = (reactions: Reaction[]) => reactions.slice().sort();

export function feedReactionsContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: reactions', () => {
    test('react sets and clears one kind; counts and mine follow', async ({ alice, bob, zoe }) => {
      const post = await alice.post('general', { text: 'React!' }, key());
      deepEqual(await bob.react(post.id, 'like', true, key()), { counts: { like: 1 }, mine: ['like'] });
      const both = await bob.react(post.id, 'celebrate', true, key());
      deepEqual(both.counts, { like: 1, celebrate: 1 });
      deepEqual(sorted(both.mine), ['celebrate', 'like']);
      deepEqual(await zoe.react(post.id, 'like', true, key()), { counts: { like: 2, celebrate: 1 }, mine: ['like'] });
      deepEqual(
        (await alice.get(post.id)).reactions,
        { counts: { like: 2, celebrate: 1 }, mine: [] },
        'the author sees the counts, none of them hers',
      );
      deepEqual(await bob.react(post.id, 'like', false, key()), {
        counts: { like: 1, celebrate: 1 },
        mine: ['celebrate'],
      });
      deepEqual(
        await bob.react(post.id, 'celebrate', false, key()),
        { counts: { like: 1 }, mine: [] },
        'a count of zero is left out',
      );
      deepEqual((await bob.list({ channel: 'general' })).items[0]?.reactions, { counts: { like: 1 }, mine: [] });
    });

    test('reacting is idempotent: on twice counts once, off when not on changes nothing', async ({ alice, bob }) => {
      const post = await alice.post('general', { text: 'Twice' }, key());
      await bob.react(post.id, 'love', true, key());
      deepEqual(await bob.react(post.id, 'love', true, key()), { counts: { love: 1 }, mine: ['love'] });
      deepEqual(await bob.react(post.id, 'funny', false, key()), { counts: { love: 1 }, mine: ['love'] });
      await bob.react(post.id, 'love', false, key());
      deepEqual(await bob.react(post.id, 'love', false, key()), { counts: {}, mine: [] });
      deepEqual((await alice.get(post.id)).reactions.counts, {});
    });

    test('comments and replies take reactions too', async ({ alice, bob, zoe }) => {
      const post = await alice.post('general', { text: 'Post' }, key());
      const comment = await bob.comment(post.id, { text: 'Comment' }, key());
      const reply = await alice.comment(post.id, { text: 'Reply', parentId: comment.id }, key());
      deepEqual(await zoe.react(comment.id, 'insightful', true, key()), {
        counts: { insightful: 1 },
        mine: ['insightful'],
      });
      await zoe.react(reply.id, 'funny', true, key());
      deepEqual((await alice.comments(post.id)).items[0]?.reactions, { counts: { insightful: 1 }, mine: [] });
      deepEqual((await zoe.replies(comment.id)).items[0]?.reactions, { counts: { funny: 1 }, mine: ['funny'] });
      deepEqual((await alice.get(post.id)).reactions.counts, {}, 'the post’s own reactions are apart');
    });

    test('counts stay exact when 30 people react at once, and when 10 take it back at once', async ({
      world,
      alice,
    }) => {
      const people = Array.from({ length: 30 }, (_, i) => ({ id: `p-crowd-${i + 1}`, displayName: `Crowd ${i + 1}` }));
      await world.seed({ people });
      const post = await alice.post('general', { text: 'Popular' }, key());
      const feeds = people.map((person) => feedOf(world.as(person.id)));
      await Promise.all(feeds.map((feed) => feed.react(post.id, 'celebrate', true, key())));
      deepEqual((await alice.get(post.id)).reactions, { counts: { celebrate: 30 }, mine: [] });
      await Promise.all(feeds.slice(0, 10).map((feed) => feed.react(post.id, 'celebrate', false, key())));
      await Promise.all(feeds.slice(10).map((feed) => feed.react(post.id, 'celebrate', true, key())));
      deepEqual((await alice.get(post.id)).reactions, { counts: { celebrate: 20 }, mine: [] });
      const reactors = await allPages((page) => alice.reactors(post.id, 'celebrate', page), 7);
      equal(reactors.items.length, 20);
      deepEqual(
        idsOf(reactors.items).sort(),
        people
          .slice(10)
          .map((p) => p.id)
          .sort(),
      );
    });

    test('reactors lists who reacted with one kind, newest first', async ({ world, alice, bob, zoe, cara }) => {
      const post = await alice.post('general', { text: 'Who?' }, key());
      await bob.react(post.id, 'like', true, key());
      world.clock.advance(1000);
      await zoe.react(post.id, 'like', true, key());
      world.clock.advance(1000);
      await cara.react(post.id, 'like', true, key());
      await cara.react(post.id, 'love', true, key());
      const likers = await alice.reactors(post.id, 'like');
      deepEqual(idsOf(likers.items), [P.cara.id, P.zoe.id, P.bob.id]);
      equal(likers.items[0]?.displayName, P.cara.displayName);
      deepEqual(idsOf((await alice.reactors(post.id, 'love')).items), [P.cara.id]);
      deepEqual((await alice.reactors(post.id, 'funny')).items, []);
      const paged = await allPages((page) => alice.reactors(post.id, 'like', page), 2);
      deepEqual(paged.sizes, [2, 1]);
      deepEqual(idsOf(paged.items), [P.cara.id, P.zoe.id, P.bob.id]);
      await zoe.react(post.id, 'like', false, key());
      deepEqual(idsOf((await alice.reactors(post.id, 'like')).items), [P.cara.id, P.bob.id]);
    });

    test('an unknown reaction or entry is refused', async ({ alice, bob }) => {
      const post = await alice.post('general', { text: 'Dislike?' }, key());
      await rejectsWith(bob.react(post.id, 'dislike' as Reaction, true, key()), 'invalid');
      await rejectsWith(bob.reactors(post.id, 'dislike' as Reaction), 'invalid');
      await rejectsWith(bob.react('post-unknown', 'like', true, key()), 'not-found');
      deepEqual((await bob.get(post.id)).reactions, { counts: {}, mine: [] });
    });
  });
}
