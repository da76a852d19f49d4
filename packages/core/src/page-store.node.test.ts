import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { configurePageStore, pageStore, resetPageStore } from './page-store.js';
import type { PleinStore } from './types.js';

const fakeStore = (name: string) => ({ name }) as unknown as PleinStore;

/** Lets every queued promise job run (no timers, no waiting on the wall clock). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Whether a promise has settled yet, with its value. */
async function peek<T>(promise: Promise<T>): Promise<{ settled: boolean; value?: T; error?: unknown }> {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  await settle();
  return state;
}

describe('page store', () => {
  afterEach(() => resetPageStore());

  it('resolves at once when a store is already configured', async () => {
    const store = fakeStore('a');
    configurePageStore(store);
    assert.equal(await pageStore(), store);
  });

  it('waits, without rejecting, until a store is configured', async () => {
    const first = pageStore();
    const second = pageStore();
    assert.deepEqual(await peek(first), { settled: false });
    const store = fakeStore('late');
    configurePageStore(store);
    assert.equal(await first, store);
    assert.equal(await second, store);
  });

  it('accepts a promise of a store and waits for it', async () => {
    let resolve!: (store: PleinStore) => void;
    configurePageStore(new Promise<PleinStore>((r) => (resolve = r)));
    const waiting = pageStore();
    assert.deepEqual(await peek(waiting), { settled: false });
    const store = fakeStore('with-token');
    resolve(store);
    assert.equal(await waiting, store);
  });

  it('passes on a failure to create the store', async () => {
    const failure = new Error('token callback failed');
    const waiting = pageStore();
    configurePageStore(Promise.reject(failure));
    await assert.rejects(waiting, failure);
    await assert.rejects(pageStore(), failure);
  });

  it('a later configure replaces the default for later callers', async () => {
    const a = fakeStore('a');
    const b = fakeStore('b');
    configurePageStore(a);
    const early = pageStore();
    configurePageStore(b);
    assert.equal(await early, a);
    assert.equal(await pageStore(), b);
  });

  it('reset forgets the default', async () => {
    configurePageStore(fakeStore('a'));
    resetPageStore();
    assert.deepEqual(await peek(pageStore()), { settled: false });
  });

  it('is shared with another copy of Plein through a Symbol.for key', async () => {
    const copy = (await import(`./page-store.js?copy=${Date.now()}`)) as typeof import('./page-store.js');
    assert.notEqual(copy.pageStore, pageStore, 'a separate module instance');
    const waiting = copy.pageStore();
    const store = fakeStore('shared');
    configurePageStore(store);
    assert.equal(await waiting, store);
    assert.equal(await copy.pageStore(), store);
    copy.resetPageStore();
    assert.deepEqual(await peek(pageStore()), { settled: false });
  });
});
