import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, newIdempotencyKey, type ChangeEvent, type PollDraft } from '@plein/core';
import { CONTRACT_PEOPLE } from '@plein/core/testing';
import { MemoryDb, STORAGE_VERSION, createMemoryStore, type StorageLike } from './index.js';

const KEY = 'plein-test';
const HOUR = 3_600_000;
const key = () => ({ idempotencyKey: newIdempotencyKey() });
const draft = (patch: Partial<PollDraft> = {}): PollDraft => ({
  question: 'Lunch?',
  options: ['Pizza', 'Sushi'],
  kind: 'single',
  anonymous: false,
  resultsVisibility: 'always',
  ...patch,
});
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** localStorage's behaviour, in memory. Two handles may share one backing map, like two tabs. */
class MemoryStorage implements StorageLike {
  writes = 0;
  constructor(readonly data = new Map<string, string>()) {}
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    this.data.set(key, value);
  }
}

function open(storage: StorageLike, clock = new ManualClock(), watch?: (onChange: () => void) => () => void) {
  return new MemoryDb({ clock, persist: { key: KEY, storage, ...(watch ? { watch } : {}) } });
}

function seeded(storage: StorageLike, clock = new ManualClock()) {
  const db = open(storage, clock);
  if (db.isEmpty) db.seed({ people: Object.values(CONTRACT_PEOPLE) });
  return db;
}

describe('memory store persistence', () => {
  it('data survives a reload: people, polls, votes, deadlines and idempotency keys', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = seeded(storage, clock);
    const once = key();
    const poll = await first
      .storeFor('p-alice')
      .polls.create(draft({ closesAt: new Date(clock.now() + HOUR).toISOString() }), once);
    await first.storeFor('p-bob').polls.vote(poll.id, [poll.options[1]!.id], key());
    first.dispose();

    const reloaded = open(storage, clock);
    assert.equal(reloaded.isEmpty, false);
    const alice = reloaded.storeFor('p-alice');
    assert.equal((await alice.me()).displayName, CONTRACT_PEOPLE.alice.displayName);
    const again = await alice.polls.get(poll.id);
    assert.deepEqual({ ...again, viewer: undefined }, { ...poll, voterCount: 1, viewer: undefined });
    assert.deepEqual((await reloaded.storeFor('p-bob').polls.get(poll.id)).viewer.choice, [poll.options[1]!.id]);
    assert.equal((await alice.polls.create(draft(), once)).id, poll.id, 'a retry after the reload is still recognised');
    assert.equal((await alice.polls.listMine()).items.length, 1);

    const events: ChangeEvent[] = [];
    alice.subscribe({ kind: 'poll', id: poll.id }, (event) => events.push(event));
    clock.advance(HOUR);
    await turn();
    assert.deepEqual(
      events.map((e) => e.type),
      ['closed'],
      'the reloaded db set the deadline timer again',
    );
    reloaded.dispose();
  });

  it('stores anonymous votes as a tally and a sorted list of voters, unlinked', async () => {
    const storage = new MemoryStorage();
    const db = seeded(storage);
    const poll = await db.storeFor('p-alice').polls.create(draft({ anonymous: true }), key());
    await db.storeFor('p-zoe').polls.vote(poll.id, [poll.options[0]!.id], key());
    await db.storeFor('p-bob').polls.vote(poll.id, [poll.options[1]!.id], key());
    const stored = JSON.parse(storage.getItem(KEY)!) as {
      polls: { id: string; ballots: unknown[]; voters: string[]; options: { votes: number }[] }[];
    };
    const record = stored.polls.find((p) => p.id === poll.id)!;
    assert.deepEqual(record.ballots, []);
    assert.deepEqual(record.voters, ['p-bob', 'p-zoe'], 'sorted, not in voting order');
    assert.deepEqual(
      record.options.map((o) => o.votes),
      [1, 1],
    );
    db.dispose();
  });

  for (const [what, raw] of [
    ['corrupt JSON', '{"version": 1, "people": ['],
    ['an unknown older version', JSON.stringify({ version: 0, seq: 0, people: [], polls: [], keys: [] })],
    ['a newer version', JSON.stringify({ version: STORAGE_VERSION + 1, seq: 0, people: [], polls: [], keys: [] })],
    ['the wrong shape', JSON.stringify({ version: STORAGE_VERSION, seq: 0, people: [{ id: 7 }], polls: [], keys: [] })],
    [
      'version 2 without its feed',
      JSON.stringify({ version: STORAGE_VERSION, seq: 0, people: [], polls: [], keys: [] }),
    ],
    ['not an object', '"hello"'],
  ] as const) {
    it(`ignores ${what} safely and replaces it on the next write`, async () => {
      const storage = new MemoryStorage();
      storage.setItem(KEY, raw);
      const db = open(storage);
      assert.equal(db.isEmpty, true);
      db.seed({ people: Object.values(CONTRACT_PEOPLE) });
      const poll = await db.storeFor('p-alice').polls.create(draft(), key());
      db.dispose();
      assert.equal(JSON.parse(storage.getItem(KEY)!).version, STORAGE_VERSION);
      const reloaded = open(storage);
      assert.equal((await reloaded.storeFor('p-bob').polls.get(poll.id)).id, poll.id);
      reloaded.dispose();
    });
  }

  it('keeps working in memory when storage refuses to read or write', async () => {
    const broken: StorageLike = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createMemoryStore({
      user: 'p-alice',
      persist: { key: KEY, storage: broken },
      seed: { people: Object.values(CONTRACT_PEOPLE) },
    });
    const poll = await store.polls.create(draft(), key());
    assert.equal((await store.polls.get(poll.id)).id, poll.id);
  });

  it('two stores on one storage in the same page stay in step, with change events', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const voterTab = seeded(storage, clock);
    const presenterTab = open(storage, clock);
    const presenter = presenterTab.storeFor('p-alice');
    const poll = await presenter.polls.create(draft(), key());

    const events: ChangeEvent[] = [];
    presenter.subscribe({ kind: 'poll', id: poll.id }, (event) => events.push(event));
    await voterTab.storeFor('p-bob').polls.vote(poll.id, [poll.options[0]!.id], key());
    await turn();
    assert.deepEqual(
      events.map((e) => e.type),
      ['voted'],
    );
    assert.equal((await presenter.polls.get(poll.id)).voterCount, 1);

    // Writes in turn build on each other: nothing is lost to a stale copy.
    await presenter.polls.vote(poll.id, [poll.options[1]!.id], key());
    await voterTab.storeFor('p-cara').polls.vote(poll.id, [poll.options[1]!.id], key());
    const results = await presenter.polls.results(poll.id);
    assert.ok(results.visible);
    assert.deepEqual(
      results.options.map((o) => o.votes),
      [1, 2],
    );
    voterTab.dispose();
    presenterTab.dispose();
  });

  it("another tab's write arrives through watch (storage events) and is announced", async () => {
    const shared = new Map<string, string>();
    const clock = new ManualClock();
    // Separate handles on shared data, as two tabs have: only `watch` connects them.
    let notifyPresenter = () => {};
    const voterTab = seeded(new MemoryStorage(shared), clock);
    const presenterTab = open(new MemoryStorage(shared), clock, (onChange) => {
      notifyPresenter = onChange;
      return () => (notifyPresenter = () => {});
    });
    const poll = await presenterTab.storeFor('p-alice').polls.create(draft(), key());
    const events: ChangeEvent[] = [];
    presenterTab.storeFor('p-alice').subscribe({ kind: 'polls' }, (event) => events.push(event));

    const other = await voterTab.storeFor('p-bob').polls.create(draft({ question: 'Coffee?' }), key());
    await voterTab.storeFor('p-bob').polls.vote(poll.id, [poll.options[0]!.id], key());
    notifyPresenter(); // the browser fires one storage event for the latest value
    await turn();
    assert.deepEqual(events.map((e) => `${e.type}:${e.id}`).sort(), [`created:${other.id}`, `voted:${poll.id}`].sort());
    presenterTab.dispose();
    notifyPresenter();
    voterTab.dispose();
  });

  it('does not write while only reading', async () => {
    const storage = new MemoryStorage();
    const db = seeded(storage);
    const alice = db.storeFor('p-alice');
    const poll = await alice.polls.create(draft(), key());
    const before = storage.writes;
    await alice.polls.get(poll.id);
    await alice.polls.results(poll.id);
    await alice.polls.listMine();
    await alice.people.search('bob');
    assert.equal(storage.writes, before);
    db.dispose();
  });
});
