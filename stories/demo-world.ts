import { ManualClock, type PleinStore } from '@plein/core';
import { createFaults, withFaults } from '@plein/core/testing';
import type { MemoryDb } from '@plein/store-memory';
import { createDemoDb } from '@plein/store-memory/demo.js';

/** What a story's element gets: a store acting as someone, and a clock that stands still. */
export interface Loaded {
  store: PleinStore;
  clock: ManualClock;
}

export interface WorldOptions {
  /** Who the element acts as. */
  as: string;
  /** Writes to make before the story renders. */
  prepare?: (db: MemoryDb) => Promise<unknown>;
  /** Puts the store behind faults: `fail` rejects every call, `stall` never answers. */
  fault?: 'fail' | 'stall';
}

/**
 * A loader that makes a fresh demo world for one story at `start`, so every render is the
 * same: its own memory db with the demo data, on a clock that stands still.
 */
export function demoWorld(start: number, { as, prepare, fault }: WorldOptions) {
  return async (): Promise<Loaded> => {
    const clock = new ManualClock(start);
    const db = createDemoDb({ clock });
    await prepare?.(db);
    let store = db.storeFor(as);
    if (fault) {
      const faults = createFaults();
      if (fault === 'fail') faults.failNext('unavailable', { count: Number.MAX_SAFE_INTEGER });
      else faults.stall();
      store = withFaults(store, faults.gate);
    }
    return { store, clock };
  };
}
