import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, isPleinError, newIdempotencyKey, type ChangeEvent, type PollDraft } from '@plein/core';
import { CONTRACT_PEOPLE, contractSuite } from '@plein/core/testing';
import { MemoryDb, createMemoryStore } from './index.js';
import { createMemoryWorld } from './world.js';

await contractSuite({ name: 'memory store', createWorld: () => createMemoryWorld(), describe, it });

const DAY = 86_400_000;
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

function setup() {
  const clock = new ManualClock();
  const db = new MemoryDb({ clock });
  db.seed({ people: Object.values(CONTRACT_PEOPLE) });
  return { clock, db, alice: db.storeFor('p-alice'), bob: db.storeFor('p-bob') };
}

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isPleinError(error), `expected a PleinError, got ${String(error)}`);
    assert.equal(error.code, code);
    return true;
  });
}

describe('memory store: beyond the contract', () => {
  it('reports its capabilities and lets everyone create polls, managers manage kudos and onboarding and see insights', async () => {
    const { db, alice } = setup();
    assert.deepEqual(alice.capabilities, {
      features: ['polls', 'feed', 'kudos', 'onboarding', 'insights'],
      anonymousPolls: true,
      sealedResults: true,
      liveUpdates: 'push',
      maxPageSize: 100,
    });
    assert.deepEqual((await alice.me()).can, {
      createPolls: true,
      manageKudos: false,
      manageOnboarding: false,
      viewInsights: false,
    });
    for (const manager of [CONTRACT_PEOPLE.cara, CONTRACT_PEOPLE.ada]) {
      const { can } = await db.storeFor(manager.id).me();
      assert.deepEqual(
        [can.manageKudos, can.manageOnboarding, can.viewInsights],
        [true, true, true],
        `${manager.id} manages all three`,
      );
    }
  });

  it('refuses someone who is not among its people', async () => {
    const { db } = setup();
    const stranger = db.storeFor('p-stranger');
    await rejects(stranger.me(), 'unauthenticated');
    await rejects(stranger.polls.create(draft(), key()), 'unauthenticated');
  });

  it('keeps one timer per deadline and none after closing or disposing', async () => {
    const { clock, db, alice } = setup();
    const poll = await alice.polls.create(draft({ closesAt: new Date(clock.now() + DAY).toISOString() }), key());
    await alice.polls.create(draft({ closesAt: new Date(clock.now() + 2 * DAY).toISOString() }), key());
    assert.equal(clock.pendingTimers, 2);
    await alice.polls.close(poll.id, key());
    assert.equal(clock.pendingTimers, 1);
    db.dispose();
    assert.equal(clock.pendingTimers, 0);
    await rejects(alice.polls.get(poll.id), 'unavailable');
  });

  it('reaches deadlines beyond the longest setTimeout delay in steps', async () => {
    const { clock, alice } = setup();
    const poll = await alice.polls.create(draft({ closesAt: new Date(clock.now() + 60 * DAY).toISOString() }), key());
    const events: ChangeEvent[] = [];
    alice.subscribe({ kind: 'poll', id: poll.id }, (event) => events.push(event));
    clock.advance(30 * DAY);
    await turn();
    assert.equal(events.length, 0);
    assert.equal((await alice.polls.get(poll.id)).status, 'open');
    clock.advance(30 * DAY);
    await turn();
    assert.deepEqual(
      events.map((e) => e.type),
      ['closed'],
    );
    assert.equal(clock.pendingTimers, 0);
  });

  it('an unsubscribe takes effect for events already on their way', async () => {
    const { alice, bob } = setup();
    const poll = await alice.polls.create(draft(), key());
    const seen: ChangeEvent[] = [];
    const stop = alice.subscribe({ kind: 'poll', id: poll.id }, (event) => seen.push(event));
    const voting = bob.polls.vote(poll.id, [poll.options[0]!.id], key());
    stop(); // the vote ran synchronously; its event waits in a microtask
    await voting;
    await turn();
    assert.deepEqual(seen, []);
  });

  it('a public vote may move between options; the tally never goes negative', async () => {
    const { alice, bob } = setup();
    const poll = await alice.polls.create(draft({ kind: 'multiple' }), key());
    const [a, b] = poll.options.map((o) => o.id) as [string, string];
    await bob.polls.vote(poll.id, [a, b], key());
    await bob.polls.vote(poll.id, [b], key());
    await bob.polls.vote(poll.id, [a], key());
    const results = await alice.polls.results(poll.id);
    assert.ok(results.visible);
    assert.deepEqual(results.options, [
      { optionId: a, votes: 1 },
      { optionId: b, votes: 0 },
    ]);
  });

  it('an edit keeps the ids of unchanged options and never reuses an old one', async () => {
    const { alice } = setup();
    const poll = await alice.polls.create(draft({ options: ['Pizza', 'Sushi', 'Soup'] }), key());
    const updated = await alice.polls.update(poll.id, draft({ options: ['Soup', 'Salad'] }), key());
    const soup = poll.options.find((o) => o.label === 'Soup')!.id;
    assert.equal(updated.options[0]!.id, soup);
    const salad = updated.options[1]!.id;
    assert.ok(!poll.options.some((o) => o.id === salad), 'a new option gets a new id');
  });

  it('a reused key for another poll is a conflict, not a silent replay', async () => {
    const { alice, bob } = setup();
    const first = await alice.polls.create(draft(), key());
    const second = await alice.polls.create(draft(), key());
    const once = key();
    await bob.polls.vote(first.id, [first.options[0]!.id], once);
    await rejects(bob.polls.vote(second.id, [second.options[0]!.id], once), 'conflict');
  });

  it('turns unexpected failures into PleinErrors', async () => {
    const { alice } = setup();
    await rejects(alice.people.getMany(null as unknown as string[]), 'invalid');
    await rejects(alice.polls.create(undefined as unknown as PollDraft, key()), 'invalid');
    await rejects(alice.polls.create(draft(), undefined as unknown as { idempotencyKey: string }), 'invalid');
  });

  it('createMemoryStore: shares a db, seeds an empty one, and signs in a local member when nobody is named', async () => {
    const db = new MemoryDb({ clock: new ManualClock() });
    const alice = createMemoryStore({ db, user: 'p-alice', seed: { people: Object.values(CONTRACT_PEOPLE) } });
    const bob = createMemoryStore({ db, user: 'p-bob', seed: { people: [] } });
    const poll = await alice.polls.create(draft(), key());
    assert.equal((await bob.polls.get(poll.id)).id, poll.id);
    assert.equal((await createMemoryStore({ db }).me()).id, 'p-alice', 'the first person');

    const bare = createMemoryStore({ clock: new ManualClock() });
    const me = await bare.me();
    assert.equal(me.id, 'p-local');
    assert.deepEqual(me.roles, ['member']);
    assert.equal((await bare.polls.create(draft(), key())).createdBy, 'p-local');
  });
});
