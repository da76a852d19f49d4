import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, digestFor, get, NOMETA, world } from './emulator.fixtures.js';

const ITEM = "web/lists/getbytitle('Plein Posts')/items(1)";
const BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe('item attachments', () => {
  it('adds a file to one’s own item, lists it and returns its bytes; others may read, not add', async () => {
    const w = world();
    w.posts.add(w.ann.id, w.clock.t, { Title: 'With a picture' });
    const ann = w.sp.fetchAs(w.ann.id);
    const add = async (f: typeof ann, name: string) =>
      f(`${API}${ITEM}/AttachmentFiles/add(FileName='${name}')`, {
        method: 'POST',
        headers: { ...NOMETA, 'X-RequestDigest': await digestFor(f) },
        body: BYTES,
      });
    const added = await add(ann, 'a.png');
    assert.equal(added.status, 200);
    assert.deepEqual(await added.json(), {
      FileName: 'a.png',
      ServerRelativeUrl: '/sites/intranet/Lists/PleinPosts/Attachments/1/a.png',
    });
    assert.equal((await add(ann, 'a.png')).status, 500, 'a name already taken');
    const listed = (await (await get(ann, `${ITEM}/AttachmentFiles`)).json()) as { value: { FileName: string }[] };
    assert.deepEqual(
      listed.value.map((f) => f.FileName),
      ['a.png'],
    );
    const bob = w.sp.fetchAs(w.bob.id);
    const bytes = await get(bob, `${ITEM}/AttachmentFiles('a.png')/$value`);
    assert.equal(bytes.status, 200);
    assert.deepEqual(new Uint8Array(await bytes.arrayBuffer()), BYTES);
    w.posts.writeSecurity = 2;
    assert.equal((await add(bob, 'b.png')).status, 403, 'WriteSecurity 2: not his item');
    assert.equal((await get(bob, `${ITEM}/AttachmentFiles('b.png')/$value`)).status, 404);
  });
});
