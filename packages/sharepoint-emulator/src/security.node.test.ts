import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, body, get, NOMETA, SITE, START, world, write } from './emulator.fixtures.js';

const VOTES = "web/lists/getbytitle('Votes')/items";
const HIDDEN = "web/lists/getbytitle('Hidden Posts')/items";
const ids = async (r: Response) => ((await body(r)).value as { Id: number }[]).map((i) => i.Id);

function secured() {
  const w = world();
  const votes = w.site.addList({ title: 'Votes', readSecurity: 2, writeSecurity: 2 });
  votes.add(w.ann.id, START, { Title: 'ann' });
  votes.add(w.bob.id, START, { Title: 'bob' });
  const moderators = w.site.addGroup('Moderators');
  const mod = w.site.addUser({ title: 'Mo Moderator', groups: [w.site.members, moderators] });
  const hidden = w.site.addList({
    title: 'Hidden Posts',
    roles: { [moderators.id]: 'contribute', [w.site.owners.id]: 'full' },
  });
  hidden.add(mod.id, START, { Title: 'hidden' });
  return { ...w, votes, hidden, mod, moderators };
}

describe('item-level read security (ReadSecurity = 2)', () => {
  it('a member sees only the items they created; a site owner sees all', async () => {
    const w = secured();
    assert.deepEqual(await ids(await get(w.sp.fetchAs(w.ann.id), VOTES)), [1]);
    assert.deepEqual(await ids(await get(w.sp.fetchAs(w.bob.id), VOTES)), [2]);
    assert.deepEqual(await ids(await get(w.sp.fetchAs(w.owner.id), VOTES)), [1, 2]);
  });

  it("someone else's item is a 404 for a member, even by id and with a filter", async () => {
    const w = secured();
    const ann = w.sp.fetchAs(w.ann.id);
    const r = await get(ann, `${VOTES}(2)`);
    assert.equal(r.status, 404);
    assert.equal((await body(r))['odata.error'].code, '-2130575338, System.ArgumentException');
    assert.deepEqual(await ids(await get(ann, `${VOTES}?$filter=Id eq 2`)), []);
    assert.equal((await write(ann, 'MERGE', `${VOTES}(2)`, { Title: 'x' }, { 'IF-MATCH': '*' })).status, 404);
    assert.equal((await get(w.sp.fetchAs(w.owner.id), `${VOTES}(2)`)).status, 200);
  });

  it('new items are readable by their author; the list can be switched by MERGE on the list', async () => {
    const w = secured();
    const ann = w.sp.fetchAs(w.ann.id);
    assert.equal((await write(ann, 'POST', VOTES, { Title: 'again' })).status, 201);
    assert.deepEqual(await ids(await get(ann, VOTES)), [1, 3]);
    const list = "web/lists/getbytitle('Votes')";
    assert.equal(
      (await write(ann, 'MERGE', list, { ReadSecurity: 1 }, { 'IF-MATCH': '*' })).status,
      403,
      'members cannot',
    );
    assert.equal(
      (await write(w.sp.fetchAs(w.owner.id), 'MERGE', list, { ReadSecurity: 1, WriteSecurity: 1 }, { 'IF-MATCH': '*' }))
        .status,
      204,
    );
    assert.deepEqual(await ids(await get(ann, VOTES)), [1, 2, 3]);
    const props = await body(await get(ann, `${list}?$select=ReadSecurity,WriteSecurity,ItemCount`));
    assert.deepEqual(props, { ReadSecurity: 1, WriteSecurity: 1, ItemCount: 3 });
  });

  it("WriteSecurity = 2: writing someone else's visible item is a 403", async () => {
    const w = secured();
    w.votes.readSecurity = 1;
    const r = await write(w.sp.fetchAs(w.ann.id), 'MERGE', `${VOTES}(2)`, { Title: 'x' }, { 'IF-MATCH': '*' });
    assert.equal(r.status, 403);
    assert.deepEqual((await body(r))['odata.error'], {
      code: '-2147024891, System.UnauthorizedAccessException',
      message: {
        lang: 'en-US',
        value: 'Access denied. You do not have permission to perform this action or access this resource.',
      },
    });
    assert.equal(
      (await write(w.sp.fetchAs(w.ann.id), 'MERGE', `${VOTES}(1)`, { Title: 'x' }, { 'IF-MATCH': '*' })).status,
      204,
    );
  });
});

describe('list permissions', () => {
  it('a moderators-only list does not exist for members; moderators and owners read and write it', async () => {
    const w = secured();
    const ann = w.sp.fetchAs(w.ann.id);
    const denied = await get(ann, HIDDEN);
    assert.equal(denied.status, 404);
    assert.deepEqual((await body(denied))['odata.error'], {
      code: '-1, System.ArgumentException',
      message: { lang: 'en-US', value: `List 'Hidden Posts' does not exist at site with URL '${SITE}'.` },
    });
    assert.equal((await get(ann, `${HIDDEN}(1)`)).status, 404);
    assert.equal((await write(ann, 'POST', HIDDEN, { Title: 'x' })).status, 404);
    assert.deepEqual(await ids(await get(w.sp.fetchAs(w.mod.id), HIDDEN)), [1]);
    assert.equal((await write(w.sp.fetchAs(w.mod.id), 'POST', HIDDEN, { Title: 'y' })).status, 201);
    assert.deepEqual(await ids(await get(w.sp.fetchAs(w.owner.id), HIDDEN)), [1, 2]);
    const titles = ((await body(await get(ann, 'web/lists?$select=Title'))).value as { Title: string }[]).map(
      (l) => l.Title,
    );
    assert.ok(!titles.includes('Hidden Posts') && titles.includes('Votes'));
  });

  it('visitors read but cannot write; a request without a user is a 401', async () => {
    const w = secured();
    const vic = w.sp.fetchAs(w.vic.id);
    assert.equal((await get(vic, "web/lists/getbytitle('Plein Posts')/items")).status, 200);
    assert.equal((await write(vic, 'POST', "web/lists/getbytitle('Plein Posts')/items", { Title: 'x' })).status, 403);
    assert.equal((await w.sp.handle(new Request(`${API}web/currentuser`, { headers: NOMETA }))).status, 401);
  });
});
