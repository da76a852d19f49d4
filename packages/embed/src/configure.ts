import { configurePageStore, type PleinStore } from '@plein/core';
import { createStore, isRecord, parseDescriptor, type StoreDescriptor } from './descriptor.js';

/** What `Plein.configure` accepts: a store, a promise of one (for stores that need a token first), or a descriptor. */
export type StoreConfig = PleinStore | Promise<PleinStore> | StoreDescriptor;

/**
 * Sets the page default store that every Plein element without its own store uses.
 * Returns the store once it is ready. A malformed descriptor throws a TypeError at once.
 */
export function configure(config: StoreConfig): Promise<PleinStore> {
  const store = isThenable(config)
    ? Promise.resolve(config)
    : isStore(config)
      ? Promise.resolve(config)
      : createStore(parseDescriptor(config));
  configurePageStore(store);
  return store;
}

function isThenable(value: unknown): value is Promise<PleinStore> {
  return isRecord(value) && typeof value.then === 'function';
}

function isStore(value: unknown): value is PleinStore {
  return isRecord(value) && typeof value.me === 'function' && typeof value.subscribe === 'function';
}
