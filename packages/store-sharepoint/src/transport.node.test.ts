import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError } from '@plein/core';
import { SpClient } from './client.js';
import { FetchHttp, type FetchLike } from './fetch-http.js';
import { ResilientHttp } from './resilience.js';
import { entity, rows } from './odata.js';
import { SITE, spfxHttp, world } from './sp.fixtures.js';

const contextInfoCalls = (log: { url: string }[]) => log.filter((r) => r.url.endsWith('/_api/contextinfo')).length;

describe('fetch transport', () => {
  it('reads with odata=nometadata and writes with one cached digest', async () => {
    const w = world();
    w.site.addList({ title: 'Notes', fields: [{ name: 'Channel', type: 'Text', indexed: true }] });
    const http = w.fetchHttp(w.ann.id);
    const me = await http.get(`${SITE}/_api/web/currentuser`);
    assert.equal(me.headers.get('Content-Type')?.includes('odata=nometadata'), true);
    assert.equal(((await me.json()) as { Title: string }).Title, 'Ann Member');
    const sp = new SpClient(http, w.clock);
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'one', Channel: 'a' });
    w.clock.advance(10 * 60_000);
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'two', Channel: 'a' });
    assert.equal(contextInfoCalls(w.log), 1);
    assert.equal(w.site.list('Notes')?.items.size, 2);
  });

  it('asks for a new digest once the cached one has expired on the clock', async () => {
    const w = world();
    w.site.addList({ title: 'Notes' });
    const sp = new SpClient(w.fetchHttp(w.ann.id), w.clock);
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'one' });
    w.clock.advance(30 * 60_000);
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'two' });
    assert.equal(contextInfoCalls(w.log), 2);
  });

  it('a digest SharePoint calls expired is refreshed once and the write retried', async () => {
    const w = world();
    w.site.addList({ title: 'Notes' });
    const sp = new SpClient(w.fetchHttp(w.ann.id), w.clock);
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'one' });
    w.server.skew = 31 * 60_000; // the server's 30 minutes are up; the client still trusts its digest
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'two' });
    assert.equal(contextInfoCalls(w.log), 2);
    assert.equal(w.log.filter((r) => r.url.endsWith('/items')).length, 3, 'one refused, one retried');
    assert.equal(w.site.list('Notes')?.items.size, 2);
  });

  it('concurrent writes share one contextinfo call', async () => {
    const w = world();
    w.site.addList({ title: 'Notes' });
    const sp = new SpClient(w.fetchHttp(w.ann.id), w.clock);
    await Promise.all([1, 2, 3].map((n) => sp.post("web/lists/getbytitle('Notes')/items", { Title: `n${n}` })));
    assert.equal(contextInfoCalls(w.log), 1);
    assert.equal(w.site.list('Notes')?.items.size, 3);
  });
});

describe('SPFx transport', () => {
  it('sends OData 4.0 minimal metadata and the client reads the 4.0 shapes', async () => {
    const w = world();
    const notes = w.site.addList({ title: 'Notes', fields: [{ name: 'Channel', type: 'Text', indexed: true }] });
    notes.addMany(3, w.ann.id, w.clock.now(), (i) => ({ Title: `n${i}`, Channel: 'a' }));
    const http = spfxHttp(w.fetchAs(w.ann.id));
    const me = await http.get(`${SITE}/_api/web/currentuser`);
    assert.equal(me.status, 200, 'not a 406: no odata=nometadata under 4.0');
    const user = (await me.json()) as Record<string, unknown>;
    assert.equal(typeof user['@odata.context'], 'string');
    assert.equal(entity(user).Title, 'Ann Member');
    const page = rows(await (await http.get(`${SITE}/_api/web/lists/getbytitle('Notes')/items?$top=2`)).json());
    assert.deepEqual(
      page.rows.map((r) => r.Title),
      ['n0', 'n1'],
    );
    assert.match(page.next ?? '', /skiptoken/);
    const sp = new SpClient(http, w.clock);
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'from spfx', Channel: 'b' });
    assert.equal(notes.items.size, 4);
  });
});

describe('both shapes', () => {
  it('reads verbose collections, entities and next links too', () => {
    assert.deepEqual(rows({ d: { results: [{ Id: 1 }], __next: 'n' } }), { rows: [{ Id: 1 }], next: 'n' });
    assert.deepEqual(rows({ value: [{ Id: 2 }], 'odata.nextLink': 'm' }), { rows: [{ Id: 2 }], next: 'm' });
    assert.deepEqual(entity({ d: { Title: 'x' } }), { Title: 'x' });
  });
});

describe('digest failures', () => {
  it('refreshes only once: a digest refused twice is forbidden, not a loop', async () => {
    const w = world();
    w.site.addList({ title: 'Notes' });
    const f = w.fetchAs(w.ann.id);
    // A proxy that mangles every digest: SharePoint refuses each one.
    const mangling: FetchLike = (url, init) => {
      const headers = new Headers(init?.headers);
      if (headers.has('X-RequestDigest')) headers.set('X-RequestDigest', '0xBAD');
      return f(url, { ...init, headers });
    };
    const sp = new SpClient(new FetchHttp(SITE, mangling, w.clock), w.clock);
    await assert.rejects(
      sp.post("web/lists/getbytitle('Notes')/items", { Title: 'x' }),
      (e) => isPleinError(e) && e.code === 'forbidden' && e.details.reason === 'request-digest',
    );
    assert.equal(contextInfoCalls(w.log), 2);
  });

  it('a network failure while asking for a digest is not cached', async () => {
    const w = world();
    w.site.addList({ title: 'Notes' });
    const f = w.fetchAs(w.ann.id);
    let offline = true;
    const flaky: FetchLike = (url, init) => (offline ? Promise.reject(new TypeError('fetch failed')) : f(url, init));
    const sp = new SpClient(new ResilientHttp(new FetchHttp(SITE, flaky, w.clock), w.clock), w.clock);
    await assert.rejects(
      sp.post("web/lists/getbytitle('Notes')/items", { Title: 'x' }),
      (e) => isPleinError(e) && e.code === 'unavailable',
    );
    offline = false;
    await sp.post("web/lists/getbytitle('Notes')/items", { Title: 'y' });
    assert.equal(w.site.list('Notes')?.items.size, 1);
  });
});
