import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { body, get, START, VERBOSE, world, write } from './emulator.fixtures.js';
import type { Fetch } from './emulator.js';

const LIST = "web/lists/getbytitle('Plein Posts')";
const ALL = { Item: true, Add: true, Update: true, DeleteObject: true };
const MINUTE = 60_000;

const changes = async (f: Fetch, query: Record<string, unknown>) => {
  const r = await write(f, 'POST', `${LIST}/getchanges`, { query });
  assert.equal(r.status, 200);
  return (await body(r)).value as {
    ChangeToken: { StringValue: string };
    ChangeType: number;
    ItemId: number;
    ListId: string;
    Time: string;
  }[];
};

const summary = (list: Awaited<ReturnType<typeof changes>>) => list.map((c) => [c.ChangeType, c.ItemId]);

describe('list stamps, exactly', () => {
  it('field and list changes move LastItemModifiedDate only; item changes move LastItemUserModifiedDate', async () => {
    const w = world();
    const owner = w.sp.fetchAs(w.owner.id);
    const stamps = async () =>
      body(await get(owner, `${LIST}?$select=LastItemModifiedDate,LastItemUserModifiedDate,LastItemDeletedDate`));
    w.clock.t += MINUTE;
    await write(owner, 'POST', `${LIST}/fields`, { Title: 'Tag', FieldTypeKind: 2 });
    assert.deepEqual(await stamps(), {
      LastItemModifiedDate: '2026-01-12T09:01:00Z',
      LastItemUserModifiedDate: '2026-01-12T09:00:00Z',
      LastItemDeletedDate: '2026-01-12T09:00:00Z',
    });
    w.clock.t += MINUTE;
    await write(owner, 'MERGE', LIST, { WriteSecurity: 2 });
    assert.equal((await stamps()).LastItemModifiedDate, '2026-01-12T09:02:00Z');
    w.clock.t += MINUTE;
    await write(owner, 'POST', `${LIST}/items`, { Title: 'a' });
    w.clock.t += MINUTE;
    await write(owner, 'DELETE', `${LIST}/items(1)`, undefined, { 'IF-MATCH': '*' });
    assert.deepEqual(await stamps(), {
      LastItemModifiedDate: '2026-01-12T09:03:00Z',
      LastItemUserModifiedDate: '2026-01-12T09:04:00Z',
      LastItemDeletedDate: '2026-01-12T09:04:00Z',
    });
  });
});

describe('getchanges', () => {
  it('logs adds, updates and deletes in order; a change token returns only what came after', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    const token = (await body(await get(f, `${LIST}?$select=CurrentChangeToken`))).CurrentChangeToken.StringValue;
    assert.equal(token, `1;3;${w.posts.id};${BigInt(START) * 10000n + 621355968000000000n};0`);
    w.clock.t += MINUTE;
    await write(f, 'POST', `${LIST}/items`, { Title: 'a' });
    await write(f, 'POST', `${LIST}/items`, { Title: 'b' });
    w.clock.t += MINUTE;
    await write(f, 'MERGE', `${LIST}/items(1)`, { Title: 'a2' }, { 'IF-MATCH': '*' });
    await write(f, 'DELETE', `${LIST}/items(2)`, undefined, { 'IF-MATCH': '*' });
    const log = await changes(f, { ...ALL, ChangeTokenStart: { StringValue: token } });
    assert.deepEqual(summary(log), [
      [1, 1],
      [1, 2],
      [2, 1],
      [3, 2],
    ]);
    assert.equal(log[0]?.ListId, w.posts.id);
    assert.equal(log[0]?.Time, '2026-01-12T09:01:00Z');
    assert.equal(log[3]?.Time, '2026-01-12T09:02:00Z');
    // Resume from the last change seen: nothing new, then exactly the next change.
    const last = log.at(-1)!.ChangeToken;
    assert.deepEqual(await changes(f, { ...ALL, ChangeTokenStart: last }), []);
    await write(f, 'DELETE', `${LIST}/items(1)`, undefined, { 'IF-MATCH': '*' });
    assert.deepEqual(summary(await changes(f, { ...ALL, ChangeTokenStart: last })), [[3, 1]]);
    // Without a start token: the whole log.
    assert.equal((await changes(f, ALL)).length, 5);
  });

  it('honours the Item/Add/Update/DeleteObject flags and ChangeTokenEnd', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    await write(f, 'POST', `${LIST}/items`, { Title: 'a' });
    await write(f, 'MERGE', `${LIST}/items(1)`, { Title: 'a2' }, { 'IF-MATCH': '*' });
    await write(f, 'DELETE', `${LIST}/items(1)`, undefined, { 'IF-MATCH': '*' });
    assert.deepEqual(summary(await changes(f, { Item: true, DeleteObject: true })), [[3, 1]]);
    assert.deepEqual(summary(await changes(f, { Item: true, Add: true, Update: true })), [
      [1, 1],
      [2, 1],
    ]);
    assert.deepEqual(await changes(f, { Add: true, Update: true, DeleteObject: true }), []);
    const [first] = await changes(f, ALL);
    assert.deepEqual(summary(await changes(f, { ...ALL, ChangeTokenEnd: first!.ChangeToken })), [[1, 1]]);
  });

  it('a token built from a date (change number -1) includes changes at that instant', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    w.posts.add(w.ann.id, START + MINUTE, { Title: 'old' });
    w.posts.add(w.ann.id, START + 2 * MINUTE, { Title: 'new' });
    const ticks = BigInt(START + 2 * MINUTE) * 10000n + 621355968000000000n;
    const since = `1;3;${w.posts.id};${ticks};-1`;
    assert.deepEqual(summary(await changes(f, { ...ALL, ChangeTokenStart: { StringValue: since } })), [[1, 2]]);
  });

  it('verbose needs SP.ChangeQuery and answers typed SP.ChangeItem; bad tokens and GET are refused', async () => {
    const w = world();
    const f = w.sp.fetchAs(w.ann.id);
    await write(f, 'POST', `${LIST}/items`, { Title: 'a' });
    const verbose = { ...VERBOSE, 'Content-Type': 'application/json;odata=verbose' };
    const r = await write(
      f,
      'POST',
      `${LIST}/getchanges`,
      { query: { __metadata: { type: 'SP.ChangeQuery' }, ...ALL } },
      verbose,
    );
    const [change] = (await body(r)).d.results;
    assert.equal(change.__metadata.type, 'SP.ChangeItem');
    assert.equal(change.ChangeToken.__metadata.type, 'SP.ChangeToken');
    assert.equal(change.ChangeType, 1);
    assert.equal((await write(f, 'POST', `${LIST}/getchanges`, { query: ALL }, verbose)).status, 400);
    const other = w.site.addList({ title: 'Other' });
    const foreign = `1;3;${other.id};${BigInt(START) * 10000n + 621355968000000000n};0`;
    assert.equal(
      (await write(f, 'POST', `${LIST}/getchanges`, { query: { ...ALL, ChangeTokenStart: { StringValue: foreign } } }))
        .status,
      400,
    );
    assert.equal(
      (await write(f, 'POST', `${LIST}/getchanges`, { query: { ...ALL, ChangeTokenStart: 'x' } })).status,
      400,
    );
    assert.equal((await get(f, `${LIST}/getchanges`)).status, 405);
  });

  it('on a ReadSecurity 2 list, members see only the changes of their own items; owners see all', async () => {
    const w = world();
    const secret = w.site.addList({ title: 'Secret', readSecurity: 2 });
    secret.add(w.ann.id, START, { Title: 'ann' });
    secret.add(w.bob.id, START, { Title: 'bob' });
    const log = async (f: Fetch) =>
      summary((await body(await write(f, 'POST', "web/lists/getbytitle('Secret')/getchanges", { query: ALL }))).value);
    assert.deepEqual(await log(w.sp.fetchAs(w.ann.id)), [[1, 1]]);
    assert.deepEqual(await log(w.sp.fetchAs(w.owner.id)), [
      [1, 1],
      [1, 2],
    ]);
  });
});
