import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, body, get, MINIMAL, NOMETA, SITE, V4, VERBOSE, world } from './emulator.fixtures.js';

const ITEMS = "web/lists/getbytitle('Plein Posts')/items";

function seeded() {
  const w = world();
  w.posts.add(w.ann.id, w.clock.t, { Title: 'Hello', Channel: 'general' });
  return w;
}

describe('OData formats', () => {
  it('nometadata: {value:[…]} and a bare entity, no annotations', async () => {
    const w = seeded();
    const f = w.sp.fetchAs(w.ann.id);
    const r = await get(f, ITEMS);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('Content-Type') ?? '', /^application\/json;odata=nometadata/);
    const list = await body(r);
    assert.deepEqual(Object.keys(list), ['value']);
    assert.equal(list.value[0].Title, 'Hello');
    assert.equal(list.value[0].AuthorId, w.ann.id);
    assert.equal(list.value[0].Created, '2026-01-12T09:00:00Z');
    assert.equal(list.value[0]['odata.etag'], undefined);
    const one = await body(await get(f, `${ITEMS}(1)`));
    assert.equal(one.Id, 1);
    assert.equal(one.Title, 'Hello');
  });

  it('verbose: {d:{results}} with __metadata, {d:{…}} for one, deferred people', async () => {
    const w = seeded();
    const f = w.sp.fetchAs(w.ann.id);
    const r = await get(f, ITEMS, VERBOSE);
    assert.match(r.headers.get('Content-Type') ?? '', /^application\/json;odata=verbose/);
    const [item] = (await body(r)).d.results;
    assert.deepEqual(item.__metadata, {
      id: `${API}Web/Lists(guid'${w.posts.id}')/Items(1)`,
      uri: `${API}Web/Lists(guid'${w.posts.id}')/Items(1)`,
      etag: '"1"',
      type: 'SP.Data.Plein_x0020_PostsListItem',
    });
    assert.deepEqual(item.Author, { __deferred: { uri: `${API}Web/Lists(guid'${w.posts.id}')/Items(1)/Author` } });
    assert.deepEqual(item.MentionsId, { __metadata: { type: 'Collection(Edm.Int32)' }, results: [] });
    const one = await body(await get(f, `${ITEMS}(1)`, VERBOSE));
    assert.equal(one.d.Title, 'Hello');
  });

  it('plain application/json is JSON light minimal metadata', async () => {
    const w = seeded();
    const r = await body(await get(w.sp.fetchAs(w.ann.id), ITEMS, MINIMAL));
    assert.equal(r['odata.metadata'], `${API}$metadata#SP.ListData.Plein_x0020_PostsListItems`);
    assert.equal(r.value[0]['odata.etag'], '"1"');
    assert.equal(r.value[0]['odata.type'], 'SP.Data.Plein_x0020_PostsListItem');
  });

  it("OData 4.0 minimal (SPHttpClient's default): @odata annotations and OData-Version", async () => {
    const w = seeded();
    const r = await get(w.sp.fetchAs(w.ann.id), ITEMS, V4);
    assert.equal(r.headers.get('OData-Version'), '4.0');
    const b = await body(r);
    assert.ok(b['@odata.context'].startsWith(`${API}$metadata#`));
    assert.equal(b.value[0]['@odata.etag'], '"1"');
    assert.equal(b.value[0]['@odata.type'], '#SP.Data.Plein_x0020_PostsListItem');
  });

  it('OData 4.0 with odata.metadata=none is bare', async () => {
    const w = seeded();
    const b = await body(
      await get(w.sp.fetchAs(w.ann.id), ITEMS, {
        Accept: 'application/json;odata.metadata=none',
        'OData-Version': '4.0',
      }),
    );
    assert.deepEqual(Object.keys(b), ['value']);
    assert.equal(b.value[0]['@odata.etag'], undefined);
  });

  it('406 for OData 4.0 with the 3.0 odata=nometadata syntax, and for the reverse mix', async () => {
    const w = seeded();
    const f = w.sp.fetchAs(w.ann.id);
    assert.equal(
      (await get(f, ITEMS, { Accept: 'application/json;odata=nometadata', 'OData-Version': '4.0' })).status,
      406,
    );
    assert.equal((await get(f, ITEMS, { Accept: 'application/json;odata.metadata=minimal' })).status, 406);
    assert.equal((await get(f, ITEMS, {})).status, 406, 'no Accept would be Atom, which is not emulated');
  });

  it('error envelopes per format: odata.error, verbose error, 4.0 error with a string message', async () => {
    const w = seeded();
    const f = w.sp.fetchAs(w.ann.id);
    const missing = "web/lists/getbytitle('Nope')/items";
    const text = `List 'Nope' does not exist at site with URL '${SITE}'.`;
    const light = await get(f, missing);
    assert.equal(light.status, 404);
    assert.deepEqual(await body(light), {
      'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: text } },
    });
    assert.deepEqual(await body(await get(f, missing, VERBOSE)), {
      error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: text } },
    });
    assert.deepEqual(await body(await get(f, missing, V4)), {
      error: { code: '-1, System.ArgumentException', message: text },
    });
    const item = await get(f, `${ITEMS}(99)`, NOMETA);
    assert.equal(item.status, 404);
    assert.equal((await body(item))['odata.error'].code, '-2130575338, System.ArgumentException');
  });

  it("finds lists by title case-insensitively, with '' escaping and by guid", async () => {
    const w = seeded();
    w.site.addList({ title: "Bob's list" });
    const f = w.sp.fetchAs(w.ann.id);
    assert.equal((await get(f, "web/lists/getbytitle('Bob''s%20list')/items")).status, 200);
    assert.equal((await get(f, "Web/Lists/GetByTitle('plein posts')/Items(1)")).status, 200);
    assert.equal((await body(await get(f, `web/lists(guid'${w.posts.id}')/items`))).value.length, 1);
    assert.equal((await body(await get(f, "web/lists/getbytitle('Plein Posts')/items/getbyid(1)"))).Id, 1);
    assert.equal((await body(await get(f, "web/lists/getbytitle('Plein Posts')/getitembyid(1)"))).Id, 1);
  });
});
