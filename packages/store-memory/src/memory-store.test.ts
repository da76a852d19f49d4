// In a real browser, under mocha (Web Test Runner): the contract suite (proving it and the
// memory store need nothing from Node), and persistence through the real localStorage.
import { ManualClock, newIdempotencyKey, type ChangeEvent } from '@plein/core';
import { CONTRACT_PEOPLE, contractSuite, deepEqual, equal, macrotask, rejectsWith } from '@plein/core/testing';
import { MemoryDb, createMemoryStore, type StorageLike } from './index.js';
import { createMemoryWorld } from './world.js';

await contractSuite({ name: 'memory store (browser)', createWorld: () => createMemoryWorld(), describe, it });

const draft = {
  question: 'Lunch?',
  options: ['Pizza', 'Sushi'],
  kind: 'single',
  anonymous: false,
  resultsVisibility: 'always',
} as const;
const key = () => ({ idempotencyKey: newIdempotencyKey() });

describe('memory store (browser): localStorage', () => {
  const storageKey = `plein-browser-test-${Math.random().toString(36).slice(2)}`;
  afterEach(() => localStorage.removeItem(storageKey));

  it('persist keeps the data in localStorage across a reload', async () => {
    const clock = new ManualClock();
    const first = new MemoryDb({ clock, persist: { key: storageKey } });
    first.seed({ people: Object.values(CONTRACT_PEOPLE) });
    const poll = await first.storeFor('p-alice').polls.create({ ...draft, options: [...draft.options] }, key());
    first.dispose();
    equal(typeof localStorage.getItem(storageKey), 'string');
    const reloaded = createMemoryStore({ user: 'p-bob', clock, persist: { key: storageKey } });
    equal((await reloaded.polls.get(poll.id)).question, 'Lunch?');
  });

  it("another tab's write arrives as a storage event and is announced", async () => {
    const clock = new ManualClock();
    const presenterDb = new MemoryDb({ clock, persist: { key: storageKey } });
    presenterDb.seed({ people: Object.values(CONTRACT_PEOPLE) });
    const presenter = presenterDb.storeFor('p-alice');
    const poll = await presenter.polls.create({ ...draft, options: [...draft.options] }, key());
    const events: ChangeEvent[] = [];
    presenter.subscribe({ kind: 'poll', id: poll.id }, (event) => events.push(event));

    // The "other tab": a db on a copy of the data, whose result a same-origin frame writes to
    // localStorage, so this window receives a real `storage` event.
    const copy = new Map([[storageKey, localStorage.getItem(storageKey)!]]);
    const otherTab: StorageLike = { getItem: (k) => copy.get(k) ?? null, setItem: (k, v) => void copy.set(k, v) };
    const voterDb = new MemoryDb({ clock, persist: { key: storageKey, storage: otherTab } });
    await voterDb.storeFor('p-bob').polls.vote(poll.id, [poll.options[0]!.id], key());
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentWindow!.localStorage.setItem(storageKey, copy.get(storageKey)!);
      for (let round = 0; round < 200 && events.length === 0; round++) await macrotask();
      deepEqual(
        events.map((e) => e.type),
        ['voted'],
      );
      equal((await presenter.polls.get(poll.id)).voterCount, 1);
    } finally {
      frame.remove();
      presenterDb.dispose();
      voterDb.dispose();
    }
  });

  it("another tab's feed post arrives as a storage event and is announced", async () => {
    const clock = new ManualClock();
    const readerDb = new MemoryDb({ clock, persist: { key: storageKey } });
    readerDb.seed({ people: Object.values(CONTRACT_PEOPLE) });
    const reader = readerDb.storeFor('p-alice');
    const events: ChangeEvent[] = [];
    reader.subscribe({ kind: 'feed', channel: 'general' }, (event) => events.push(event));

    const copy = new Map([[storageKey, localStorage.getItem(storageKey)!]]);
    const otherTab: StorageLike = { getItem: (k) => copy.get(k) ?? null, setItem: (k, v) => void copy.set(k, v) };
    const writerDb = new MemoryDb({ clock, persist: { key: storageKey, storage: otherTab } });
    const post = await writerDb.storeFor('p-bob').feed!.post('general', { text: 'From the other tab' }, key());
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentWindow!.localStorage.setItem(storageKey, copy.get(storageKey)!);
      for (let round = 0; round < 200 && events.length === 0; round++) await macrotask();
      deepEqual(
        events.map((e) => [e.type, e.id, e.actorId]),
        [['created', post.id, 'p-bob']],
      );
      equal((await reader.feed!.get(post.id)).text, 'From the other tab');
    } finally {
      frame.remove();
      readerDb.dispose();
      writerDb.dispose();
    }
  });

  it('an image too big for the real localStorage fails as storage-full and leaves the data as it was', async () => {
    const db = new MemoryDb({ clock: new ManualClock(), persist: { key: storageKey } });
    db.seed({ people: Object.values(CONTRACT_PEOPLE) });
    const alice = db.storeFor('p-alice').feed!;
    const kept = await alice.post('general', { text: 'Saved' }, key());
    const bytes = new Uint8Array(4 * 1024 * 1024); // 5.6 million base64 characters: over the quota
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const error = await rejectsWith(alice.upload({ blob: new Blob([bytes]) }, key()), 'too-large', 'storage-full');
    equal(error.details.reason, 'storage-full');
    deepEqual(
      (await alice.list({ channel: 'general' })).items.map((p) => p.id),
      [kept.id],
    );
    const again = await alice.post('general', { text: 'Still saving' }, key());
    db.dispose();
    const reloaded = new MemoryDb({ clock: new ManualClock(), persist: { key: storageKey } });
    deepEqual(
      (await reloaded.storeFor('p-bob').feed!.list({ channel: 'general' })).items.map((p) => p.id),
      [again.id, kept.id],
    );
    reloaded.dispose();
  });
});
