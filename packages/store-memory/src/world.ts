import { ManualClock } from '@plein/core';
import { createFaults, withFaults, type World } from '@plein/core/testing';
import { MemoryDb } from './db.js';

/** A contract-suite world over a fresh memory db: manual clock, faults in front of every call. */
export function createMemoryWorld(options: { clock?: ManualClock } = {}): World {
  const clock = options.clock ?? new ManualClock();
  const db = new MemoryDb({ clock });
  const faults = createFaults();
  return {
    as: (personId) => withFaults(db.storeFor(personId), faults.gate),
    seed: async (data) => db.seed(data),
    clock,
    faults,
    capabilities: db.capabilities,
    dispose: async () => db.dispose(),
  };
}
