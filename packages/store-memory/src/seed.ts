import type { Clock, PleinStore } from '@plein/core';
import type { MemoryDb } from './db.js';
import { DEMO_PERSONAS, demoSeed } from './demo-data.js';
import { openDemoDb } from './demo-db.js';
import type { PersistOptions } from './persistence.js';

export interface DemoStoreOptions {
  /** Who is signed in; defaults to the member persona. */
  user?: string;
  /** Keep the demo data between page loads (and in step across tabs); `true` uses `DEMO_STORAGE_KEY`. */
  persist?: boolean | PersistOptions;
  clock?: Clock;
  /** Use this db (for an "acting as" switcher: one db, a store per persona). */
  db?: MemoryDb;
}

/** A memory db holding the demo data: seeded on first use, kept if `persist` is given. */
export function createDemoDb(options: { persist?: boolean | PersistOptions; clock?: Clock } = {}): MemoryDb {
  return openDemoDb(demoSeed, options);
}

/** A store over the demo data, signed in as `user`. */
export function createDemoStore(options: DemoStoreOptions = {}): PleinStore {
  const db = options.db ?? createDemoDb(options);
  return db.storeFor(options.user ?? DEMO_PERSONAS.member);
}
