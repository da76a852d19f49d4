import { LIMITS } from '../limits.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { feedSuite, idsOf, key, mention, nowIso, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function feedEditsContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: edit and remove', () => {
    test('the author edits a post: text replaced, editedAt set, mentions and tags recomputed', async ({
      world,
      alice,
      bob,
    }) => {
      const post = await alice.post('general', { text: `Hi ${mention(P.bob)} #draft` }, key());
      world.clock.advance(60_000);
      const edited = await alice.edit(post.id, `  Hi ${mention(P.zoe)} #Final  `, key());
      equal(edited.kind, 'post');
      equal(edited.id, post.id);
      equal(edited.text, `Hi ${mention(P.zoe)} #Final`);
      equal(edited.editedAt, nowIso(world));
      equal(edited.createdAt, post.createdAt, 'createdAt stays');
      deepEqual(edited.mentions, [P.zoe.id]);
      deepEqual(edited.hashtags, ['final']);
      const seen = await bob.get(post.id);
      equal(seen.text, edited.text);
      equal(seen.editedAt, edited.editedAt);
      deepEqual(idsOf((await bob.list({ channel: 'general', tag: 'final' })).items), [post.id]);
      deepEqual((await bob.list({ channel: 'general', tag: 'draft' })).items, [], 'the old tag is gone');
    });

    test('the author edits a comment', async ({ world, alice, bob }) => {
      const post = await alice.post('general', { text: 'Post' }, key());
      const comment = await bob.comment(post.id, { text: 'Frist' }, key());
      world.clock.advance(5000);
      const edited = await bob.edit(comment.id, `First, ${mention(P.alice)} #typo`, key());
      equal(edited.kind, 'comment');
      equal(edited.text, `First, ${mention(P.alice)} #typo`);
      equal(edited.editedAt, nowIso(world));
      deepEqual(edited.mentions, [P.alice.id]);
      deepEqual(edited.hashtags, ['typo']);
      const [seen] = (await alice.comments(post.id)).items;
      equal(seen?.text, edited.text);
      await rejectsWith(bob.edit(comment.id, 'x'.repeat(LIMITS.commentText + 1), key()), 'too-large');
      await rejectsWith(bob.edit(comment.id, '   ', key()), 'invalid', 'required');
      equal((await alice.comments(post.id)).items[0]?.text, edited.text, 'refused edits change nothing');
    });

    test('nobody but the author edits: not a member, moderator or admin', async ({ alice, bob, mo, ada }) => {
      const post = await alice.post('general', { text: 'Mine' }, key());
      const comment = await alice.comment(post.id, { text: 'Also mine' }, key());
      await rejectsWith(bob.edit(post.id, 'Hijacked', key()), 'forbidden');
      await rejectsWith(mo.edit(post.id, 'Moderated', key()), 'forbidden');
      await rejectsWith(ada.edit(post.id, 'Administered', key()), 'forbidden');
      await rejectsWith(bob.edit(comment.id, 'Hijacked', key()), 'forbidden');
      equal((await bob.get(post.id)).text, 'Mine');
      equal((await bob.get(post.id)).editedAt, undefined);
      equal((await bob.comments(post.id)).items[0]?.text, 'Also mine');
      await rejectsWith(alice.edit('post-unknown', 'text', key()), 'not-found');
    });

    test('an edited post keeps its limits: empty or too long is refused', async ({ alice }) => {
      const post = await alice.post('general', { text: 'Keep me' }, key());
      const error = await rejectsWith(alice.edit(post.id, 'x'.repeat(20_000), key()), 'too-large');
      deepEqual([error.details.field, error.details.limit], ['text', LIMITS.postText]);
      await rejectsWith(alice.edit(post.id, ' \n ', key()), 'invalid', 'required');
      await rejectsWith(alice.edit(post.id, `Hi @[Nobody](p-nobody)`, key()), 'invalid', 'unknown-mention');
      const fresh = await alice.get(post.id);
      equal(fresh.text, 'Keep me');
      equal(fresh.editedAt, undefined);
    });

    test('the author removes a post: gone from list and get, comments with it', async ({ alice, bob }) => {
      const keep = await alice.post('general', { text: 'Keep' }, key());
      const post = await alice.post('general', { text: 'Remove me' }, key());
      const comment = await bob.comment(post.id, { text: 'A comment' }, key());
      await alice.remove(post.id, key());
      deepEqual(idsOf((await bob.list({ channel: 'general' })).items), [keep.id]);
      await rejectsWith(bob.get(post.id), 'not-found');
      await rejectsWith(alice.get(post.id), 'not-found');
      await rejectsWith(bob.comments(post.id), 'not-found');
      await rejectsWith(bob.replies(comment.id), 'not-found');
      await rejectsWith(bob.edit(comment.id, 'Edited', key()), 'not-found');
      await rejectsWith(bob.react(comment.id, 'like', true, key()), 'not-found');
    });

    test('removing twice is a no-op', async ({ alice }) => {
      const post = await alice.post('general', { text: 'Twice' }, key());
      await alice.remove(post.id, key());
      await alice.remove(post.id, key());
      deepEqual((await alice.list({ channel: 'general' })).items, []);
    });

    test('a moderator removes anyone’s post; other members and communications may not', async ({
      alice,
      bob,
      cara,
      mo,
    }) => {
      const post = await alice.post('general', { text: 'Contested' }, key());
      await rejectsWith(bob.remove(post.id, key()), 'forbidden');
      await rejectsWith(cara.remove(post.id, key()), 'forbidden');
      equal((await bob.get(post.id)).id, post.id, 'a refused remove changes nothing');
      await mo.remove(post.id, key());
      await rejectsWith(bob.get(post.id), 'not-found');
    });

    test('a removed post refuses reactions, comments, reports, edits and pins', async ({ alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Soon gone' }, key());
      await alice.remove(post.id, key());
      await rejectsWith(bob.react(post.id, 'like', true, key()), 'not-found');
      await rejectsWith(bob.comment(post.id, { text: 'Too late' }, key()), 'not-found');
      await rejectsWith(bob.report(post.id, 'spam', undefined, key()), 'not-found');
      await rejectsWith(alice.edit(post.id, 'Back?', key()), 'not-found');
      await rejectsWith(mo.pin(post.id, { announcement: false }, key()), 'not-found');
      await rejectsWith(bob.reactors(post.id, 'like'), 'not-found');
    });

    test('removing a comment takes its replies along and lowers the count', async ({ alice, bob, zoe, mo }) => {
      const post = await alice.post('general', { text: 'Thread' }, key());
      const keep = await bob.comment(post.id, { text: 'Keep' }, key());
      const gone = await zoe.comment(post.id, { text: 'Gone' }, key());
      await bob.comment(post.id, { text: 'Reply to gone', parentId: gone.id }, key());
      equal((await alice.get(post.id)).commentCount, 3);
      await rejectsWith(bob.remove(gone.id, key()), 'forbidden');
      await zoe.remove(gone.id, key());
      deepEqual(idsOf((await alice.comments(post.id)).items), [keep.id]);
      equal((await alice.get(post.id)).commentCount, 1);
      await rejectsWith(alice.replies(gone.id), 'not-found');
      await mo.remove(keep.id, key());
      equal((await alice.get(post.id)).commentCount, 0);
      ok((await alice.get(post.id)).id === post.id, 'the post stays');
    });
  });
}
