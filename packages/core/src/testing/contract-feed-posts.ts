import type { EntryViewer } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { allPages, feedSuite, idsOf, key, mention, nowIso, type SuiteContext } from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

const viewer = (patch: Partial<EntryViewer> = {}): EntryViewer => ({
  canEdit: false,
  canDelete: false,
  canReport: true,
  reported: false,
  canModerate: false,
  canPin: false,
  ...patch,
});

export function feedPostsContract(context: SuiteContext): void {
  const { describe, test, capabilities } = feedSuite(context);

  describe('feed: posts and paging', () => {
    test('post returns the post as its author sees it', async ({ world, alice }) => {
      const text = `  Lunch with ${mention(P.bob)} at the Cafe\u0301 #Lunch #Friday \n  `;
      const post = await alice.post('general', { text }, key());
      equal(post.kind, 'post');
      equal(post.channel, 'general');
      equal(post.text, `Lunch with ${mention(P.bob)} at the Caf\u00e9 #Lunch #Friday`, 'trimmed and NFC');
      equal(post.authorId, P.alice.id);
      equal(post.createdAt, nowIso(world), 'createdAt comes from the clock');
      equal(post.editedAt, undefined);
      deepEqual(post.mentions, [P.bob.id]);
      deepEqual(post.hashtags, ['lunch', 'friday']);
      deepEqual(post.reactions, { counts: {}, mine: [] });
      deepEqual(post.attachments, []);
      equal(post.commentCount, 0);
      equal(post.commentsLocked, false);
      equal(post.pin, undefined);
      equal(post.hidden, undefined);
      deepEqual(post.viewer, viewer({ canEdit: true, canDelete: true, canReport: false }));
    });

    test('each role sees its own rights on a post', async ({ alice, bob, mo, cara, ada }) => {
      const post = await alice.post('general', { text: 'Rights check' }, key());
      deepEqual((await bob.get(post.id)).viewer, viewer(), 'a member may only report');
      deepEqual(
        (await mo.get(post.id)).viewer,
        viewer({ canDelete: true, canModerate: true, canPin: true }),
        'a site moderator',
      );
      deepEqual((await cara.get(post.id)).viewer, viewer({ canPin: true }), 'communications may pin');
      deepEqual(
        (await ada.get(post.id)).viewer,
        viewer({ canDelete: true, canModerate: true, canPin: true }),
        'an admin moderates every channel',
      );
    });

    test('channel() names any channel, with the viewer’s rights in it', async ({ alice, mo, cara }) => {
      deepEqual(await alice.channel('brand-new'), {
        id: 'brand-new',
        moderatorIds: [],
        viewer: { canPost: true, canModerate: false, canPin: false },
      });
      deepEqual((await mo.channel('brand-new')).viewer, { canPost: true, canModerate: true, canPin: true });
      deepEqual((await cara.channel('brand-new')).viewer, { canPost: true, canModerate: false, canPin: true });
    });

    test('list is newest first and shows the same posts to everyone', async ({ world, alice, bob, zoe }) => {
      const first = await alice.post('general', { text: 'First' }, key());
      world.clock.advance(1000);
      const second = await bob.post('general', { text: 'Second' }, key());
      world.clock.advance(1000);
      const third = await alice.post('general', { text: 'Third' }, key());
      const page = await zoe.list({ channel: 'general' });
      deepEqual(idsOf(page.items), [third.id, second.id, first.id]);
      deepEqual(
        page.items.map((p) => p.text),
        ['Third', 'Second', 'First'],
      );
      equal(page.next, undefined, 'one page holds them all');
      equal(page.items[1]!.authorId, P.bob.id);
      equal(page.items[1]!.viewer.canReport, true, 'viewer flags are zoe’s');
    });

    test('list pages with limit and cursor, unmoved by posts arriving meanwhile', async ({ world, alice, bob }) => {
      const created: string[] = [];
      for (let i = 0; i < 7; i++) {
        created.push((await alice.post('general', { text: `Post ${i + 1}` }, key())).id);
        world.clock.advance(1000);
      }
      const first = await bob.list({ channel: 'general' }, { limit: 3 });
      deepEqual(idsOf(first.items), created.slice(4).reverse());
      ok(first.next, 'a partial list has a next cursor');
      // Two new posts arrive while bob reads: they must not shift his later pages.
      await alice.post('general', { text: 'Newer 1' }, key());
      world.clock.advance(1000);
      await alice.post('general', { text: 'Newer 2' }, key());
      const second = await bob.list({ channel: 'general' }, { cursor: first.next, limit: 3 });
      deepEqual(idsOf(second.items), created.slice(1, 4).reverse());
      ok(second.next, 'one post is left');
      const third = await bob.list({ channel: 'general' }, { cursor: second.next, limit: 3 });
      deepEqual(idsOf(third.items), [created[0]]);
      equal(third.next, undefined, 'the last page has no cursor');
      equal((await bob.list({ channel: 'general' })).items.length, 9, 'a fresh list starts with the new posts');
    });

    test('posts made in the same instant page without duplicates or gaps', async ({ alice }) => {
      const created = new Set<string>();
      for (let i = 0; i < 9; i++) created.add((await alice.post('general', { text: `Same time ${i}` }, key())).id);
      const { items, sizes } = await allPages((page) => alice.list({ channel: 'general' }, page), 2);
      deepEqual(sizes, [2, 2, 2, 2, 1]);
      equal(new Set(idsOf(items)).size, 9, 'no duplicates');
      ok(
        items.every((p) => created.has(p.id)),
        'only the posts made',
      );
    });

    test('list clamps the page size and refuses a bad cursor or limit', async ({ alice }) => {
      for (let i = 0; i < 12; i++) await alice.post('general', { text: `Post ${i}` }, key());
      const all = await alice.list({ channel: 'general' }, { limit: 100_000 });
      equal(all.items.length, Math.min(12, capabilities.maxPageSize), 'no page beyond maxPageSize');
      const small = await alice.list({ channel: 'general' }, { limit: 5 });
      equal(small.items.length, 5);
      ok(small.next, 'a partial list has a next cursor');
      await rejectsWith(alice.list({ channel: 'general' }, { cursor: '!!not-a-cursor!!' }), 'invalid');
      await rejectsWith(alice.list({ channel: 'general' }, { limit: 0 }), 'invalid');
    });

    test('channels are isolated', async ({ alice, bob }) => {
      const general = await alice.post('general', { text: 'In general' }, key());
      const hr = await alice.post('hr', { text: 'In hr' }, key());
      deepEqual(idsOf((await bob.list({ channel: 'general' })).items), [general.id]);
      deepEqual(idsOf((await bob.list({ channel: 'hr' })).items), [hr.id]);
      deepEqual((await bob.list({ channel: 'empty-channel' })).items, []);
    });

    test('a page channel named after its URL works like any other', async ({ alice, bob }) => {
      const channel = 'page:https://intranet.example.org/news/2026/welcome.aspx?lang=nl#top';
      const post = await alice.post(channel, { text: 'Great article' }, key());
      equal(post.channel, channel);
      deepEqual(idsOf((await bob.list({ channel })).items), [post.id]);
      equal((await bob.get(post.id)).channel, channel);
      deepEqual((await bob.list({ channel: 'page:https://intranet.example.org/news/2026/other.aspx' })).items, []);
      equal((await bob.channel(channel)).id, channel);
    });

    test('get returns one post, and not-found for an unknown id', async ({ alice, bob }) => {
      const post = await alice.post('general', { text: 'Hello' }, key());
      const seen = await bob.get(post.id);
      equal(seen.id, post.id);
      equal(seen.text, 'Hello');
      equal(seen.authorId, P.alice.id);
      await rejectsWith(bob.get('post-unknown'), 'not-found');
    });

    test('returned posts are copies', async ({ alice }) => {
      const post = await alice.post('general', { text: 'Original #tag' }, key());
      post.text = 'Changed';
      post.hashtags.push('sneaky');
      post.viewer.canEdit = false;
      const fresh = await alice.get(post.id);
      equal(fresh.text, 'Original #tag');
      deepEqual(fresh.hashtags, ['tag']);
      equal(fresh.viewer.canEdit, true);
    });
  });

  describe('feed: idempotency', () => {
    test('the same key twice creates one post', async ({ alice, bob }) => {
      const once = key();
      const first = await alice.post('general', { text: 'Once' }, once);
      const again = await alice.post('general', { text: 'Once' }, once);
      equal(again.id, first.id);
      equal((await alice.list({ channel: 'general' })).items.length, 1);
      const bobs = await bob.post('general', { text: 'Once' }, once);
      ok(bobs.id !== first.id, 'keys belong to the person who sent them');
      equal((await alice.list({ channel: 'general' })).items.length, 2);
    });

    test('the same key twice creates one comment; reused on another post it is a conflict', async ({ alice, bob }) => {
      const post = await alice.post('general', { text: 'Comment here' }, key());
      const other = await alice.post('general', { text: 'Not here' }, key());
      const once = key();
      const first = await bob.comment(post.id, { text: 'Agreed' }, once);
      const again = await bob.comment(post.id, { text: 'Agreed' }, once);
      equal(again.id, first.id);
      equal((await bob.comments(post.id)).items.length, 1);
      equal((await bob.get(post.id)).commentCount, 1);
      await rejectsWith(bob.comment(other.id, { text: 'Agreed' }, once), 'conflict');
      deepEqual((await bob.comments(other.id)).items, [], 'the reused key wrote nothing');
    });
  });

  describe('feed: seeded data', () => {
    test('seeded posts read back through the API, ordered by createdAt', async ({ world, alice, mo }) => {
      const at = (minutes: number) => new Date(world.clock.now() - minutes * 60_000).toISOString();
      await world.seed({
        people: [],
        channels: [{ id: 'sales', moderatorIds: [P.zoe.id] }],
        posts: [
          {
            id: 'seed-new',
            channel: 'sales',
            authorId: P.bob.id,
            text: 'Newest #deal',
            createdAt: at(1),
            reactions: [
              { by: P.alice.id, reaction: 'like' },
              { by: P.zoe.id, reaction: 'like' },
            ],
            pin: { announcement: true, by: P.cara.id },
            commentsLocked: true,
          },
          {
            id: 'seed-old',
            channel: 'sales',
            authorId: P.zoe.id,
            text: 'Oldest',
            createdAt: at(30),
            comments: [
              { id: 'seed-c1', authorId: P.alice.id, text: 'First comment', createdAt: at(20) },
              { id: 'seed-r1', authorId: P.bob.id, text: 'A reply', createdAt: at(10), parentId: 'seed-c1' },
            ],
            reports: [{ by: P.bob.id, reason: 'off-topic' }],
          },
          {
            id: 'seed-gone',
            channel: 'sales',
            authorId: P.zoe.id,
            text: 'Hidden',
            createdAt: at(5),
            hidden: { by: P.mo.id },
          },
        ],
      });
      const page = await alice.list({ channel: 'sales' });
      deepEqual(idsOf(page.items), ['seed-new', 'seed-old'], 'newest first, hidden left out');
      const fresh = page.items[0]!;
      const old = page.items[1]!;
      deepEqual(fresh.reactions, { counts: { like: 2 }, mine: ['like'] });
      deepEqual(fresh.hashtags, ['deal']);
      equal(fresh.commentsLocked, true);
      equal(fresh.pin?.announcement, true);
      equal(fresh.pin?.by, P.cara.id);
      equal(old.commentCount, 2);
      deepEqual(idsOf((await alice.comments('seed-old')).items), ['seed-c1']);
      deepEqual(idsOf((await alice.replies('seed-c1')).items), ['seed-r1']);
      deepEqual(idsOf(await alice.pinned('sales')), ['seed-new']);
      deepEqual((await alice.channel('sales')).moderatorIds, [P.zoe.id]);
      const queue = await mo.queue({ channel: 'sales', status: 'open' });
      deepEqual(
        queue.items.map((item) => [item.entry.id, item.reports.map((r) => [r.by, r.reason])]),
        [['seed-old', [[P.bob.id, 'off-topic']]]],
      );
      equal((await mo.get('seed-gone')).hidden?.by, P.mo.id);
    });
  });
}
