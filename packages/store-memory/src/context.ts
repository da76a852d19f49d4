import { PleinError, toPleinError } from '@plein/core';
import type { MemoryDb } from './db.js';
import { KEYS_KEPT, type PersonRecord, type State } from './state.js';

/** Every call settles as a PleinError or a fresh copy of the data; nothing leaks by reference. */
export async function call<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toPleinError(error);
  }
}

/** One signed-in person over a shared db: what each API group of their store needs. */
export interface PersonContext {
  db: MemoryDb;
  personId: string;
  now(): number;
  iso(): string;
  /** The signed-in person, or `unauthenticated` when they are not among the people. */
  actor(state: State): PersonRecord;
  /**
   * The first result of an earlier write with this key, if any; keys are per person and
   * operation. With `target`, a key first used on another target is a `conflict`.
   */
  replayed(state: State, operation: string, key: string, target?: string): string | undefined;
  remember(state: State, operation: string, key: string, id: string): void;
}

export function personContext(db: MemoryDb, personId: string): PersonContext {
  const now = () => db.clock.now();
  return {
    db,
    personId,
    now,
    iso: () => new Date(now()).toISOString(),
    actor(state) {
      const me = state.people.get(personId);
      if (!me) throw new PleinError('unauthenticated', { reason: 'unknown-person' });
      return me;
    },
    replayed(state, operation, key, target) {
      const id = state.keys.get(`${personId}\n${operation}\n${key}`);
      if (id !== undefined && target !== undefined && id !== target) {
        throw new PleinError('conflict', { field: 'idempotencyKey', reason: 'key-reused' });
      }
      return id;
    },
    remember(state, operation, key, id) {
      state.keys.set(`${personId}\n${operation}\n${key}`, id);
      for (const oldest of state.keys.keys()) {
        if (state.keys.size <= KEYS_KEPT) break;
        state.keys.delete(oldest);
      }
    },
  };
}
