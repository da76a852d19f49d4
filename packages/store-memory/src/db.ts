import {
  PleinError,
  systemClock,
  type Capabilities,
  type ChangeEvent,
  type Clock,
  type PleinStore,
  type Topic,
} from '@plein/core';
import type { SeedData } from '@plein/core/testing';
import { Persistence, deserialize, serialize, type PersistOptions } from './persistence.js';
import { seedPollRecord } from './polls.js';
import { emptyState, type State } from './state.js';
import { createPersonStore } from './store.js';

export const MEMORY_CAPABILITIES: Capabilities = Object.freeze({
  features: Object.freeze(['polls']) as Capabilities['features'],
  anonymousPolls: true,
  sealedResults: true,
  liveUpdates: 'push',
  maxPageSize: 100,
});

export interface MemoryDbOptions {
  /** Defaults to the system clock; tests pass a `ManualClock`. */
  clock?: Clock;
  /** Keep the data in Web Storage (localStorage unless another storage is given). */
  persist?: PersistOptions;
}

/** What a write changed, announced to subscribers once it is saved. */
export interface Change {
  pollId: string;
  type: ChangeEvent['type'];
}

interface Listener {
  topic: Topic;
  onChange: (event: ChangeEvent) => void;
}

/** setTimeout's longest delay; later deadlines are reached in steps. */
const MAX_DELAY = 2_147_483_647;

/**
 * The data of one memory backend, shared by the stores of everyone who uses it:
 * `db.storeFor(personId)` is that person signed in. Writes run synchronously, one at a time, so
 * counts stay exact however many votes arrive together.
 */
export class MemoryDb {
  readonly clock: Clock;
  readonly capabilities: Capabilities = MEMORY_CAPABILITIES;
  private state: State = emptyState();
  private readonly listeners = new Set<Listener>();
  private readonly timers = new Map<string, unknown>();
  private readonly persistence: Persistence | undefined;
  private disposed = false;

  constructor(options: MemoryDbOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.persistence = options.persist && new Persistence(options.persist, () => this.sync());
    this.sync();
  }

  /** A store signed in as `personId` (who must be among the people, or calls are `unauthenticated`). */
  storeFor(personId: string): PleinStore {
    return createPersonStore(this, personId);
  }

  /** True until anyone or anything has been added. */
  get isEmpty(): boolean {
    const state = this.read();
    return state.people.size === 0 && state.polls.size === 0;
  }

  /** The id of the person added first, if anyone was. */
  firstPersonId(): string | undefined {
    return this.read().people.keys().next().value;
  }

  /** Adds or replaces people and polls as given, without the rules a creator must follow. */
  seed(data: SeedData): void {
    this.write((state) => {
      for (const person of data.people) {
        state.people.set(person.id, { ...person, roles: person.roles ? [...person.roles] : ['member'] });
      }
      const changes: Change[] = [];
      for (const poll of data.polls ?? []) {
        state.polls.set(poll.id, seedPollRecord(poll, ++state.seq));
        changes.push({ pollId: poll.id, type: 'created' });
      }
      return { result: undefined, changes };
    });
  }

  /** Stops timers and listeners; later calls fail with `unavailable`. */
  dispose(): void {
    this.disposed = true;
    for (const handle of this.timers.values()) this.clock.clearTimeout(handle);
    this.timers.clear();
    this.listeners.clear();
    this.persistence?.dispose();
  }

  // ---------------------------------------------------------------------------- for the stores

  /** @internal The current data, after catching up with writes by other tabs. Do not mutate. */
  read(): State {
    if (this.disposed) throw new PleinError('unavailable', { reason: 'disposed' });
    this.sync();
    return this.state;
  }

  /**
   * @internal Runs `change` on the current data, then saves and announces what it changed.
   * `change` must check everything before it mutates: a thrown error leaves the data as it was.
   */
  write<T>(change: (state: State) => { result: T; changes?: Change[] }): T {
    const state = this.read();
    const { result, changes = [] } = change(state);
    for (const { pollId, type } of changes) {
      const poll = state.polls.get(pollId);
      if (poll && type !== 'created') {
        poll.rev++;
        poll.change = type;
      }
      this.schedule(pollId);
    }
    this.persistence?.write(serialize(state));
    this.emit(changes);
    return result;
  }

  /** @internal */
  subscribe(topic: Topic, onChange: (event: ChangeEvent) => void): () => void {
    const listener = { topic: { ...topic }, onChange };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------------------- internals

  /** Events go out after the write, each in its own microtask, so a failing listener harms no one. */
  private emit(changes: Change[]): void {
    const at = new Date(this.clock.now()).toISOString();
    for (const { pollId, type } of changes) {
      for (const listener of this.listeners) {
        const { topic } = listener;
        if (!(topic.kind === 'polls' || (topic.kind === 'poll' && topic.id === pollId))) continue;
        const event: ChangeEvent = { topic: { ...topic }, type, id: pollId, at };
        queueMicrotask(() => {
          if (this.listeners.has(listener)) listener.onChange(event);
        });
      }
    }
  }

  /** Picks up data another tab (or another db on the same storage) wrote, and announces it. */
  private sync(): void {
    const read = this.persistence?.readIfChanged();
    if (!read || this.disposed) return;
    const next = deserialize(read.raw);
    if (!next) return; // missing, corrupt or another version: keep what we have, overwrite on the next write
    const before = this.state;
    this.state = next;
    const changes: Change[] = [];
    for (const [id, poll] of next.polls) {
      const old = before.polls.get(id);
      if (!old) changes.push({ pollId: id, type: 'created' });
      else if (old.rev !== poll.rev) changes.push({ pollId: id, type: poll.change });
    }
    for (const id of before.polls.keys()) if (!next.polls.has(id)) changes.push({ pollId: id, type: 'deleted' });
    for (const id of new Set([...before.polls.keys(), ...next.polls.keys()])) this.schedule(id);
    this.emit(changes);
  }

  /** Keeps one timer per open poll with a deadline, which announces the close when it passes. */
  private schedule(pollId: string): void {
    const existing = this.timers.get(pollId);
    if (existing !== undefined) this.clock.clearTimeout(existing);
    this.timers.delete(pollId);
    const poll = this.state.polls.get(pollId);
    if (this.disposed || !poll || poll.closedAt !== undefined || poll.closesAt === undefined) return;
    const { closesAt } = poll;
    const wait = Date.parse(closesAt) - this.clock.now();
    if (wait <= 0) return;
    const handle = this.clock.setTimeout(
      () => {
        this.timers.delete(pollId);
        const current = this.state.polls.get(pollId);
        if (!current || current.closesAt !== closesAt || current.closedAt !== undefined) return;
        if (Date.parse(closesAt) > this.clock.now()) this.schedule(pollId);
        else this.emit([{ pollId, type: 'closed' }]);
      },
      Math.min(wait, MAX_DELAY),
    );
    // In Node, a deadline days away must not keep the process alive.
    (handle as { unref?: () => void } | null)?.unref?.();
    this.timers.set(pollId, handle);
  }
}
