import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPleinError } from '@plein/core';
import { itemsPath, readAll, readPage } from './paging.js';
import type { ListDef } from './schema.js';
import { world } from './sp.fixtures.js';

const VOTES: ListDef = {
  title: 'Votes',
  fields: [
    { name: 'PollId', type: 'Integer', indexed: true },
    { name: 'OptionId', type: 'Integer' },
    { name: 'Voter', type: 'User', indexed: true },
  ],
};

function bigWorld() {
  const w = world();
  const list = w.site.addList({ title: VOTES.title, fields: VOTES.fields });
  list.addMany(5001, w.ann.id, w.clock.now(), (i) => ({ PollId: i < 4990 ? 1 : 2, OptionId: i % 3, Voter: w.ann.id }));
  return { w, list };
}

describe('paging past the list view threshold', () => {
  it('reads a 5,001-item list in pages of at most 5,000', async () => {
    const { w } = bigWorld();
    const sp = w.client(w.ann.id);
    const pages: number[] = [];
    const ids = new Set<number>();
    for await (const page of readAll<{ Id: number }>(sp, VOTES, { select: ['Id'] })) {
      pages.push(page.length);
      for (const item of page) ids.add(item.Id);
    }
    assert.deepEqual(pages, [5000, 1]);
    assert.equal(ids.size, 5001);
  });

  it('filters on an indexed column and follows the next link', async () => {
    const { w } = bigWorld();
    const sp = w.client(w.bob.id);
    const first = await readPage<{ OptionId: number }>(sp, VOTES, {
      where: [{ field: 'PollId', op: 'eq', value: 2 }],
      top: 7,
    });
    assert.equal(first.items.length, 7);
    assert.ok(first.next);
    const second = await readPage(sp, VOTES, first.next);
    assert.equal(second.items.length, 4);
    assert.equal(second.next, undefined);
    const byVoter = await readPage(sp, VOTES, {
      where: [
        { field: 'PollId', op: 'eq', value: 2 },
        { field: 'VoterId', op: 'eq', value: w.ann.id },
      ],
      orderBy: { field: 'ID', desc: true },
    });
    assert.equal(byVoter.items.length, 11);
  });

  it('refuses to build a query that would fail past 5,000 items', () => {
    assert.throws(() => itemsPath(VOTES, { where: [{ field: 'OptionId', op: 'eq', value: 1 }] }), /not indexed/);
    assert.throws(() => itemsPath(VOTES, { orderBy: { field: 'OptionId' } }), /not indexed/);
    assert.throws(() => itemsPath(VOTES, { top: 5001 }), RangeError);
    assert.match(
      decodeURIComponent(itemsPath(VOTES, { where: [{ field: 'PollId', op: 'eq', value: 1 }], top: 10 })),
      /\$top=10&\$filter=PollId eq 1$/,
    );
  });

  it('quotes text and dates in filters', () => {
    const list: ListDef = {
      title: "Bob's",
      fields: [
        { name: 'Tag', type: 'Text', indexed: true },
        { name: 'At', type: 'DateTime', indexed: true },
      ],
    };
    const path = decodeURIComponent(
      itemsPath(list, {
        where: [
          { field: 'Tag', op: 'eq', value: "it's" },
          { field: 'At', op: 'ge', value: new Date(Date.UTC(2026, 0, 1)) },
        ],
      }),
    );
    assert.match(path, /getbytitle\('Bob''s'\)/);
    assert.match(path, /Tag eq 'it''s' and At ge datetime'2026-01-01T00:00:00.000Z'/);
  });

  it('the same query on a non-indexed column really fails on SharePoint', async () => {
    const { w } = bigWorld();
    await assert.rejects(
      w.client(w.ann.id).get("web/lists/getbytitle('Votes')/items?$filter=OptionId eq 1"),
      (e) => isPleinError(e) && e.details.reason === 'list-view-threshold',
    );
  });
});
