import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, body, digestFor, get, VERBOSE, world, write } from './emulator.fixtures.js';

const ITEMS = "web/lists/getbytitle('Plein Posts')/items";
const TYPE = 'SP.Data.Plein_x0020_PostsListItem';

describe('writing items', () => {
  it('creates in JSON light: 201, the entity, ETag and Location', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    w.clock.t += 60_000;
    const r = await write(f, 'POST', ITEMS, {
      Title: 'Hi',
      Score: 3,
      Due: '2026-02-01T00:00:00Z',
      ReviewerId: w.bob.id,
      MentionsId: [w.bob.id, w.vic.id],
    });
    assert.equal(r.status, 201);
    const item = await body(r);
    assert.equal(item.Id, 1);
    assert.equal(item.Title, 'Hi');
    assert.equal(item.Score, 3);
    assert.equal(item.ReviewerId, w.bob.id);
    assert.deepEqual(item.MentionsId, [w.bob.id, w.vic.id]);
    assert.equal(item.AuthorId, w.ann.id);
    assert.equal(item.Created, '2026-01-12T09:01:00Z');
    assert.equal(r.headers.get('ETag'), `"${item.GUID},1"`);
    assert.equal(r.headers.get('Location'), `${API}Web/Lists(guid'${w.posts.id}')/Items(1)`);
  });

  it('creates in verbose only with the list item type in __metadata; multi-values as {results}', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const headers = { ...VERBOSE, 'Content-Type': 'application/json;odata=verbose' };
    const ok = await write(
      f,
      'POST',
      ITEMS,
      { __metadata: { type: TYPE }, Title: 'V', MentionsId: { results: [w.bob.id] } },
      headers,
    );
    assert.equal(ok.status, 201);
    assert.deepEqual((await body(ok)).d.MentionsId.results, [w.bob.id]);
    const wrong = await write(f, 'POST', ITEMS, { __metadata: { type: 'SP.Data.PostsListItem' }, Title: 'V' }, headers);
    assert.equal(wrong.status, 400);
    assert.match(
      (await body(wrong)).error.message.value,
      /^A type named 'SP.Data.PostsListItem' could not be resolved by the model/,
    );
    assert.equal((await write(f, 'POST', ITEMS, { Title: 'V' }, headers)).status, 400);
    assert.equal(w.posts.items.size, 1);
  });

  it('refuses __metadata in JSON light, unknown and read-only properties, and wrong value types', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const meta = await write(f, 'POST', ITEMS, { __metadata: { type: TYPE }, Title: 'x' });
    assert.equal(meta.status, 400);
    assert.deepEqual((await body(meta))['odata.error'], {
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: {
        lang: 'en-US',
        value: `The property '__metadata' does not exist on type '${TYPE}'. Make sure to only use property names that are defined by the type.`,
      },
    });
    assert.equal((await write(f, 'POST', ITEMS, { Nope: 1 })).status, 400);
    assert.equal((await write(f, 'POST', ITEMS, { Id: 7 })).status, 400);
    assert.equal((await write(f, 'POST', ITEMS, { Score: 'three' })).status, 400);
    assert.equal((await write(f, 'POST', ITEMS, { ReviewerId: 999 })).status, 400);
    assert.equal(w.posts.items.size, 0);
  });

  it('MERGE with IF-MATCH *, an ETag or its GUID form: 204 and a new ETag; stale is 412', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const created = await write(f, 'POST', ITEMS, { Title: 'a', Score: 1 });
    const first = created.headers.get('ETag') ?? '';
    const merge = (etag: string, patch: object) =>
      write(f, 'POST', `${ITEMS}(1)`, patch, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': etag });
    const r = await merge(first, { Title: 'b' });
    assert.equal(r.status, 204);
    assert.match(r.headers.get('ETag') ?? '', /,2"$/);
    assert.equal((await merge('"2"', { Title: 'c' })).status, 204);
    assert.equal((await merge('*', { Title: 'd' })).status, 204);
    const stale = await merge('"2"', { Title: 'e' });
    assert.equal(stale.status, 412);
    const e = (await body(stale))['odata.error'];
    assert.equal(e.code, '-1, Microsoft.SharePoint.Client.ClientServiceException');
    assert.match(
      e.message.value,
      /^The request ETag value '"2"' does not match the object's ETag value '"[0-9a-f-]+,4"'\.$/,
    );
    const item = await body(await get(f, `${ITEMS}(1)`));
    assert.equal(item.Title, 'd');
    assert.equal(item.Score, 1, 'MERGE keeps what was not sent');
    assert.equal(item.OData__UIVersionString, '4.0');
  });

  it('PATCH is MERGE; PUT resets what it leaves out; the editor and Modified move', async () => {
    const w = world();
    const ann = w.sp.fetchAs(w.ann.id);
    const owner = w.sp.fetchAs(w.owner.id);
    await write(ann, 'POST', ITEMS, { Title: 'a', Score: 1 });
    w.clock.t += 5000;
    assert.equal((await write(owner, 'PATCH', `${ITEMS}(1)`, { Score: 2 }, { 'IF-MATCH': '*' })).status, 204);
    let item = await body(await get(ann, `${ITEMS}(1)`));
    assert.deepEqual(
      [item.Title, item.Score, item.EditorId, item.Modified],
      ['a', 2, w.owner.id, '2026-01-12T09:00:05Z'],
    );
    assert.equal((await write(ann, 'PUT', `${ITEMS}(1)`, { Title: 'z' }, { 'IF-MATCH': '*' })).status, 204);
    item = await body(await get(ann, `${ITEMS}(1)`));
    assert.deepEqual([item.Title, item.Score], ['z', null]);
  });

  it('DELETE (verb or X-HTTP-Method) honours IF-MATCH; the item is then gone', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    await write(f, 'POST', ITEMS, { Title: 'a' });
    await write(f, 'POST', ITEMS, { Title: 'b' });
    assert.equal((await write(f, 'DELETE', `${ITEMS}(1)`, undefined, { 'IF-MATCH': '"7"' })).status, 412);
    const r = await write(f, 'DELETE', `${ITEMS}(1)`, undefined, { 'IF-MATCH': '"1"' });
    assert.equal(r.status, 200);
    assert.equal(await r.text(), '');
    assert.equal(
      (await write(f, 'POST', `${ITEMS}(2)`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status,
      200,
    );
    assert.equal((await get(f, `${ITEMS}(1)`)).status, 404);
    assert.equal((await write(f, 'DELETE', `${ITEMS}(1)`, undefined, { 'IF-MATCH': '*' })).status, 404);
    assert.equal(w.posts.items.size, 0);
  });

  it('a digest is per write: the same digest serves several writes', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const digest = await digestFor(f);
    for (const t of ['a', 'b'])
      assert.equal(
        (
          await f(`${API}${ITEMS}`, {
            method: 'POST',
            headers: { 'X-RequestDigest': digest, Accept: 'application/json', 'Content-Type': 'application/json' },
            body: JSON.stringify({ Title: t }),
          })
        ).status,
        201,
      );
  });
});

describe('concurrent updates', () => {
  it('lets one of three updates sent at once with the same ETag through; the others get 412', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    assert.equal((await write(f, 'POST', ITEMS, { Title: 'Counter' })).status, 201);
    const merge = (title: string) =>
      write(f, 'POST', `${ITEMS}(1)`, { Title: title }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' });
    const statuses = (await Promise.all([merge('A'), merge('B'), merge('C')])).map((r) => r.status).sort();
    assert.deepEqual(statuses, [204, 412, 412]);
  });
});
