import { systemClock, type Clock } from '@plein/core';
import type { SeedData } from '@plein/core/testing';
import { MemoryDb } from './db.js';
import { resolvePersist, type PersistOptions } from './persistence.js';

/** Where the demo data is kept when `persist` is `true`. */
export const DEMO_STORAGE_KEY = 'plein-demo';

/**
 * A memory db holding `data` (the demo data, which embed loads as a chunk of its own from
 * `@plein/store-memory/demo-data.js`): seeded on first use, kept if `persist` is given.
 */
export function openDemoDb(
  data: (now: number) => SeedData,
  options: { persist?: boolean | PersistOptions; clock?: Clock } = {},
): MemoryDb {
  const clock = options.clock ?? systemClock;
  const db = new MemoryDb({ clock, persist: resolvePersist(options.persist, DEMO_STORAGE_KEY) });
  if (db.isEmpty) void db.seed(data(clock.now()));
  else if (!db.hasFeed || !db.hasKudos || !db.hasOnboarding) {
    // Demo data saved by an older version (storage version 1 to 3): add what it lacks, keep the rest.
    const { people, channels, posts, kudosValues, kudos, campaigns, enrolments, ticks } = data(clock.now());
    void db.seed({
      people: db.hasOnboarding ? [] : people,
      ...(db.hasFeed ? {} : { channels, posts }),
      ...(db.hasKudos ? {} : { kudosValues, kudos }),
      ...(db.hasOnboarding ? {} : { campaigns, enrolments, ticks }),
    });
  }
  return db;
}
