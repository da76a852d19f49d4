import type { PleinStore } from './types.js';

/**
 * The page default store, set once by `Plein.configure(...)`. Kept on `globalThis` under a
 * `Symbol.for` key so two copies of Plein on one page share it.
 */
interface Slot {
  store?: Promise<PleinStore>;
  waiters: ((store: Promise<PleinStore>) => void)[];
}

const KEY = Symbol.for('plein.page-store');

function slot(): Slot {
  const global = globalThis as { [KEY]?: Slot };
  return (global[KEY] ??= { waiters: [] });
}

/** Sets the page default store (an object, or a promise of one for stores that need a token first). */
export function configurePageStore(store: PleinStore | Promise<PleinStore>): void {
  const current = slot();
  current.store = Promise.resolve(store);
  // A store that fails to start is reported to whoever waits for it, not as an unhandled rejection.
  current.store.catch(() => undefined);
  for (const wake of current.waiters.splice(0)) wake(current.store);
}

/** Resolves with the page default store as soon as one is configured; never rejects for lack of one. */
export function pageStore(): Promise<PleinStore> {
  const current = slot();
  if (current.store) return current.store;
  return new Promise((resolve, reject) => {
    current.waiters.push((store) => store.then(resolve, reject));
  });
}

/** For tests: forget the page default. */
export function resetPageStore(): void {
  const current = slot();
  delete current.store;
  current.waiters.length = 0;
}
