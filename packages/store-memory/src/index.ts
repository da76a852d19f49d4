import type { Clock, PleinStore } from '@plein/core';
import type { SeedData } from '@plein/core/testing';
import { MemoryDb } from './db.js';
import { resolvePersist, type PersistOptions } from './persistence.js';

export { MemoryDb, MEMORY_CAPABILITIES, type MemoryDbOptions } from './db.js';
export { STORAGE_VERSION, type PersistOptions, type StorageLike } from './persistence.js';
// For tests: a contract-suite world (tree-shaken out of bundles that do not use it).
export { createMemoryWorld } from './world.js';
// The demo data and stores over it: `@plein/store-memory/demo.js`.
export { DEMO_STORAGE_KEY, openDemoDb } from './demo-db.js';

/** Where a memory store's data is kept when `persist` is `true`. */
export const MEMORY_STORAGE_KEY = 'plein-memory';

/** Who a store with no people of its own signs in as. */
const LOCAL_PERSON = { id: 'p-local', displayName: 'Local user', roles: ['member' as const] };

export interface MemoryStoreOptions {
  /** The signed-in person's id; defaults to the first person in the db. */
  user?: string;
  /** Share data with other people's stores; a new db is made when left out. */
  db?: MemoryDb;
  clock?: Clock;
  /** Keep the data in Web Storage; `true` uses `MEMORY_STORAGE_KEY` in localStorage. */
  persist?: boolean | PersistOptions;
  /** Data to add while the db is still empty. */
  seed?: SeedData;
}

/**
 * A store signed in as `user`, over the given db or a new one. Without a user and without
 * people, it adds one local member, so a bare `{ "kind": "memory" }` still works.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): PleinStore {
  const db =
    options.db ?? new MemoryDb({ clock: options.clock, persist: resolvePersist(options.persist, MEMORY_STORAGE_KEY) });
  if (options.seed && db.isEmpty) db.seed(options.seed);
  let user = options.user ?? db.firstPersonId();
  if (user === undefined) {
    db.seed({ people: [LOCAL_PERSON] });
    user = LOCAL_PERSON.id;
  }
  return db.storeFor(user);
}
