import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { get, world } from './emulator.fixtures.js';

describe('throttling', () => {
  it('429 with Retry-After and the RateLimit headers, for as many requests as asked', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    w.sp.faults.throttle({ retryAfter: 31, rateLimit: { limit: 1200, remaining: 0, reset: 31 }, times: 2 });
    for (let i = 0; i < 2; i++) {
      const r = await get(f, 'web/currentuser');
      assert.equal(r.status, 429);
      assert.equal(r.headers.get('Retry-After'), '31');
      assert.equal(r.headers.get('RateLimit-Limit'), '1200');
      assert.equal(r.headers.get('RateLimit-Remaining'), '0');
      assert.equal(r.headers.get('RateLimit-Reset'), '31');
    }
    assert.equal((await get(f, 'web/currentuser')).status, 200);
  });

  it('a different limit: 429 with only Retry-After; 503 for load; clear() ends it', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    w.sp.faults.throttle({ retryAfter: 9 });
    const r = await get(f, 'web/currentuser');
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('Retry-After'), '9');
    assert.equal(r.headers.get('RateLimit-Limit'), null);
    w.sp.faults.throttle({ status: 503, retryAfter: 120 });
    const busy = await get(f, 'web/currentuser');
    assert.deepEqual([busy.status, busy.headers.get('Retry-After')], [503, '120']);
    w.sp.faults.clear();
    assert.equal((await get(f, 'web/currentuser')).status, 200);
  });

  it('near the limit, successful answers carry the RateLimit headers', async () => {
    const w = world();
    w.sp.faults.warning = { limit: 1200, remaining: 120, reset: 5 };
    const r = await get(w.sp.fetchAs(w.ann.id), 'web/currentuser');
    assert.equal(r.status, 200);
    assert.deepEqual(
      ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'].map((h) => r.headers.get(h)),
      ['1200', '120', '5'],
    );
  });
});
