import type { SeedData } from '@plein/core/testing';
import type { MemoryDb } from './db.js';
import { seedFeed } from './feed-seed.js';
import { seedKudos } from './kudos-seed.js';
import { seedPolls } from './poll-seed.js';

/**
 * Seeding, a chunk of its own: tests and demos fill a db with it (MemoryDb.seed loads it), the
 * store a page uses never needs it. Polls, the feed and kudos go in one write; onboarding follows
 * its own rules, loaded when the seed has campaigns or campaigns' audience rules may take the
 * people seeded; insights targets come with the insights chunk. A db disposed meanwhile is left alone.
 */
export async function seed(db: MemoryDb, data: SeedData): Promise<void> {
  if (db.disposed) return;
  db.write((state) => ({
    result: undefined,
    changes: [...seedPolls(state, data), ...seedFeed(state, data, db.clock.now()), ...seedKudos(state, data)],
  }));
  if (data.campaigns || db.state.campaigns.size) {
    const onboarding = await db.onboarding();
    if (!db.disposed) onboarding.seed(db, data);
  }
  if (data.targets) {
    const insights = await import('./insights.js');
    if (!db.disposed) insights.seed(db, data);
  }
}
