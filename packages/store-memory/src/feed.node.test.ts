import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ManualClock,
  isPleinError,
  mentionMarkup,
  newIdempotencyKey,
  type ChangeEvent,
  type FeedApi,
  type Notification,
  type PleinStore,
} from '@plein/core';
import { CONTRACT_PEOPLE as P } from '@plein/core/testing';
import { MemoryDb, STORAGE_VERSION } from './index.js';
import { MemoryStorage } from './storage.fixtures.js';

const KEY = 'plein-feed-test';
const HOUR = 3_600_000;
const key = () => ({ idempotencyKey: newIdempotencyKey() });
const turn = () => new Promise((resolve) => setImmediate(resolve));
const feed = (store: PleinStore): FeedApi => store.feed!;
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

function open(storage: MemoryStorage, clock = new ManualClock(), watch?: (onChange: () => void) => () => void) {
  return new MemoryDb({ clock, persist: { key: KEY, storage, ...(watch ? { watch } : {}) } });
}

function seeded(storage = new MemoryStorage(), clock = new ManualClock()) {
  const db = open(storage, clock);
  if (db.isEmpty) db.seed({ people: Object.values(P) });
  return db;
}

async function rejects(promise: Promise<unknown>, code: string, reason?: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isPleinError(error), `expected a PleinError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (reason !== undefined) assert.equal(error.details.reason, reason);
    return true;
  });
}

describe('memory store feed: persistence', () => {
  it('feed data survives a reload: posts, comments, reactions, reports, images, pins, channels, keys', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = seeded(storage, clock);
    first.seed({ people: [], channels: [{ id: 'sales', moderatorIds: [P.zoe.id] }] });
    const [alice, bob, zoe, mo] = [P.alice, P.bob, P.zoe, P.mo].map((person) => feed(first.storeFor(person.id))) as [
      FeedApi,
      FeedApi,
      FeedApi,
      FeedApi,
    ];
    const image = await alice.upload({ blob: new Blob([PNG]), name: 'pixel.png', alt: 'A pixel' }, key());
    const once = key();
    const post = await alice.post(
      'sales',
      { text: `Hi ${mentionMarkup(P.bob)} #Deal`, attachmentIds: [image.id] },
      once,
    );
    const comment = await bob.comment(post.id, { text: 'Nice' }, key());
    const reply = await zoe.comment(post.id, { text: 'Agreed', parentId: comment.id }, key());
    await zoe.react(post.id, 'celebrate', true, key());
    await bob.report(post.id, 'spam', 'Looks like an ad', key());
    await mo.pin(post.id, { announcement: true, until: new Date(clock.now() + HOUR).toISOString() }, key());
    await zoe.moderate(post.id, 'lock', key());
    const hiddenPost = await bob.post('sales', { text: 'Hide me' }, key());
    await zoe.moderate(hiddenPost.id, 'hide', key());
    const gone = await bob.post('sales', { text: 'Remove me' }, key());
    await bob.remove(gone.id, key());
    const before = await alice.get(post.id);
    first.dispose();

    const reloaded = open(storage, clock);
    const again = feed(reloaded.storeFor(P.alice.id));
    assert.deepEqual(await again.get(post.id), before, 'the post as alice saw it, attachment and pin included');
    assert.equal(before.attachments[0]!.url.startsWith('data:image/png;base64,'), true);
    assert.deepEqual(
      (await again.list({ channel: 'sales' })).items.map((p) => p.id),
      [post.id],
      'hidden and removed posts stay out',
    );
    assert.equal((await again.comments(post.id)).items[0]!.replyCount, 1);
    assert.deepEqual(
      (await again.replies(comment.id)).items.map((c) => c.id),
      [reply.id],
    );
    assert.deepEqual((await again.channel('sales')).moderatorIds, [P.zoe.id]);
    const zoeAgain = feed(reloaded.storeFor(P.zoe.id));
    assert.deepEqual(
      (await zoeAgain.queue({})).items.map((item) => [item.entry.id, item.status, item.reports[0]!.note]),
      [[post.id, 'open', 'Looks like an ad']],
    );
    assert.equal((await zoeAgain.get(hiddenPost.id)).hidden?.by, P.zoe.id);
    assert.equal((await again.post('sales', { text: 'ignored' }, once)).id, post.id, 'a retry is still recognised');
    await feed(reloaded.storeFor(P.bob.id)).remove(gone.id, key()); // removing twice stays a no-op
    await rejects(again.post('sales', { text: 'Reuse', attachmentIds: [image.id] }, key()), 'invalid');

    const events: ChangeEvent[] = [];
    reloaded.storeFor(P.bob.id).subscribe({ kind: 'feed', channel: 'sales' }, (event) => events.push(event));
    clock.advance(HOUR);
    await turn();
    assert.deepEqual(
      events.map((e) => [e.type, e.id]),
      [['updated', post.id]],
      'the reloaded db armed the pin end again',
    );
    assert.equal((await again.get(post.id)).pin, undefined);
    reloaded.dispose();
    assert.equal(clock.pendingTimers, 0);
  });

  it('a write the storage refuses (quota) fails as storage-full and changes nothing', async () => {
    const storage = new MemoryStorage();
    const db = seeded(storage);
    const alice = db.storeFor(P.alice.id);
    const kept = await feed(alice).post('general', { text: 'Saved' }, key());
    storage.quota = storage.getItem(KEY)!.length + 2_000;

    const events: ChangeEvent[] = [];
    alice.subscribe({ kind: 'feed', channel: 'general' }, (event) => events.push(event));
    const notes: Notification[] = [];
    db.onNotification((note) => notes.push(note));
    const big = new Uint8Array(3_000);
    big.set(PNG.subarray(0, 16));
    await rejects(feed(alice).upload({ blob: new Blob([big]) }, key()), 'too-large', 'storage-full');
    const long = `${mentionMarkup(P.bob)} ${'x'.repeat(2_500)}`;
    const once = key();
    await rejects(feed(alice).post('general', { text: long }, once), 'too-large', 'storage-full');
    await rejects(feed(db.storeFor(P.bob.id)).comment(kept.id, { text: 'y'.repeat(1_990) }, key()), 'too-large');
    await turn();
    assert.deepEqual(events, [], 'nothing was announced');
    assert.deepEqual(notes, [], 'nobody was told');
    assert.deepEqual(
      (await feed(alice).list({ channel: 'general' })).items.map((p) => [p.id, p.commentCount]),
      [[kept.id, 0]],
      'the data in memory rolled back',
    );

    storage.quota = Infinity;
    const retried = await feed(alice).post('general', { text: long }, once);
    assert.notEqual(retried.id, kept.id, 'the failed key did not stick: the retry writes');
    assert.equal((await feed(alice).list({ channel: 'general' })).items.length, 2);
    const reloaded = open(storage);
    assert.equal((await feed(reloaded.storeFor(P.bob.id)).get(retried.id)).text, long);
    db.dispose();
    reloaded.dispose();
  });

  it("another tab's feed writes are announced: posts, comments, reactions, reports, removals, notifications", async () => {
    const shared = new Map<string, string>();
    const clock = new ManualClock();
    let notifyReader = () => {};
    const writerTab = seeded(new MemoryStorage(shared), clock);
    const readerTab = open(new MemoryStorage(shared), clock, (onChange) => {
      notifyReader = onChange;
      return () => (notifyReader = () => {});
    });
    const channel: ChangeEvent[] = [];
    const moderation: ChangeEvent[] = [];
    const bobsNotes: ChangeEvent[] = [];
    const zoesNotes: ChangeEvent[] = [];
    readerTab.storeFor(P.zoe.id).subscribe({ kind: 'feed', channel: 'general' }, (e) => channel.push(e));
    readerTab.storeFor(P.mo.id).subscribe({ kind: 'moderation' }, (e) => moderation.push(e));
    readerTab.storeFor(P.bob.id).subscribe({ kind: 'notifications' }, (e) => bobsNotes.push(e));
    readerTab.storeFor(P.zoe.id).subscribe({ kind: 'notifications' }, (e) => zoesNotes.push(e));

    const alice = feed(writerTab.storeFor(P.alice.id));
    const bob = feed(writerTab.storeFor(P.bob.id));
    const doomed = await alice.post('general', { text: 'Doomed' }, key());
    notifyReader();
    await turn();
    channel.length = 0;
    const post = await alice.post('general', { text: `For ${mentionMarkup(P.bob)}` }, key());
    const comment = await bob.comment(post.id, { text: 'Thanks' }, key());
    await bob.react(post.id, 'love', true, key());
    await bob.report(doomed.id, 'spam', undefined, key());
    await alice.remove(doomed.id, key());
    notifyReader(); // one storage event for the latest value
    await turn();

    const brief = (events: ChangeEvent[]) => events.map((e) => `${e.type} ${e.id} ${e.postId} ${e.actorId ?? ''}`);
    assert.deepEqual(
      brief(channel),
      [
        `created ${post.id} ${post.id} ${P.alice.id}`,
        `commented ${comment.id} ${post.id} ${P.bob.id}`,
        `reacted ${post.id} ${post.id} ${P.bob.id}`,
        `deleted ${doomed.id} ${doomed.id} ${P.alice.id}`,
      ],
      'every change, in order, with its actor',
    );
    assert.deepEqual(brief(moderation), [
      `reported ${doomed.id} ${doomed.id} ${P.bob.id}`,
      `deleted ${doomed.id} ${doomed.id} ${P.alice.id}`,
    ]);
    assert.deepEqual(
      bobsNotes.map((e) => [e.notification?.kind, e.notification?.entryId]),
      [['mention', post.id]],
    );
    assert.deepEqual(zoesNotes, [], 'notifications reach their person only');
    assert.equal((await feed(readerTab.storeFor(P.zoe.id)).get(post.id)).reactions.counts.love, 1);
    readerTab.dispose();
    writerTab.dispose();
  });

  it('version 1 data (polls only) is migrated: the polls stay, the feed starts empty', async () => {
    const storage = new MemoryStorage();
    const v1 = {
      version: 1,
      seq: 1,
      people: [{ ...P.alice, roles: ['member'] }],
      polls: [
        {
          id: 'poll-1',
          seq: 1,
          question: 'Lunch?',
          options: [
            { id: 'o1', label: 'Pizza', votes: 1 },
            { id: 'o2', label: 'Sushi', votes: 0 },
          ],
          nextOption: 3,
          kind: 'single',
          maxChoices: 1,
          anonymous: false,
          resultsVisibility: 'always',
          createdBy: P.alice.id,
          createdAt: '2026-01-12T08:00:00.000Z',
          updatedAt: '2026-01-12T08:00:00.000Z',
          ballots: [[P.alice.id, ['o1']]],
          voters: [],
          rev: 2,
          change: 'voted',
        },
      ],
      keys: [],
    };
    storage.setItem(KEY, JSON.stringify(v1));
    const db = open(storage);
    const alice = db.storeFor(P.alice.id);
    assert.equal((await alice.polls.get('poll-1')).voterCount, 1);
    assert.deepEqual((await feed(alice).list({ channel: 'general' })).items, []);
    assert.equal(db.hasFeed, false);
    const post = await feed(alice).post('general', { text: 'First post' }, key());
    assert.equal(JSON.parse(storage.getItem(KEY)!).version, STORAGE_VERSION);
    assert.equal((await feed(open(storage).storeFor(P.alice.id)).get(post.id)).text, 'First post');
    db.dispose();
  });
});

describe('memory store feed: notifications', () => {
  it("each person's store hears only their own notifications; db.onNotification hears them all", async () => {
    const db = seeded();
    const heard = new Map<string, Notification[]>();
    for (const person of Object.values(P)) {
      const list: Notification[] = [];
      heard.set(person.id, list);
      db.storeFor(person.id).subscribe({ kind: 'notifications' }, (event) => list.push(event.notification!));
    }
    const all: Notification[] = [];
    const stop = db.onNotification((note) => all.push(note));
    const [alice, bob, zoe, mo] = [P.alice, P.bob, P.zoe, P.mo].map((person) => feed(db.storeFor(person.id))) as [
      FeedApi,
      FeedApi,
      FeedApi,
      FeedApi,
    ];

    const post = await alice.post('general', { text: `${mentionMarkup(P.bob)} ${mentionMarkup(P.zoe)}` }, key());
    const top = await bob.comment(post.id, { text: `Mentioning the author ${mentionMarkup(P.alice)}` }, key());
    await zoe.comment(post.id, { text: 'A reply', parentId: top.id }, key());
    await bob.edit(top.id, `Edited ${mentionMarkup(P.alice)} ${mentionMarkup(P.mo)}`, key());
    await mo.moderate(top.id, 'hide', key());
    await turn();

    const kinds = (id: string) => heard.get(id)!.map((n) => `${n.kind} ${n.actorId}`);
    assert.deepEqual(kinds(P.alice.id), [`mention ${P.bob.id}`], 'a mention of the author replaces the reply notice');
    assert.deepEqual(kinds(P.bob.id), [`mention ${P.alice.id}`, `reply ${P.zoe.id}`, `hidden ${P.mo.id}`]);
    assert.deepEqual(kinds(P.zoe.id), [`mention ${P.alice.id}`]);
    assert.deepEqual(kinds(P.mo.id), [`mention ${P.bob.id}`], 'an edit tells only the newly mentioned');
    assert.deepEqual(heard.get(P.cara.id), []);
    assert.deepEqual(
      all.map((n) => n.id).sort(),
      [...heard.values()]
        .flat()
        .map((n) => n.id)
        .sort(),
      'the hook hears every notification once',
    );
    stop();
    await alice.post('general', { text: mentionMarkup(P.zoe) }, key());
    await turn();
    assert.equal(all.length, 6, 'a stopped hook hears no more');
    db.dispose();
  });
});

describe('memory store feed: 100,000 posts', () => {
  it('seeds 100,000 posts and pages through all of them in order, newest first', async () => {
    const clock = new ManualClock();
    const db = new MemoryDb({ clock });
    const total = 100_000;
    const start = clock.now() - total * 1000;
    // Shuffled input, and pairs of posts in the same second, so order and cursors are really tested.
    const posts = Array.from({ length: total }, (_, i) => {
      const n = (i * 7_919) % total;
      return {
        id: `bulk-${n}`,
        channel: 'general',
        authorId: P.alice.id,
        text: `Post ${n}${n % 100 === 0 ? ' #century' : ''}`,
        createdAt: new Date(start + Math.floor(n / 2) * 2000).toISOString(),
      };
    });
    db.seed({ people: Object.values(P), posts });
    const bob = feed(db.storeFor(P.bob.id));

    /** Posts 2k and 2k+1 share a second: which comes first depends on seeding order, not on k. */
    const pairOf = (text: string) => Math.floor(Number(/^Post (\d+)/.exec(text)![1]) / 2);
    const first = await bob.list({ channel: 'general' }, { limit: 100 });
    assert.equal(first.items.length, 100);
    assert.equal(pairOf(first.items[0]!.text), (total - 2) / 2);
    let cursor = first.next;
    let previous = first.items[first.items.length - 1]!;
    const seen = new Set(first.items.map((p) => p.id));
    let pages = 1;
    while (cursor !== undefined) {
      const page = await bob.list({ channel: 'general' }, { cursor, limit: 100 });
      pages++;
      for (const post of page.items) {
        assert.ok(post.createdAt <= previous.createdAt, 'newest first');
        assert.ok(!seen.has(post.id), `${post.id} once`);
        seen.add(post.id);
        previous = post;
      }
      if (pages === 500) assert.equal(pairOf(page.items[0]!.text), (total - 2 - 499 * 100) / 2, 'a page deep in');
      cursor = page.next;
    }
    assert.equal(pages, 1000);
    assert.equal(seen.size, total);
    assert.equal(pairOf(previous.text), 0, 'the last page ends with the oldest posts');

    const tagged = await bob.list({ channel: 'general', tag: 'century' }, { limit: 100 });
    assert.equal(tagged.items.length, 100);
    assert.equal(tagged.items[0]!.text, `Post ${total - 100} #century`);
    db.dispose();
  });
});
