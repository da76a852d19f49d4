import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { allPages, feedSuite, idsOf, key, mention, nowIso, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function feedCommentsContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: comments and replies', () => {
    test('comment returns the comment as its author sees it', async ({ world, alice, bob }) => {
      const post = await alice.post('general', { text: 'Thoughts?' }, key());
      world.clock.advance(1000);
      const comment = await bob.comment(post.id, { text: `  Yes ${mention(P.alice)} #Agree  ` }, key());
      equal(comment.kind, 'comment');
      equal(comment.postId, post.id);
      equal(comment.channel, 'general');
      equal(comment.parentId, undefined);
      equal(comment.authorId, P.bob.id);
      equal(comment.text, `Yes ${mention(P.alice)} #Agree`);
      equal(comment.createdAt, nowIso(world));
      deepEqual(comment.mentions, [P.alice.id]);
      deepEqual(comment.hashtags, ['agree']);
      equal(comment.replyCount, 0);
      deepEqual(comment.reactions, { counts: {}, mine: [] });
      deepEqual(comment.viewer, {
        canEdit: true,
        canDelete: true,
        canReport: false,
        reported: false,
        canModerate: false,
        canPin: false,
      });
      ok(comment.id !== post.id, 'entries have their own ids');
      equal((await alice.get(post.id)).commentCount, 1);
    });

    test('comments are oldest first and page with a cursor', async ({ world, alice, bob, zoe }) => {
      const post = await alice.post('general', { text: 'Many comments' }, key());
      const created: string[] = [];
      for (let i = 0; i < 7; i++) {
        world.clock.advance(1000);
        const by = i % 2 === 0 ? bob : zoe;
        created.push((await by.comment(post.id, { text: `Comment ${i + 1}` }, key())).id);
      }
      const first = await alice.comments(post.id, { limit: 3 });
      deepEqual(idsOf(first.items), created.slice(0, 3));
      ok(first.next);
      world.clock.advance(1000);
      const late = await bob.comment(post.id, { text: 'Late' }, key());
      const { items } = await allPages((page) => alice.comments(post.id, page), 3);
      deepEqual(idsOf(items), [...created, late.id], 'every comment once, oldest first');
      await rejectsWith(alice.comments(post.id, { cursor: '!!not-a-cursor!!' }), 'invalid');
      await rejectsWith(alice.comments('post-unknown'), 'not-found');
    });

    test('replies hang under their comment, oldest first, and count', async ({ world, alice, bob, zoe }) => {
      const post = await alice.post('general', { text: 'Replies' }, key());
      const top = await bob.comment(post.id, { text: 'Top-level' }, key());
      world.clock.advance(1000);
      const r1 = await zoe.comment(post.id, { text: 'Reply 1', parentId: top.id }, key());
      world.clock.advance(1000);
      const r2 = await alice.comment(post.id, { text: 'Reply 2', parentId: top.id }, key());
      equal(r1.parentId, top.id);
      equal(r1.postId, post.id);
      deepEqual(idsOf((await alice.comments(post.id)).items), [top.id], 'comments() lists top-level comments only');
      equal((await alice.comments(post.id)).items[0]?.replyCount, 2);
      deepEqual(idsOf((await alice.replies(top.id)).items), [r1.id, r2.id]);
      equal((await alice.get(post.id)).commentCount, 3, 'commentCount counts replies too');
      const paged = await allPages((page) => alice.replies(top.id, page), 1);
      deepEqual(idsOf(paged.items), [r1.id, r2.id]);
      await rejectsWith(alice.replies('comment-unknown'), 'not-found');
    });

    test('a reply to a reply answers its top-level parent', async ({ alice, bob, zoe }) => {
      const post = await alice.post('general', { text: 'One level deep' }, key());
      const top = await bob.comment(post.id, { text: 'Top' }, key());
      const reply = await zoe.comment(post.id, { text: 'Reply', parentId: top.id }, key());
      const nested = await alice.comment(post.id, { text: 'Reply to reply', parentId: reply.id }, key());
      equal(nested.parentId, top.id);
      deepEqual(idsOf((await bob.replies(top.id)).items), [reply.id, nested.id]);
      equal((await bob.comments(post.id)).items[0]?.replyCount, 2);
    });

    test('a parent from another post or an unknown parent is refused', async ({ alice, bob }) => {
      const post = await alice.post('general', { text: 'Here' }, key());
      const other = await alice.post('general', { text: 'There' }, key());
      const elsewhere = await bob.comment(other.id, { text: 'Elsewhere' }, key());
      await rejectsWith(bob.comment(post.id, { text: 'Wrong thread', parentId: elsewhere.id }, key()), 'invalid');
      await rejectsWith(bob.comment(post.id, { text: 'No parent', parentId: 'comment-unknown' }, key()), 'invalid');
      equal((await bob.get(post.id)).commentCount, 0, 'nothing was saved');
      await rejectsWith(bob.comment('post-unknown', { text: 'Nowhere' }, key()), 'not-found');
    });

    test('locked comments refuse new comments and replies until unlocked', async ({ alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Heated' }, key());
      const top = await bob.comment(post.id, { text: 'Before the lock' }, key());
      const locked = await mo.moderate(post.id, 'lock', key());
      equal(locked.kind, 'post');
      ok(locked.kind === 'post' && locked.commentsLocked, 'the post says it is locked');
      equal((await bob.get(post.id)).commentsLocked, true);
      await rejectsWith(bob.comment(post.id, { text: 'After' }, key()), 'conflict', 'comments-locked');
      await rejectsWith(
        bob.comment(post.id, { text: 'Reply', parentId: top.id }, key()),
        'conflict',
        'comments-locked',
      );
      await rejectsWith(alice.comment(post.id, { text: 'Author too' }, key()), 'conflict', 'comments-locked');
      equal((await bob.get(post.id)).commentCount, 1);
      await mo.moderate(post.id, 'unlock', key());
      equal((await bob.get(post.id)).commentsLocked, false);
      await bob.comment(post.id, { text: 'Open again' }, key());
      equal((await bob.get(post.id)).commentCount, 2);
    });

    test('only moderators lock, and only posts', async ({ alice, bob, cara, mo }) => {
      const post = await alice.post('general', { text: 'Lock me?' }, key());
      const comment = await bob.comment(post.id, { text: 'A comment' }, key());
      await rejectsWith(alice.moderate(post.id, 'lock', key()), 'forbidden');
      await rejectsWith(bob.moderate(post.id, 'lock', key()), 'forbidden');
      await rejectsWith(cara.moderate(post.id, 'lock', key()), 'forbidden');
      equal((await bob.get(post.id)).commentsLocked, false);
      await rejectsWith(mo.moderate(comment.id, 'lock', key()), 'invalid');
      await mo.moderate(post.id, 'lock', key());
      await rejectsWith(alice.moderate(post.id, 'unlock', key()), 'forbidden');
      equal((await bob.get(post.id)).commentsLocked, true);
    });
  });
}
