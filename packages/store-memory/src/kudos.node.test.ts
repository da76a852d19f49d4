import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ManualClock,
  isPleinError,
  mentionMarkup,
  newIdempotencyKey,
  type ChangeEvent,
  type KudosApi,
  type Notification,
  type PleinStore,
} from '@plein/core';
import { CONTRACT_PEOPLE as P, type SeedData } from '@plein/core/testing';
import { MemoryDb, STORAGE_VERSION } from './index.js';
import { MemoryStorage } from './storage.fixtures.js';

const KEY = 'plein-kudos-test';
const DAY = 86_400_000;
const key = () => ({ idempotencyKey: newIdempotencyKey() });
const turn = () => new Promise((resolve) => setImmediate(resolve));
const kudosOf = (store: PleinStore): KudosApi => store.kudos!;

const VALUES: NonNullable<SeedData['kudosValues']> = [
  { id: 'v-team', name: { en: 'Teamwork', nl: 'Samenwerking' }, description: {}, emoji: '🤝', color: '#0f6cbd' },
  { id: 'v-old', name: { en: 'Legacy' }, description: {}, emoji: '🏛️', color: '#605e5c', archived: true },
];

function open(storage: MemoryStorage, clock = new ManualClock(), watch?: (onChange: () => void) => () => void) {
  return new MemoryDb({ clock, persist: { key: KEY, storage, ...(watch ? { watch } : {}) } });
}

async function seeded(storage = new MemoryStorage(), clock = new ManualClock()) {
  const db = open(storage, clock);
  if (db.isEmpty) await db.seed({ people: Object.values(P), kudosValues: VALUES });
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

describe('memory store kudos: persistence', () => {
  it('kudos survive a reload: values, kudos, reactions, settings, removals and keys', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = await seeded(storage, clock);
    const [alice, bob, cara] = [P.alice, P.bob, P.cara].map((person) => kudosOf(first.storeFor(person.id))) as [
      KudosApi,
      KudosApi,
      KudosApi,
    ];
    const value = await cara.createValue(
      { name: { en: 'Courage', nl: 'Moed' }, description: { en: 'Try it' }, emoji: '🦁', color: '#C50F1F' },
      key(),
    );
    await cara.archiveValue('v-team', true, key());
    await cara.configure({ peopleLeaderboard: true }, key());
    const once = key();
    const given = await alice.give(
      { toIds: [P.bob.id, P.zoe.id], valueId: value.id, message: `Thanks ${mentionMarkup(P.mo)} #launch` },
      once,
    );
    await bob.react(given.id, 'celebrate', true, key());
    const gone = await alice.give({ toIds: [P.bob.id], valueId: value.id, message: 'Oops' }, key());
    await alice.remove(gone.id, key());
    const before = { values: await bob.values(), kudos: await bob.get(given.id), wall: await bob.list({}) };
    first.dispose();

    const reloaded = open(storage, clock);
    const bobAgain = kudosOf(reloaded.storeFor(P.bob.id));
    assert.deepEqual(await bobAgain.values(), before.values, 'values in order, the archived one flagged');
    assert.deepEqual(await bobAgain.get(given.id), before.kudos, 'the kudos with its reaction');
    assert.deepEqual(await bobAgain.list({}), before.wall);
    assert.deepEqual(
      (await bobAgain.list({ personId: P.zoe.id })).items.map((k) => k.id),
      [given.id],
    );
    assert.deepEqual(
      (await bobAgain.list({ valueId: value.id })).items.map((k) => k.id),
      [given.id],
    );
    assert.deepEqual(await bobAgain.settings(), { peopleLeaderboard: true });
    const aliceAgain = kudosOf(reloaded.storeFor(P.alice.id));
    assert.equal((await aliceAgain.give({ toIds: [P.bob.id], valueId: value.id, message: 'x' }, once)).id, given.id);
    await aliceAgain.remove(gone.id, key()); // removing twice stays a no-op
    await rejects(aliceAgain.get(gone.id), 'not-found');
    reloaded.dispose();
  });

  it('a kudos write the storage refuses (quota) fails as storage-full and changes nothing', async () => {
    const storage = new MemoryStorage();
    const db = await seeded(storage);
    const alice = db.storeFor(P.alice.id);
    const kept = await kudosOf(alice).give({ toIds: [P.bob.id], valueId: 'v-team', message: 'Saved' }, key());
    storage.quota = storage.getItem(KEY)!.length + 500;

    const events: ChangeEvent[] = [];
    alice.subscribe({ kind: 'kudos' }, (event) => events.push(event));
    const notes: Notification[] = [];
    db.onNotification((note) => notes.push(note));
    const once = key();
    const long = {
      toIds: [P.bob.id, P.zoe.id],
      valueId: 'v-team',
      message: `${mentionMarkup(P.mo)} ${'x'.repeat(900)}`,
    };
    await rejects(kudosOf(alice).give(long, once), 'too-large', 'storage-full');
    const cara = kudosOf(db.storeFor(P.cara.id));
    const value = { name: { en: 'y'.repeat(40) }, description: { en: 'z'.repeat(200) }, emoji: '🎯', color: '#8764b8' };
    await rejects(cara.createValue({ ...value, name: { ...value.name, nl: 'n'.repeat(40) } }, key()), 'too-large');
    await turn();
    assert.deepEqual(events, [], 'nothing was announced');
    assert.deepEqual(notes, [], 'nobody was told');
    assert.deepEqual(
      (await kudosOf(alice).list({})).items.map((k) => k.id),
      [kept.id],
      'the data in memory rolled back',
    );
    assert.equal((await kudosOf(alice).values()).length, VALUES.length);

    storage.quota = Infinity;
    const retried = await kudosOf(alice).give(long, once);
    assert.notEqual(retried.id, kept.id, 'the failed key did not stick: the retry writes');
    const reloaded = open(storage);
    assert.equal((await kudosOf(reloaded.storeFor(P.bob.id)).get(retried.id)).message, long.message);
    db.dispose();
    reloaded.dispose();
  });

  it("another tab's kudos writes are announced: given, reacted, removed, configured, notifications", async () => {
    const shared = new Map<string, string>();
    const clock = new ManualClock();
    let notifyReader = () => {};
    const writerTab = await seeded(new MemoryStorage(shared), clock);
    const readerTab = open(new MemoryStorage(shared), clock, (onChange) => {
      notifyReader = onChange;
      return () => (notifyReader = () => {});
    });
    const wall: ChangeEvent[] = [];
    const bobsNotes: Notification[] = [];
    const mosNotes: Notification[] = [];
    readerTab.storeFor(P.zoe.id).subscribe({ kind: 'kudos' }, (e) => wall.push(e));
    readerTab.storeFor(P.bob.id).subscribe({ kind: 'notifications' }, (e) => bobsNotes.push(e.notification!));
    readerTab.storeFor(P.mo.id).subscribe({ kind: 'notifications' }, (e) => mosNotes.push(e.notification!));

    const alice = kudosOf(writerTab.storeFor(P.alice.id));
    const given = await alice.give(
      { toIds: [P.bob.id], valueId: 'v-team', message: `With ${mentionMarkup(P.mo)}` },
      key(),
    );
    await kudosOf(writerTab.storeFor(P.zoe.id)).react(given.id, 'love', true, key());
    await alice.remove(given.id, key());
    await kudosOf(writerTab.storeFor(P.cara.id)).archiveValue('v-team', true, key());
    await kudosOf(writerTab.storeFor(P.ada.id)).configure({ peopleLeaderboard: true }, key());
    notifyReader(); // one storage event for the latest value
    await turn();

    assert.deepEqual(
      wall.map((e) => [e.type, e.id, e.actorId]),
      [
        ['created', given.id, P.alice.id],
        ['reacted', given.id, P.zoe.id],
        ['deleted', given.id, P.alice.id],
        ['configured', 'v-team', P.cara.id],
        ['configured', 'settings', P.ada.id],
      ],
      'every change, in order, with its actor',
    );
    assert.deepEqual(
      bobsNotes.map((n) => [n.kind, n.entryId, n.actorId, n.postId]),
      [['kudos', given.id, P.alice.id, undefined]],
    );
    assert.deepEqual(
      mosNotes.map((n) => [n.kind, n.entryId]),
      [['mention', given.id]],
    );
    readerTab.dispose();
    writerTab.dispose();
  });

  it('version 2 data (no kudos) is migrated: everything stays, the kudos start empty', async () => {
    const storage = new MemoryStorage();
    const entry = { seq: 2, mentions: [], hashtags: [], reactions: [], reports: [], review: 'open' };
    const v2 = {
      version: 2,
      seq: 2,
      people: [P.alice, P.bob].map((person) => ({ ...person, roles: ['member'] })),
      polls: [],
      keys: [],
      channels: [],
      posts: [
        {
          ...entry,
          id: 'post-1',
          channel: 'general',
          authorId: P.alice.id,
          text: 'Hello',
          createdAt: '2026-01-12T08:00:00.000Z',
          // Version 2 kept revisions on each record for other tabs; version 3 leaves them unread.
          rev: 1,
          change: 'created',
          changedBy: P.alice.id,
          kind: 'post',
          attachmentIds: [],
          commentsLocked: false,
        },
      ],
      comments: [],
      uploads: [],
      removed: [],
      notifications: [
        {
          id: 'note-1',
          personId: P.bob.id,
          kind: 'mention',
          actorId: P.alice.id,
          entryId: 'post-1',
          postId: 'post-1',
          channel: 'general',
          at: '2026-01-12T08:00:00.000Z',
        },
      ],
    };
    storage.setItem(KEY, JSON.stringify(v2));
    const db = open(storage);
    assert.equal(db.hasKudos, false);
    const bob = db.storeFor(P.bob.id);
    assert.equal((await bob.feed!.get('post-1')).text, 'Hello');
    assert.deepEqual(await kudosOf(bob).values(), []);
    assert.deepEqual(await kudosOf(bob).list({}), { items: [] });
    assert.deepEqual(await kudosOf(bob).settings(), { peopleLeaderboard: false });

    db.seed({ people: [], kudosValues: VALUES });
    const given = await kudosOf(bob).give({ toIds: [P.alice.id], valueId: 'v-team', message: 'Thanks' }, key());
    assert.equal(JSON.parse(storage.getItem(KEY)!).version, STORAGE_VERSION);
    const reloaded = open(storage);
    assert.equal((await kudosOf(reloaded.storeFor(P.alice.id)).get(given.id)).message, 'Thanks');
    assert.equal((await reloaded.storeFor(P.alice.id).feed!.get('post-1')).text, 'Hello');
    db.dispose();
    reloaded.dispose();
  });

  it('a save changed by hand is ignored, never misread', async () => {
    const storage = new MemoryStorage();
    const db = await seeded(storage);
    await kudosOf(db.storeFor(P.alice.id)).give({ toIds: [P.bob.id], valueId: 'v-team', message: 'Hi' }, key());
    db.dispose();
    storage.setItem(KEY, storage.getItem(KEY)!.replace('"message":"Hi"', '"message":7'));
    const edited = open(storage);
    assert.equal(edited.isEmpty, true);
    edited.dispose();
  });
});

describe('memory store kudos: 100,000 kudos', () => {
  it('pages a value, a person and a department through the whole wall, newest first', async () => {
    const clock = new ManualClock();
    const db = new MemoryDb({ clock });
    const total = 100_000;
    const start = clock.now() - total * 1000;
    const people = Object.values(P);
    // Shuffled input; every 1,000th kudos is for a rare value, to zoe (Sales) and bob.
    const kudos = Array.from({ length: total }, (_, i) => {
      const n = (i * 7_919) % total;
      const rare = n % 1000 === 0;
      return {
        id: `bulk-${n}`,
        fromId: people[n % 3]!.id,
        toIds: rare ? [P.zoe.id, P.bob.id] : [people[3 + (n % 2)]!.id],
        valueId: rare ? 'v-old' : 'v-team',
        message: `Kudos ${n}`,
        createdAt: new Date(start + n * 1000).toISOString(),
      };
    });
    db.seed({ people, kudosValues: VALUES, kudos });
    const bob = kudosOf(db.storeFor(P.bob.id));

    const all = async (query: Parameters<KudosApi['list']>[0]) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await bob.list(query, { cursor, limit: 30 });
        ids.push(...page.items.map((k) => k.id));
        cursor = page.next;
      } while (cursor !== undefined);
      return ids;
    };
    const rare = Array.from({ length: total / 1000 }, (_, i) => `bulk-${total - 1000 * (i + 1)}`);
    assert.deepEqual(await all({ valueId: 'v-old' }), rare, 'the rare value, newest first');
    assert.deepEqual(await all({ personId: P.zoe.id }), rare, 'what zoe received');
    assert.deepEqual(await all({ department: 'Sales' }), rare, 'what Sales received');
    assert.deepEqual(await all({ personId: P.zoe.id, valueId: 'v-team' }), []);
    const given = await bob.list({ personId: P.alice.id, direction: 'given' }, { limit: 2 });
    assert.deepEqual(
      given.items.map((k) => k.id),
      [`bulk-${total - 1}`, `bulk-${total - 4}`],
    );

    const week = await bob.leaderboard({
      by: 'value',
      from: new Date(clock.now() - DAY).toISOString(),
      to: new Date(clock.now()).toISOString(),
    });
    assert.deepEqual(week, [
      { id: 'v-team', count: 86_314 },
      { id: 'v-old', count: 86 },
    ]);
    db.dispose();
  });
});
