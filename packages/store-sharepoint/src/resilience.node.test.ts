import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError, PleinError, type ManualClock } from '@plein/core';
import { SpClient } from './client.js';
import { updateWithEtag } from './etag.js';
import { ResilientHttp } from './resilience.js';
import { drive, SITE, world } from './sp.fixtures.js';

const ME = 'web/currentuser';
const hits = (log: { url: string; at: number }[], end: string) => log.filter((r) => r.url.endsWith(end));

async function failure(clock: ManualClock, p: Promise<unknown>): Promise<PleinError> {
  try {
    await drive(clock, p);
  } catch (e) {
    if (isPleinError(e)) return e;
    throw e;
  }
  assert.fail('expected a PleinError');
}

describe('throttling', () => {
  it('429 is retried after Retry-After, on the clock', async () => {
    const w = world();
    w.sp.faults.throttle({ retryAfter: 31, rateLimit: { limit: 1200, remaining: 0, reset: 31 }, times: 2 });
    const sp = w.client(w.ann.id);
    const start = w.clock.now();
    const me = await drive(w.clock, sp.get(ME));
    assert.equal((me.body as { Title: string }).Title, 'Ann Member');
    const at = hits(w.log, ME).map((r) => r.at - start);
    assert.equal(at.length, 3);
    assert.ok(at[1]! >= 31_000 && at[2]! - at[1]! >= 31_000, `waited ${at.join(', ')}`);
  });

  it('503 with a Retry-After date is honoured', async () => {
    const w = world();
    const sp = w.client(w.ann.id);
    w.sp.faults.throttle({ status: 503, times: 1 });
    const original = w.sp.faults.refuse.bind(w.sp.faults);
    const when = new Date(w.clock.now() + 20_000).toUTCString();
    w.sp.faults.refuse = () => {
      const r = original();
      r?.headers.set('Retry-After', when);
      return r;
    };
    const start = w.clock.now();
    await drive(w.clock, sp.get(ME));
    const at = hits(w.log, ME).map((r) => r.at - start);
    assert.equal(at.length, 2);
    assert.ok(at[1]! >= 20_000, `waited ${at[1]}`);
  });

  it('several calls during throttling all wait and all succeed', async () => {
    const w = world();
    w.sp.faults.throttle({ retryAfter: 10, times: 3 });
    const sp = w.client(w.ann.id);
    const start = w.clock.now();
    const answers = await drive(w.clock, Promise.all([sp.get(ME), sp.get(ME), sp.get(ME)]));
    assert.equal(answers.length, 3);
    const retries = hits(w.log, ME).slice(3);
    assert.equal(retries.length, 3);
    for (const r of retries) assert.ok(r.at - start >= 10_000);
  });

  it('gives up after the retries with rate-limited and retryAfter', async () => {
    const w = world();
    w.sp.faults.throttle({ retryAfter: 31 });
    const e = await failure(w.clock, w.client(w.ann.id).get(ME));
    assert.equal(e.code, 'rate-limited');
    assert.equal(e.retryAfter, 31);
    assert.equal(hits(w.log, ME).length, 4, 'one attempt and three retries');
  });

  it('does not sit out a wait longer than the cap: reports it at once', async () => {
    const w = world();
    w.sp.faults.throttle({ retryAfter: 3600 });
    const e = await failure(w.clock, w.client(w.ann.id).get(ME));
    assert.equal(e.code, 'rate-limited');
    assert.equal(e.retryAfter, 3600);
    assert.equal(hits(w.log, ME).length, 1);
  });

  it('backs off exponentially when SharePoint gives no delay', async () => {
    const w = world();
    const sp = new SpClient(
      new ResilientHttp(
        {
          siteUrl: SITE,
          get: async (url) => {
            w.log.push({ user: 0, method: 'GET', url, at: w.clock.now() });
            return new Response(null, { status: w.log.length < 3 ? 503 : 200 });
          },
          post: () => Promise.reject(new Error('unused')),
        },
        w.clock,
      ),
      w.clock,
    );
    const start = w.clock.now();
    await drive(w.clock, sp.get(ME), 250);
    assert.deepEqual(
      w.log.map((r) => r.at - start),
      [0, 1000, 3000],
    );
  });

  it('RateLimit headers near the limit slow the next call', async () => {
    const w = world();
    w.sp.faults.warning = { limit: 1200, remaining: 120, reset: 5 };
    const sp = w.client(w.ann.id);
    await sp.get(ME);
    const second = sp.get(ME);
    await new Promise((r) => setImmediate(r));
    assert.equal(hits(w.log, ME).length, 1, 'the second call waits');
    await drive(w.clock, second, 10);
    const at = hits(w.log, ME).map((r) => r.at);
    assert.ok(at[1]! - at[0]! >= Math.ceil(5000 / 120));
  });
});

describe('errors', () => {
  it('maps SharePoint failures to PleinError codes', async () => {
    const w = world();
    w.site.addList({ title: 'Notes', fields: [{ name: 'Loose', type: 'Text' }] });
    const vic = w.client(w.vic.id);
    assert.equal(
      (await failure(w.clock, vic.post("web/lists/getbytitle('Notes')/items", { Title: 'x' }))).code,
      'forbidden',
    );
    const ann = w.client(w.ann.id);
    const missing = await failure(w.clock, ann.get("web/lists/getbytitle('Nope')/items"));
    assert.equal(missing.code, 'not-found');
    const gone = await failure(w.clock, ann.get("web/lists/getbytitle('Notes')/items(99)"));
    assert.deepEqual([gone.code, gone.details.reason], ['not-found', 'item-missing']);
    const bad = await failure(w.clock, ann.get("web/lists/getbytitle('Notes')/items?$select=Nope"));
    assert.equal(bad.code, 'invalid');
    w.site.list('Notes')?.addMany(5001, w.ann.id, w.clock.now());
    const lvt = await failure(w.clock, ann.get("web/lists/getbytitle('Notes')/items?$filter=Loose eq 'x'"));
    assert.deepEqual([lvt.code, lvt.details.reason], ['unavailable', 'list-view-threshold']);
  });

  it('a network failure is unavailable', async () => {
    const w = world();
    const http = new ResilientHttp(
      {
        siteUrl: SITE,
        get: () => Promise.reject(new TypeError('fetch failed')),
        post: () => Promise.reject(new TypeError()),
      },
      w.clock,
    );
    const e = await failure(w.clock, new SpClient(http, w.clock).get(ME));
    assert.deepEqual([e.code, e.details.reason], ['unavailable', 'network']);
  });
});

describe('ETag-guarded updates', () => {
  const path = "web/lists/getbytitle('Counters')/items(1)";
  const setUp = () => {
    const w = world();
    const list = w.site.addList({ title: 'Counters', fields: [{ name: 'Count', type: 'Integer' }] });
    list.add(w.owner.id, w.clock.now(), { Title: 'votes', Count: 0 });
    return { w, list };
  };
  const increment = (c: Record<string, unknown>) => ({ Count: Number(c.Count) + 1 });

  it('a stale ETag (412) is re-read and retried, so no increment is lost', async () => {
    const { w, list } = setUp();
    const ann = w.client(w.ann.id);
    const bob = w.client(w.bob.id);
    let calls = 0;
    await updateWithEtag(ann, path, async (current) => {
      // Bob increments through REST between Ann's first read and her write: her ETag is stale.
      if (calls++ === 0) await updateWithEtag(bob, path, increment);
      return increment(current);
    });
    assert.equal(calls, 2, 'Ann read again after the 412');
    assert.equal(list.items.get(1)!.values.Count, 2);
    assert.equal(w.log.filter((r) => r.method === 'MERGE').length, 3, "Bob's write, Ann's refused one, her retry");
  });

  it('after the bounded attempts, a conflict', async () => {
    const { w, list } = setUp();
    const e = await failure(
      w.clock,
      updateWithEtag(
        w.client(w.ann.id),
        path,
        (current) => {
          list.items.get(1)!.version++; // someone always writes first
          return increment(current);
        },
        3,
      ),
    );
    assert.deepEqual([e.code, e.details.reason, e.details.limit], ['conflict', 'too-many-concurrent-writes', 3]);
  });
});
