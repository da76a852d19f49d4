import { PleinError, mentionedIds, newId, parseWriteOptions, toPleinError, type Notification } from '@plein/core';
import type { Change, MemoryDb } from './db.js';
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
  /** Runs `read` over the current data, as the signed-in person. */
  reading<T>(read: (state: State, me: PersonRecord) => T): Promise<T>;
  /** Runs `change` as one write (see MemoryDb.write), as the signed-in person, with the checked idempotency key. */
  writing<T>(
    options: unknown,
    change: (state: State, me: PersonRecord, key: string) => { result: T; changes?: Change[] },
  ): Promise<T>;
  /**
   * The first result of an earlier write with this key, if any; keys are per person and
   * operation. With `target`, a key first used on another target is a `conflict`.
   */
  replayed(state: State, operation: string, key: string, target?: string): string | undefined;
  remember(state: State, operation: string, key: string, id: string): void;
  /** Tells each of `to` (once, never the signed-in person) about `entryId`; `where` places feed entries. */
  notify(
    kind: Notification['kind'],
    to: Iterable<string>,
    entryId: string,
    where?: { postId: string; channel: string },
  ): Change[];
}

/** The record under `id`; `not-found` when there is none. */
export function found<T>(records: ReadonlyMap<string, T>, id: unknown): T {
  const record = typeof id === 'string' ? records.get(id) : undefined;
  if (record === undefined) throw new PleinError('not-found', { field: 'id' });
  return record;
}

/** Every mention in a text must name someone who exists. */
export function checkMentions(state: State, text: string, field: string): void {
  if (mentionedIds(text).some((id) => !state.people.has(id))) {
    throw new PleinError('invalid', { field, reason: 'unknown-mention' });
  }
}

export function personContext(db: MemoryDb, personId: string): PersonContext {
  const now = () => db.clock.now();
  const iso = () => new Date(now()).toISOString();
  /** Runs at once, or after the seeds in progress (MemoryDb.seed): a call sees what was seeded before it. */
  const after = <T>(run: () => T): T | Promise<T> => (db.seeding ? db.seeding.then(run) : run());
  const actor = (state: State) => {
    const me = state.people.get(personId);
    if (!me) throw new PleinError('unauthenticated', { reason: 'unknown-person' });
    return me;
  };
  return {
    db,
    personId,
    now,
    iso,
    actor,
    reading: (read) =>
      call(() =>
        after(() => {
          const state = db.read();
          return read(state, actor(state));
        }),
      ),
    writing: (options, change) =>
      call(() =>
        after(() => db.write((state) => change(state, actor(state), parseWriteOptions(options).idempotencyKey))),
      ),
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
    notify: (kind, to, entryId, where) =>
      [...new Set(to)]
        .filter((recipient) => recipient !== personId)
        .map((recipient) => ({
          kind: 'notification',
          notification: {
            id: newId('note'),
            personId: recipient,
            kind,
            actorId: personId,
            entryId,
            ...where,
            at: iso(),
          },
        })),
  };
}
