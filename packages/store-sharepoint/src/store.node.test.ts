/**
 * What the contract suite cannot see of the SharePoint store: throttling, digests, people
 * calling the REST API directly, lists past the view threshold, a list deleted by hand, and
 * what the poller costs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError, type PleinStore, type PollDraft } from '@plein/core';
import { CONTRACT_PEOPLE as P } from '@plein/core/testing';
import { boxOf } from './ballots.js';
import { drive, SITE } from './sp.fixtures.js';
import { siteSetUp } from './store.js';
import { FetchHttp } from './fetch-http.js';
import { createSharePointWorld } from './world.fixtures.js';

const draft: PollDraft = {
  question: 'Lunch on Friday?',
  options: ['Pizza', 'Sushi'],
  kind: 'single',
  anonymous: false,
  resultsVisibility: 'always',
};
const key = (k: string) => ({ idempotencyKey: k });

async function world() {
  const w = await createSharePointWorld();
  await w.seed({ people: Object.values(P) });
  return w;
}

/** Lets batched reads and the poller's rounds run (turns of the event loop, no clock time). */
async function settle(turns = 30): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function rejects(promise: Promise<unknown>, code: string, reason?: string) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(isPleinError(e), `a PleinError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (reason) assert.equal(e.details?.reason, reason);
    return true;
  });
}

/** A request straight to the REST API as a seeded person, as a colleague with a script would. */
function rest(w: Awaited<ReturnType<typeof world>>, personId: string) {
  const f = w.emulator.fetchAs(w.userOf(personId).id);
  const digest = async () => {
    const r = await f(`${SITE}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
  };
  return async (path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { Accept: 'application/json;odata=nometadata', ...headers } };
    if (method !== 'GET') {
      init.headers = { ...init.headers, 'X-RequestDigest': await digest(), 'Content-Type': 'application/json' };
      if (body !== undefined) init.body = JSON.stringify(body);
    }
    return f(`${SITE}/_api/${path}`, init);
  };
}

const votes = (w: Awaited<ReturnType<typeof world>>) => w.site.list('Plein Votes')!;

describe('SharePoint store: throttling and digests', () => {
  it('throttled for longer than a minute: rate-limited with when to retry, and nothing written', async () => {
    const w = await world();
    w.emulator.faults.throttle({ retryAfter: 90, times: 1 });
    await assert.rejects(w.as(P.alice.id).polls.create(draft, key('k1')), (e: unknown) => {
      assert.ok(isPleinError(e) && e.code === 'rate-limited' && e.retryAfter === 90);
      return true;
    });
    assert.equal(w.site.list('Plein Polls')!.items.size, 0);
  });

  it('throttled for half a minute: the vote waits on the clock and counts once', async () => {
    const w = await world();
    const alice = w.as(P.alice.id);
    const poll = await alice.polls.create(draft, key('k1'));
    w.emulator.faults.throttle({ retryAfter: 30, times: 2 });
    const before = w.clock.now();
    await drive(w.clock, w.as(P.bob.id).polls.vote(poll.id, [poll.options[0]!.id], key('v1')));
    assert.ok(w.clock.now() - before >= 30_000, 'waited as long as SharePoint asked');
    const results = await alice.polls.results(poll.id);
    assert.ok(results.visible);
    assert.deepEqual(
      results.options.map((o) => o.votes),
      [1, 0],
    );
    assert.equal(votes(w).items.size, 1);
  });

  it('an expired request digest is refreshed once; the changed vote counts once', async () => {
    const w = await world();
    const bob = w.as(P.bob.id);
    const poll = await w.as(P.alice.id).polls.create(draft, key('k1'));
    await bob.polls.vote(poll.id, [poll.options[0]!.id], key('v1'));
    w.server.skew = 31 * 60_000; // SharePoint's clock passes the digest's 30 minutes; the store's does not
    const digests = () => w.log.filter((r) => r.personId === P.bob.id && r.url.endsWith('/contextinfo')).length;
    const asked = digests();
    await bob.polls.vote(poll.id, [poll.options[1]!.id], key('v2'));
    assert.equal(digests(), asked + 1, 'one new digest');
    const results = await bob.polls.results(poll.id);
    assert.ok(results.visible);
    assert.deepEqual(
      results.options.map((o) => o.votes),
      [0, 1],
    );
    assert.equal(results.voterCount, 1);
  });
});

describe('SharePoint store: a colleague calling the REST API directly', () => {
  it('cannot change, close or delete someone else’s poll', async () => {
    const w = await world();
    const poll = await w.as(P.alice.id).polls.create(draft, key('k1'));
    const item = [...w.site.list('Plein Polls')!.items.values()][0]!;
    const asBob = rest(w, P.bob.id);
    const path = `web/lists/getbytitle('Plein Polls')/items(${item.id})`;
    const merge = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
    assert.equal((await asBob(path, 'POST', { Question: 'Hijacked?' }, merge)).status, 403);
    assert.equal((await asBob(path, 'POST', { ClosedAt: new Date(w.clock.now()).toISOString() }, merge)).status, 403);
    assert.equal((await asBob(path, 'POST', undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status, 403);
    const seen = await w.as(P.cara.id).polls.get(poll.id);
    assert.equal(seen.question, draft.question);
    assert.equal(seen.status, 'open');
  });

  it('cannot delete or rewrite another person’s ballot, nor vote in their name', async () => {
    const w = await world();
    const poll = await w.as(P.alice.id).polls.create(draft, key('k1'));
    const [pizza, sushi] = poll.options.map((o) => o.id);
    await w.as(P.alice.id).polls.vote(poll.id, [pizza!], key('v1'));
    const ballot = [...votes(w).items.values()][0]!;
    const asBob = rest(w, P.bob.id);
    const path = `web/lists/getbytitle('Plein Votes')/items(${ballot.id})`;
    const merge = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
    assert.equal((await asBob(path, 'POST', { Choice: JSON.stringify([sushi]) }, merge)).status, 403);
    assert.equal((await asBob(path, 'POST', undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status, 403);
    // A ballot that names Alice as its author: SharePoint sets the author itself.
    const forged = await asBob(`web/lists/getbytitle('Plein Votes')/items`, 'POST', {
      PollId: poll.id,
      Choice: JSON.stringify([sushi]),
      AuthorId: w.userOf(P.alice.id).id,
    });
    assert.ok(!forged.ok || [...votes(w).items.values()].at(-1)!.authorId === w.userOf(P.bob.id).id);
    const results = await w.as(P.cara.id).polls.results(poll.id);
    assert.ok(results.visible);
    const byOption = Object.fromEntries(results.options.map((o) => [o.optionId, o.votes]));
    assert.equal(byOption[pizza!], 1, 'Alice’s ballot still counts, for pizza');
    assert.equal((await w.as(P.alice.id).polls.get(poll.id)).viewer.choice?.[0], pizza);
  });

  it('reads the votes list: public polls’ ballots are readable, which is why capabilities say so', async () => {
    const w = await world();
    const alice = w.as(P.alice.id);
    const poll = await alice.polls.create(draft, key('k1'));
    await alice.polls.vote(poll.id, [poll.options[0]!.id], key('v1'));
    const answer = await rest(w, P.bob.id)(`web/lists/getbytitle('Plein Votes')/items?$select=Choice`);
    assert.equal(answer.status, 200);
    assert.equal(alice.capabilities.anonymousPolls, false);
    assert.equal(alice.capabilities.sealedResults, false);
  });
});

describe('SharePoint store: big lists and broken sites', () => {
  it('counts 6,000 ballots on one poll exactly, paging past the list view threshold', async () => {
    const w = await world();
    const poll = await w.as(P.alice.id).polls.create(draft, key('k1'));
    const [pizza, sushi] = poll.options.map((o) => o.id);
    for (let i = 0; i < 6000; i++) {
      const voter = w.site.addUser({ title: `Voter ${i}`, groups: [w.site.members] });
      const choice = JSON.stringify([i % 3 ? pizza : sushi]);
      votes(w).add(voter.id, w.clock.now(), { PollId: poll.id, Box: boxOf(poll.id, voter.loginName), Choice: choice });
    }
    const results = await w.as(P.bob.id).polls.results(poll.id);
    assert.ok(results.visible);
    assert.equal(results.voterCount, 6000);
    assert.deepEqual(
      results.options.map((o) => o.votes),
      [4000, 2000],
    );
  });

  it('a list deleted by hand: a clear "site needs set-up", and set-up repairs it', async () => {
    const w = await world();
    const poll = await w.as(P.alice.id).polls.create(draft, key('k1'));
    w.site.lists.delete('plein votes');
    await rejects(w.as(P.bob.id).polls.get(poll.id), 'unavailable', 'site-needs-set-up');
    const owner = w.site.addUser({ title: 'Olga Owner', groups: [w.site.owners] });
    const setUp = siteSetUp({ http: new FetchHttp(SITE, w.emulator.fetchAs(owner.id), w.clock), clock: w.clock });
    const status = await setUp.status();
    assert.equal(status.state, 'needs-upgrade');
    assert.ok(status.missing.some((m) => m.includes('Plein Votes')));
    await setUp.run();
    assert.equal((await setUp.status()).state, 'ready');
    assert.equal((await w.as(P.bob.id).polls.get(poll.id)).voterCount, 0);
  });

  it('a visitor without write rights gets forbidden, and nothing is written', async () => {
    const w = await world();
    const poll = await w.as(P.alice.id).polls.create(draft, key('k1'));
    for (const group of w.site.groups.values()) group.members.delete(w.userOf(P.zoe.id).id);
    w.site.visitors.members.add(w.userOf(P.zoe.id).id);
    await rejects(w.as(P.zoe.id).polls.vote(poll.id, [poll.options[0]!.id], key('v1')), 'forbidden');
    assert.equal(votes(w).items.size, 0);
  });
});

describe('SharePoint store: the poller', () => {
  const listChecks = (w: Awaited<ReturnType<typeof world>>, personId: string) =>
    w.log.filter((r) => r.personId === personId && r.url.includes('/_api/web/lists?')).length;
  const requests = (w: Awaited<ReturnType<typeof world>>, personId: string) =>
    w.log.filter((r) => r.personId === personId).length;

  async function watching(urgent = false) {
    const w = await world();
    const alice: PleinStore = w.as(P.alice.id);
    const poll = await alice.polls.create(draft, key('k1'));
    const events: string[] = [];
    const stop = alice.subscribe({ kind: 'poll', id: poll.id }, (e) => events.push(e.type), { urgent });
    await settle();
    return { w, alice, poll, events, stop };
  }

  it('costs one request per idle minute, and looks further only when a list changed', async () => {
    const { w, poll, events, stop } = await watching();
    const start = requests(w, P.alice.id);
    for (let minute = 0; minute < 5; minute++) {
      w.clock.advance(60_000);
      await settle();
    }
    assert.equal(requests(w, P.alice.id) - start, 5, 'five idle minutes, five requests');
    await w.as(P.bob.id).polls.vote(poll.id, [poll.options[0]!.id], key('v1'));
    w.clock.advance(60_000);
    await settle();
    assert.deepEqual(events, ['voted']);
    stop();
    const stopped = requests(w, P.alice.id);
    w.clock.advance(10 * 60_000);
    await settle();
    assert.equal(requests(w, P.alice.id), stopped, 'no requests once nobody listens');
  });

  it('checks every 5 seconds while a presenter view is open, every minute after', async () => {
    const { w, stop } = await watching(true);
    const start = listChecks(w, P.alice.id);
    for (let i = 0; i < 12; i++) {
      w.clock.advance(5_000);
      await settle();
    }
    assert.equal(listChecks(w, P.alice.id) - start, 12);
    stop();
    const normal = w.as(P.alice.id).subscribe({ kind: 'polls' }, () => {});
    await settle();
    const after = listChecks(w, P.alice.id);
    for (let i = 0; i < 12; i++) {
      w.clock.advance(5_000);
      await settle();
    }
    assert.equal(listChecks(w, P.alice.id) - after, 1, 'back to one check a minute');
    normal();
  });

  it('pauses while the tab is hidden and catches up when it shows again', async () => {
    const listeners = new Set<() => void>();
    const fake = {
      visibilityState: 'visible',
      addEventListener: (_: string, f: () => void) => listeners.add(f),
      removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    };
    Object.assign(globalThis, { document: fake });
    try {
      const { w, poll, events, stop } = await watching();
      fake.visibilityState = 'hidden';
      const hidden = requests(w, P.alice.id);
      await w.as(P.bob.id).polls.vote(poll.id, [poll.options[0]!.id], key('v1'));
      for (let minute = 0; minute < 10; minute++) {
        w.clock.advance(60_000);
        await settle();
      }
      assert.equal(requests(w, P.alice.id), hidden, 'no requests while hidden');
      fake.visibilityState = 'visible';
      listeners.forEach((f) => f());
      w.clock.advance(0);
      await settle();
      assert.deepEqual(events, ['voted'], 'the vote made while hidden is reported on return');
      stop();
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  });

  it('backs off when throttled, as long as SharePoint asks', async () => {
    const { w, stop } = await watching();
    const start = listChecks(w, P.alice.id);
    w.emulator.faults.throttle({ retryAfter: 300, times: 1 });
    w.clock.advance(60_000);
    await settle();
    const throttled = listChecks(w, P.alice.id);
    assert.equal(throttled - start, 1);
    for (let minute = 0; minute < 4; minute++) {
      w.clock.advance(60_000);
      await settle();
    }
    assert.equal(listChecks(w, P.alice.id), throttled, 'quiet for the five minutes asked');
    w.clock.advance(60_000);
    await settle();
    assert.equal(listChecks(w, P.alice.id), throttled + 1, 'then back');
    stop();
  });
});
