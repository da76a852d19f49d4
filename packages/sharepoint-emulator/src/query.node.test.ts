import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { body, get, START, V4, VERBOSE, world } from './emulator.fixtures.js';

const ITEMS = "web/lists/getbytitle('Plein Posts')/items";

function seeded() {
  const w = world();
  const day = 86_400_000;
  w.posts.add(w.ann.id, START, {
    Title: 'Apple',
    Channel: 'general',
    Score: 5,
    Due: '2026-02-01T00:00:00Z',
    Reviewer: w.bob.id,
  });
  w.posts.add(w.bob.id, START + day, { Title: "Bob's banana", Channel: 'News', Score: 2, Due: '2026-03-01T00:00:00Z' });
  w.posts.add(w.ann.id, START + 2 * day, { Title: 'cherry', Channel: 'general', Score: 9, Mentions: [w.bob.id] });
  w.posts.add(w.vic.id, START + 3 * day, { Title: 'Date', Channel: 'random', Score: 2 });
  return w;
}

const ids = async (r: Response) => ((await body(r)).value as { Id: number }[]).map((i) => i.Id);
const q = (w: ReturnType<typeof world>, query: string) => get(w.sp.fetchAs(w.owner.id), `${ITEMS}?${query}`);

describe('querying items', () => {
  it('$select picks properties; unknown ones are a 400 with SharePoint text', async () => {
    const w = seeded();
    const [first] = (await body(await q(w, '$select=Title,Score&$top=1'))).value;
    assert.deepEqual(first, { Title: 'Apple', Score: 5 });
    const bad = await q(w, '$select=Title,Nope');
    assert.equal(bad.status, 400);
    assert.deepEqual((await body(bad))['odata.error'], {
      code: '-1, Microsoft.SharePoint.SPException',
      message: { lang: 'en-US', value: "The field or property 'Nope' does not exist." },
    });
  });

  it('people: bare or expanded without sub-fields is a 400; with both, the person comes back', async () => {
    const w = seeded();
    assert.equal((await q(w, '$select=Author')).status, 400);
    const noSub = await q(w, '$select=Title&$expand=Author');
    assert.equal(noSub.status, 400);
    assert.match((await body(noSub))['odata.error'].message.value, /^The query to field 'Author' is not valid/);
    assert.equal((await q(w, '$select=Author/Title')).status, 400);
    const [first] = (await body(await q(w, '$select=Title,Author/Title,Author/EMail,Author/Id&$expand=Author&$top=1')))
      .value;
    assert.deepEqual(first, {
      Title: 'Apple',
      Author: { Title: 'Ann Member', EMail: 'ann.member@contoso.com', Id: w.ann.id },
    });
    const verbose = await body(
      await get(w.sp.fetchAs(w.owner.id), `${ITEMS}?$select=Author/Title&$expand=Author&$top=1`, VERBOSE),
    );
    assert.equal(verbose.d.results[0].Author.__metadata.type, 'SP.Data.UserInfoItem');
    assert.equal(verbose.d.results[0].Author.Title, 'Ann Member');
  });

  it('$filter: eq ne lt le gt ge, and/or, text case-insensitively, numbers, dates, Id, person Id', async () => {
    const w = seeded();
    assert.deepEqual(await ids(await q(w, "$filter=Channel eq 'GENERAL'")), [1, 3]);
    assert.deepEqual(await ids(await q(w, "$filter=Channel ne 'general'")), [2, 4]);
    assert.deepEqual(await ids(await q(w, '$filter=Score lt 5')), [2, 4]);
    assert.deepEqual(await ids(await q(w, '$filter=Score le 5')), [1, 2, 4]);
    assert.deepEqual(await ids(await q(w, '$filter=Score gt 5')), [3]);
    assert.deepEqual(await ids(await q(w, '$filter=Score ge 5')), [1, 3]);
    assert.deepEqual(await ids(await q(w, "$filter=Channel eq 'general' and Score gt 5")), [3]);
    assert.deepEqual(await ids(await q(w, "$filter=Channel eq 'news' or (Score eq 2 and Title eq 'Date')")), [2, 4]);
    assert.deepEqual(await ids(await q(w, "$filter=Title eq 'Bob''s banana'")), [2]);
    assert.deepEqual(await ids(await q(w, "$filter=Created ge datetime'2026-01-13T09:00:00Z'")), [2, 3, 4]);
    assert.deepEqual(await ids(await q(w, "$filter=Due lt '2026-02-15T00:00:00Z'")), [1]);
    assert.deepEqual(await ids(await q(w, '$filter=Id gt 2')), [3, 4]);
    assert.deepEqual(await ids(await q(w, `$filter=AuthorId eq ${w.ann.id}`)), [1, 3]);
    assert.deepEqual(await ids(await q(w, `$filter=ReviewerId eq ${w.bob.id}`)), [1]);
    assert.deepEqual(await ids(await q(w, '$filter=ReviewerId eq null')), [2, 3, 4]);
    assert.deepEqual(await ids(await q(w, "$filter=startswith(Title,'b')")), [2]);
    assert.deepEqual(await ids(await q(w, "$filter=substringof('an',Title)")), [2]);
    assert.deepEqual(
      await ids(await q(w, "$filter=Author/Title eq 'ann member'&$select=Id,Author/Title&$expand=Author")),
      [1, 3],
    );
  });

  it('$filter errors: unknown column, multi-valued person, unsupported functions, unquoted dates', async () => {
    const w = seeded();
    const unknown = await q(w, "$filter=Nope eq 'x'");
    assert.equal(unknown.status, 400);
    assert.equal(
      (await body(unknown))['odata.error'].message.value,
      "Column 'Nope' does not exist. It may have been deleted by another user.",
    );
    for (const filter of [
      `MentionsId eq ${w.bob.id}`,
      "endswith(Title,'a')",
      'Created gt 2026-01-01T00:00:00Z',
      "Score eq 'five'",
      'year(Created) eq 2026',
    ])
      assert.equal((await q(w, `$filter=${encodeURIComponent(filter)}`)).status, 400, filter);
  });

  it('$orderby asc/desc with several keys; ID breaks ties', async () => {
    const w = seeded();
    assert.deepEqual(await ids(await q(w, '$orderby=Score desc')), [3, 1, 2, 4]);
    assert.deepEqual(await ids(await q(w, '$orderby=Score,Created desc')), [4, 2, 1, 3]);
    assert.deepEqual(await ids(await q(w, '$orderby=Title')), [1, 2, 3, 4]);
    assert.equal((await q(w, '$orderby=Nope')).status, 400);
  });

  it('pages of 100 by default; $top; $top above 5000 refused', async () => {
    const w = world();
    w.posts.addMany(150, w.ann.id, START);
    assert.equal((await body(await q(w, ''))).value.length, 100);
    assert.equal((await body(await q(w, '$top=7'))).value.length, 7);
    assert.equal((await q(w, '$top=5001')).status, 400);
    assert.equal((await q(w, '$top=0')).status, 400);
  });

  it('follows odata.nextLink with an encoded $skiptoken to the end', async () => {
    const w = seeded();
    const f = w.sp.fetchAs(w.owner.id);
    const first = await body(await q(w, '$select=Title,ID&$orderby=ID asc&$top=3'));
    assert.deepEqual(
      first.value.map((i: { ID: number }) => i.ID),
      [1, 2, 3],
    );
    assert.equal(
      first['odata.nextLink'],
      "https://contoso.sharepoint.com/sites/intranet/_api/web/lists/getbytitle('Plein%20Posts')/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d3&%24select=Title%2cID&%24orderby=ID+asc&%24top=3",
    );
    const second = await body(
      await f(first['odata.nextLink'], { headers: { Accept: 'application/json;odata=nometadata' } }),
    );
    assert.deepEqual(
      second.value.map((i: { ID: number }) => i.ID),
      [4],
    );
    assert.equal(second['odata.nextLink'], undefined);
  });

  it('verbose pages with d.__next, 4.0 with @odata.nextLink; pages keep a custom order', async () => {
    const w = seeded();
    const f = w.sp.fetchAs(w.owner.id);
    const v = await body(await get(f, `${ITEMS}?$top=2&$orderby=Score desc`, VERBOSE));
    assert.deepEqual(
      v.d.results.map((i: { Id: number }) => i.Id),
      [3, 1],
    );
    const v2 = await body(await f(v.d.__next, { headers: VERBOSE }));
    assert.deepEqual(
      v2.d.results.map((i: { Id: number }) => i.Id),
      [2, 4],
    );
    const four = await body(await get(f, `${ITEMS}?$top=3`, V4));
    const rest = await body(await f(four['@odata.nextLink'], { headers: V4 }));
    assert.deepEqual(
      rest.value.map((i: { Id: number }) => i.Id),
      [4],
    );
  });

  it('the token carries p_<Field> for other orders: text, dates, and an anchor deleted between pages', async () => {
    const w = world();
    for (const [i, title] of ['10', '9', 'b', 'a', '2'].entries())
      w.posts.add(w.ann.id, START + i * 1000, { Title: title });
    const f = w.sp.fetchAs(w.owner.id);
    const first = await body(await q(w, '$orderby=Title desc&$top=2&$select=Title'));
    assert.deepEqual(first.value, [{ Title: 'b' }, { Title: 'a' }]);
    assert.match(decodeURIComponent(first['odata.nextLink']), /\$skiptoken=Paged=TRUE&p_Title=a&p_ID=4&/);
    w.posts.items.delete(4);
    const second = await body(
      await f(first['odata.nextLink'], { headers: { Accept: 'application/json;odata=nometadata' } }),
    );
    assert.deepEqual(second.value, [{ Title: '9' }, { Title: '2' }]);
    const byDate = await body(await q(w, '$orderby=Created desc&$top=2&$select=Id'));
    const next = await body(
      await f(byDate['odata.nextLink'], { headers: { Accept: 'application/json;odata=nometadata' } }),
    );
    assert.deepEqual([...byDate.value, ...next.value], [{ Id: 5 }, { Id: 3 }, { Id: 2 }, { Id: 1 }]);
  });

  it('a raw & in $skiptoken loses p_ID and restarts at ID 1, as SharePoint does', async () => {
    const w = seeded();
    assert.deepEqual(await ids(await q(w, '$top=2&$skiptoken=Paged=TRUE&p_ID=2')), [1, 2]);
    assert.deepEqual(await ids(await q(w, '$top=2&$skiptoken=Paged%3DTRUE%26p_ID%3D2')), [3, 4]);
  });
});

describe('list view threshold', () => {
  function big() {
    const w = world();
    w.posts.addMany(5001, w.ann.id, START, (i) => ({ Title: `t${i}`, Channel: i < 10 ? 'rare' : 'common', Score: i }));
    return w;
  }

  it('a filter on a non-indexed column over 5,000 items is a 500 SPQueryThrottledException', async () => {
    const w = big();
    const r = await q(w, "$filter=Title eq 't1'");
    assert.equal(r.status, 500);
    assert.deepEqual((await body(r))['odata.error'], {
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: {
        lang: 'en-US',
        value: 'The attempted operation is prohibited because it exceeds the list view threshold.',
      },
    });
  });

  it('an indexed first clause that narrows to 5,000 or fewer works, even with a non-indexed-free rest', async () => {
    const w = big();
    assert.deepEqual(await ids(await q(w, "$filter=Channel eq 'rare' and Score ge 8")), [9, 10]);
  });

  it('an indexed first clause still matching over 5,000 items fails; so does sorting on a non-indexed column', async () => {
    const w = big();
    assert.equal((await q(w, "$filter=Score ge 0 and Channel eq 'rare'")).status, 500);
    assert.equal((await q(w, '$orderby=Title')).status, 500);
    assert.equal((await q(w, "$filter=Channel eq 'rare' and Title eq 't1'")).status, 500);
  });

  it('paging in ID order with $top 5000 and $skiptoken still reads everything', async () => {
    const w = big();
    const f = w.sp.fetchAs(w.owner.id);
    const first = await body(await q(w, '$top=5000&$select=Id'));
    assert.equal(first.value.length, 5000);
    const second = await body(
      await f(first['odata.nextLink'], { headers: { Accept: 'application/json;odata=nometadata' } }),
    );
    assert.deepEqual(second.value, [{ Id: 5001 }]);
  });

  it('indexing a column (as provisioning would) lifts the error', async () => {
    const w = big();
    w.posts.field('Title').indexed = true;
    assert.deepEqual(await ids(await q(w, "$filter=Title eq 't1'")), [2]);
  });
});
