import { LIMITS } from '../limits.js';
import type { PostDraft } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import { feedSuite, idsOf, key, mention, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

export function feedInputContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: bad input', () => {
    test('an empty or blank post is refused, naming the text', async ({ alice }) => {
      for (const text of ['', '   ', ' \n\t \n ']) {
        const error = await rejectsWith(alice.post('general', { text }, key()), 'invalid', 'required');
        equal(error.details.field, 'text');
      }
      deepEqual((await alice.list({ channel: 'general' })).items, [], 'nothing was posted');
    });

    test('a 20,000-character post is too large; 5,000 fits', async ({ alice }) => {
      const error = await rejectsWith(alice.post('general', { text: 'x'.repeat(20_000) }, key()), 'too-large');
      deepEqual([error.details.field, error.details.limit], ['text', LIMITS.postText]);
      deepEqual((await alice.list({ channel: 'general' })).items, []);
      const longest = await alice.post('general', { text: `  ${'y'.repeat(LIMITS.postText)}  ` }, key());
      equal(longest.text.length, LIMITS.postText, 'the limit counts trimmed text');
    });

    test('a comment over 2,000 characters is too large; a blank one is required text', async ({ alice, bob }) => {
      const post = await alice.post('general', { text: 'Comment on me' }, key());
      const error = await rejectsWith(
        bob.comment(post.id, { text: 'c'.repeat(LIMITS.commentText + 1) }, key()),
        'too-large',
      );
      deepEqual([error.details.field, error.details.limit], ['text', LIMITS.commentText]);
      await rejectsWith(bob.comment(post.id, { text: '  ' }, key()), 'invalid', 'required');
      equal((await bob.get(post.id)).commentCount, 0, 'nothing was saved');
      deepEqual((await bob.comments(post.id)).items, []);
    });

    test('a mention of an unknown person is refused', async ({ alice, bob }) => {
      await rejectsWith(
        alice.post('general', { text: `Hi @[Nobody](p-nobody) and ${mention(P.bob)}` }, key()),
        'invalid',
        'unknown-mention',
      );
      deepEqual((await alice.list({ channel: 'general' })).items, []);
      const post = await alice.post('general', { text: 'Real post' }, key());
      await rejectsWith(bob.comment(post.id, { text: 'cc @[Ghost](p-ghost)' }, key()), 'invalid', 'unknown-mention');
      equal((await bob.get(post.id)).commentCount, 0);
    });

    test('script and HTML are kept verbatim as text', async ({ alice, bob }) => {
      const texts = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'a &amp; b &lt;b&gt; "quoted" \'single\'',
      ];
      const posted: string[] = [];
      for (const text of texts) posted.push((await alice.post('general', { text }, key())).id);
      const seen = (await bob.list({ channel: 'general' })).items;
      deepEqual(
        seen.map((p) => p.text),
        texts.slice().reverse(),
      );
      const comment = await bob.comment(posted[0]!, { text: '<b onclick="x()">bold</b>' }, key());
      equal(comment.text, '<b onclick="x()">bold</b>');
      equal((await alice.comments(posted[0]!)).items[0]?.text, '<b onclick="x()">bold</b>');
    });

    test('a bad channel is refused by post and list', async ({ alice }) => {
      for (const channel of ['', '   ', 'two words', 'tab\there', 'x'.repeat(LIMITS.channel + 1)]) {
        await rejectsWith(
          alice.post(channel, { text: 'Where?' }, key()),
          channel.length > LIMITS.channel ? 'too-large' : 'invalid',
        );
        await rejectsWith(alice.list({ channel }), channel.length > LIMITS.channel ? 'too-large' : 'invalid');
      }
    });

    test('malformed drafts and keys are refused and store nothing', async ({ alice }) => {
      await rejectsWith(alice.post('general', { text: 42 } as unknown as PostDraft, key()), 'invalid');
      await rejectsWith(alice.post('general', null as unknown as PostDraft, key()), 'invalid');
      await rejectsWith(alice.post('general', { text: 'No key' }, { idempotencyKey: '' }), 'invalid');
      deepEqual((await alice.list({ channel: 'general' })).items, []);
    });

    test('bad cursors are refused by every paged call', async ({ alice, bob, mo }) => {
      const post = await alice.post('general', { text: 'Cursor' }, key());
      const comment = await bob.comment(post.id, { text: 'Comment' }, key());
      const bad = { cursor: '!!not-a-cursor!!' };
      await rejectsWith(bob.list({ channel: 'general' }, bad), 'invalid');
      await rejectsWith(bob.comments(post.id, bad), 'invalid');
      await rejectsWith(bob.replies(comment.id, bad), 'invalid');
      await rejectsWith(bob.reactors(post.id, 'like', bad), 'invalid');
      await rejectsWith(mo.queue({}, bad), 'invalid');
      deepEqual(idsOf((await bob.list({ channel: 'general' })).items), [post.id], 'good calls still work');
    });
  });

  describe('feed: failures', () => {
    test('a failed post stores nothing; a retry with the same key creates exactly one', async ({ world, alice }) => {
      const once = key();
      world.faults.failNext('unavailable');
      await rejectsWith(alice.post('general', { text: 'Retry me' }, once), 'unavailable');
      deepEqual((await alice.list({ channel: 'general' })).items, []);
      const post = await alice.post('general', { text: 'Retry me' }, once);
      const again = await alice.post('general', { text: 'Retry me' }, once);
      equal(again.id, post.id);
      deepEqual(idsOf((await alice.list({ channel: 'general' })).items), [post.id]);
    });

    test('a failed reaction changes nothing, and its retry counts once', async ({ world, alice, bob }) => {
      const post = await alice.post('general', { text: 'React' }, key());
      const once = key();
      world.faults.failNext('rate-limited', { retryAfter: 5 });
      const error = await rejectsWith(bob.react(post.id, 'like', true, once), 'rate-limited');
      equal(error.retryAfter, 5);
      deepEqual((await bob.get(post.id)).reactions, { counts: {}, mine: [] });
      await bob.react(post.id, 'like', true, once);
      deepEqual(await bob.react(post.id, 'like', true, once), { counts: { like: 1 }, mine: ['like'] });
    });
  });
}
