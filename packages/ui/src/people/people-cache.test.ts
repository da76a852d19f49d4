import { expect } from '@open-wc/testing';
import type { Person, PleinStore } from '@plein/core';
import { PEOPLE_CACHE_MAX, PeopleCache } from './people-cache.js';

const person = (id: string): Person => ({ id, displayName: `Person ${id}` });

/** A store that knows people `p0` … `p999` (and no one else) and records every `getMany`. */
function directory() {
  const calls: string[][] = [];
  const store = {
    people: {
      getMany: async (ids: readonly string[]) => {
        calls.push([...ids]);
        return ids.filter((id) => /^p\d+$/.test(id)).map(person);
      },
    },
  } as unknown as PleinStore;
  return { store, calls };
}

/** Lets the batched `getMany` run and its answer land. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Reads `ids` the way a render does, then waits for whatever was missing. */
async function show(cache: PeopleCache, ids: string[]): Promise<(string | undefined)[]> {
  ids.forEach((id) => cache.get(id));
  await settle();
  return ids.map((id) => cache.get(id)?.displayName);
}

describe('PeopleCache', () => {
  it('asks for everyone missing in one call per tick, and not again', async () => {
    const { store, calls } = directory();
    let changes = 0;
    const cache = new PeopleCache(
      () => store,
      () => changes++,
    );
    expect(await show(cache, ['p1', 'p2', 'nobody'])).to.deep.equal(['Person p1', 'Person p2', undefined]);
    expect(calls).to.deep.equal([['p1', 'p2', 'nobody']]);
    expect(changes).to.equal(1);
    await show(cache, ['p1', 'p2', 'nobody']);
    expect(calls).to.have.length(1);
  });

  it('keeps 500 people by default, dropping the least recently read', async () => {
    const { store, calls } = directory();
    const cache = new PeopleCache(
      () => store,
      () => {},
    );
    expect(PEOPLE_CACHE_MAX).to.equal(500);
    // A page open for days: 1,000 people shown a screenful (10) at a time.
    for (let screen = 0; screen < 100; screen++) {
      await show(
        cache,
        Array.from({ length: 10 }, (_, i) => `p${screen * 10 + i}`),
      );
      expect(cache.size).to.be.at.most(PEOPLE_CACHE_MAX);
    }
    expect(cache.size).to.equal(PEOPLE_CACHE_MAX);
    // The most recent 500 are known; an early one is asked for again, once.
    calls.length = 0;
    await show(cache, ['p999', 'p500']);
    expect(calls).to.deep.equal([]);
    expect(await show(cache, ['p0'])).to.deep.equal(['Person p0']);
    expect(calls).to.deep.equal([['p0']]);
  });

  it('drops whom nobody read lately, not whom was read again', async () => {
    const { store, calls } = directory();
    const cache = new PeopleCache(
      () => store,
      () => {},
      { max: 3 },
    );
    await show(cache, ['p1', 'p2', 'p3']);
    await show(cache, ['p4']); // over the bound, but everyone was read since the last answer
    await show(cache, ['p1']); // read again: now the most recent
    await show(cache, ['p5']); // this answer drops p2 and p3, read least recently
    expect(cache.size).to.equal(3);
    calls.length = 0;
    expect(await show(cache, ['p1', 'p4', 'p5'])).to.deep.equal(['Person p1', 'Person p4', 'Person p5']);
    expect(calls).to.deep.equal([]);
    expect(await show(cache, ['p2'])).to.deep.equal(['Person p2']);
    expect(calls).to.deep.equal([['p2']]);
  });

  it('keeps everyone on screen when a view shows more people than it may keep', async () => {
    const { store, calls } = directory();
    let changes = 0;
    const cache = new PeopleCache(
      () => store,
      () => changes++,
      { max: 2 },
    );
    const screen = ['p1', 'p2', 'p3', 'p4'];
    expect(await show(cache, screen)).to.deep.equal(screen.map((id) => `Person ${id}`));
    // Rendering again (after the change) finds them all: no fetching in a loop.
    for (let i = 0; i < 3; i++) expect(await show(cache, screen)).to.deep.equal(screen.map((id) => `Person ${id}`));
    expect(calls).to.deep.equal([screen]);
    expect(changes).to.equal(1);
    // Once the view moves on, the answers that follow bring the cache back within its bound.
    await show(cache, ['p9']);
    await show(cache, ['p10']);
    expect(cache.size).to.equal(2);
  });

  it('forgets everyone for another store', async () => {
    const { store, calls } = directory();
    const cache = new PeopleCache(
      () => store,
      () => {},
    );
    cache.add([person('p1')]);
    expect(cache.get('p1')?.displayName).to.equal('Person p1');
    cache.clear();
    expect(cache.size).to.equal(0);
    expect(await show(cache, ['p1'])).to.deep.equal(['Person p1']);
    expect(calls).to.deep.equal([['p1']]);
  });
});
