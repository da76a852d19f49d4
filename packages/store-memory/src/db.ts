import {
  PleinError,
  systemClock,
  type Capabilities,
  type ChangeEvent,
  type Clock,
  type Notification,
  type PleinStore,
  type Topic,
} from '@plein/core';
import type { SeedData } from '@plein/core/testing';
import { viewerOf } from './feed-rules.js';
import { managesKudos } from './kudos-rules.js';
import { Persistence, deserialize, serialize, type PersistOptions } from './persistence.js';
import { JOURNAL_KEPT, emptyState, type State } from './state.js';
import { createPersonStore } from './store.js';

export const MEMORY_CAPABILITIES: Capabilities = Object.freeze({
  features: Object.freeze(['polls', 'feed', 'kudos', 'onboarding', 'insights']) as Capabilities['features'],
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
export type Change =
  /** Reaches `{kind:'poll', id}` and `{kind:'polls'}`. */
  | { kind: 'poll'; id: string; type: ChangeEvent['type'] }
  /**
   * Reaches `{kind:'feed', channel}`; reports, moderation and removals also reach the
   * `moderation` topic of the channel's moderators. `id` is the post or comment.
   */
  | { kind: 'feed'; id: string; postId: string; channel: string; type: ChangeEvent['type']; actorId?: string }
  /** Reaches `{kind:'kudos'}`. `id` is the kudos, the value, or `settings`. */
  | { kind: 'kudos'; id: string; type: ChangeEvent['type']; actorId?: string }
  /** Reaches `{kind:'campaigns'}`, or `{kind:'onboarding', campaignId: id}`. `id` is the campaign. */
  | { kind: 'campaigns' | 'onboarding'; id: string; type: ChangeEvent['type']; actorId?: string }
  /** A target changed (`configured`, `id` the KPI). Every change but notifications reaches `{kind:'insights'}`. */
  | { kind: 'insights'; id: string; type: ChangeEvent['type']; actorId?: string }
  /** Reaches the `notifications` topic of `notification.personId`'s stores only. */
  | { kind: 'notification'; notification: Notification };

interface Listener {
  personId: string;
  topic: Topic;
  onChange: (event: ChangeEvent) => void;
}

/** setTimeout's longest delay; later deadlines are reached in steps. */
const MAX_DELAY = 2_147_483_647;

/** Feed changes the moderation queue shows. */
const MODERATION_TYPES: readonly ChangeEvent['type'][] = ['reported', 'moderated', 'deleted'];

/**
 * The data of one memory backend, shared by the stores of everyone who uses it:
 * `db.storeFor(personId)` is that person signed in. Writes run synchronously, one at a time, so
 * counts stay exact however many votes or reactions arrive together.
 */
export class MemoryDb {
  readonly clock: Clock;
  readonly capabilities: Capabilities = MEMORY_CAPABILITIES;
  /** @internal The data as last read, without catching up with other tabs (see `read`). Do not mutate. */
  state: State = emptyState();
  /** @internal Re-arms the onboarding reminders: set once the onboarding rules are loaded. */
  remind?: () => void;
  private lazy?: Promise<typeof import('./onboarding.js')>;
  private readonly listeners = new Set<Listener>();
  private readonly notificationHooks = new Set<(notification: Notification) => void>();
  private readonly timers = new Map<string, unknown>();
  private readonly persistence: Persistence | undefined;
  /** @internal */
  disposed = false;
  /** @internal Seeds in progress, until every one is in place: stores wait for them before each call. */
  seeding?: Promise<unknown>;

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
    return state.people.size === 0 && state.polls.size === 0 && state.posts.size === 0;
  }

  /** True once any post was written or seeded (even if all were removed since; a removed kudos counts too). */
  get hasFeed(): boolean {
    const state = this.read();
    return state.posts.size > 0 || state.removed.size > 0;
  }

  /** True once any kudos value or kudos was added (storage version 2 had none). */
  get hasKudos(): boolean {
    const state = this.read();
    return state.kudosValues.size > 0 || state.kudos.size > 0;
  }

  /** True once any onboarding campaign was added (storage version 3 had none). */
  get hasOnboarding(): boolean {
    return this.read().campaigns.size > 0;
  }

  /** The id of the person added first, if anyone was. */
  firstPersonId(): string | undefined {
    return this.read().people.keys().next().value;
  }

  /**
   * Adds or replaces people, polls, channels, posts, kudos and campaigns as given, without the
   * rules a creator must follow; near-linear in the size of the data (100,000 posts seed in one
   * sort). People are in place on return, so stores sign in at once. The rest is seeded by a
   * chunk of its own (seeding is for tests and demos, not for the store a page uses): in place
   * when the promise settles, and before a store of this db answers any call made after this one.
   */
  seed(data: SeedData): Promise<void> {
    this.write((state) => {
      for (const person of data.people) {
        state.people.set(person.id, { ...person, roles: person.roles ? [...person.roles] : ['member'] });
      }
      return { result: undefined };
    });
    // People alone need no more, unless the audience rules of campaigns may take them.
    if (Object.keys(data).length < 2 && !this.state.campaigns.size) return Promise.resolve();
    const seeded = Promise.resolve(this.seeding)
      .then(() => import('./seeding.js'))
      .then((m) => m.seed(this, data));
    const done = (): void => {
      if (this.seeding === seeding) this.seeding = undefined;
    };
    const seeding: Promise<void> = seeded.then(done, done);
    this.seeding = seeding;
    return seeded;
  }

  /** @internal The onboarding rules, a chunk of their own: loaded on first use, then they keep the reminders. */
  onboarding(): Promise<typeof import('./onboarding.js')> {
    return (this.lazy ??= import('./onboarding.js').then((m) => (m.start(this), m)));
  }

  /**
   * Hears every notification this db sends, whoever it is for: the hook a server uses to
   * deliver them elsewhere (e-mail, Teams). Called once per notification, after the write that
   * caused it was saved; notifications written by another tab are that tab's to deliver.
   * Returns the function that stops listening.
   */
  onNotification(hook: (notification: Notification) => void): () => void {
    this.notificationHooks.add(hook);
    this.wake();
    return () => this.notificationHooks.delete(hook);
  }

  /** Stops timers and listeners; later calls fail with `unavailable`. */
  dispose(): void {
    this.disposed = true;
    for (const handle of this.timers.values()) this.clock.clearTimeout(handle);
    this.timers.clear();
    this.listeners.clear();
    this.notificationHooks.clear();
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
   * When the storage refuses the save (quota), the data rolls back to the last save and the
   * write fails with `too-large` (reason `storage-full`).
   */
  write<T>(change: (state: State) => { result: T; changes?: Change[] }): T {
    const state = this.read();
    const { result, changes = [] } = change(state);
    state.journal = state.journal.concat(changes).slice(-JOURNAL_KEPT);
    state.changeCount += changes.length;
    if (this.persistence) {
      try {
        this.persistence.write(serialize(state));
      } catch (error) {
        this.state = deserialize(this.persistence.saved) ?? emptyState();
        this.rescheduleAll();
        throw error;
      }
    }
    for (const item of changes) this.scheduleFor(item);
    this.emit(changes);
    for (const item of changes) {
      if (item.kind !== 'notification') continue;
      for (const hook of this.notificationHooks) {
        queueMicrotask(() => {
          if (this.notificationHooks.has(hook)) hook({ ...item.notification });
        });
      }
    }
    return result;
  }

  /** @internal Subscribes on behalf of `personId`, whose rights decide what reaches them. */
  subscribe(personId: string, topic: Topic, onChange: (event: ChangeEvent) => void): () => void {
    const listener = { personId, topic: { ...topic }, onChange };
    this.listeners.add(listener);
    this.wake();
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------------------- internals

  /** Does this listener hear this change? */
  private reaches(listener: Listener, change: Change): boolean {
    const { topic } = listener;
    const person = this.state.people.get(listener.personId);
    if (topic.kind === 'insights') return change.kind !== 'notification' && !!person && managesKudos(person);
    switch (change.kind) {
      case 'poll':
        return topic.kind === 'polls' || (topic.kind === 'poll' && topic.id === change.id);
      case 'notification':
        return topic.kind === 'notifications' && listener.personId === change.notification.personId;
      case 'kudos':
      case 'campaigns':
      case 'insights':
        return topic.kind === change.kind;
      case 'onboarding':
        return topic.kind === 'onboarding' && topic.campaignId === change.id;
      case 'feed': {
        if (topic.kind === 'feed') return topic.channel === change.channel && change.type !== 'reported';
        if (topic.kind !== 'moderation' || !MODERATION_TYPES.includes(change.type)) return false;
        return person !== undefined && viewerOf(this.state, person).moderates(change.channel);
      }
    }
  }

  /** Events go out after the write, each in its own microtask, so a failing listener harms no one. */
  private emit(changes: Change[]): void {
    if (changes.length === 0 || this.listeners.size === 0) return;
    const at = new Date(this.clock.now()).toISOString();
    for (const change of changes) {
      for (const listener of this.listeners) {
        if (!this.reaches(listener, change)) continue;
        const event = toEvent(listener.topic, change, at);
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
    this.rescheduleAll(before);
    // What another tab changed: the journal's latest changes this db has not seen.
    const unseen = next.changeCount - before.changeCount;
    this.emit(unseen > 0 ? next.journal.slice(-unseen) : []);
  }

  private scheduleFor(change: Change): void {
    if (change.kind === 'onboarding') this.remind?.();
    else if (change.kind === 'poll') this.schedulePoll(change.id);
    else if (
      change.kind === 'feed' &&
      (this.state.index.pinned.has(change.id) || this.timers.has(`pin:${change.id}`))
    ) {
      this.schedulePin(change.id);
    }
  }

  /** Timers for every poll deadline and pin end, in this state and the one it replaced. */
  private rescheduleAll(before?: State): void {
    const polls = new Set([...(before?.polls.keys() ?? []), ...this.state.polls.keys()]);
    for (const id of polls) this.schedulePoll(id);
    const pins = new Set([...(before?.index.pinned ?? []), ...this.state.index.pinned]);
    for (const id of pins) this.schedulePin(id);
    for (const key of this.timers.keys()) {
      const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      if ((kind === 'poll' && !polls.has(id)) || (kind === 'pin' && !pins.has(id))) this.arm(key, () => undefined);
    }
    this.remind?.();
    this.wake();
  }

  /**
   * Reminders need the onboarding rules: loaded once there are campaigns and someone to tell
   * (a subscriber to notifications, or a hook), so a db that never sees onboarding never loads them.
   */
  private wake(): void {
    if (
      !this.lazy &&
      this.state.campaigns.size &&
      (this.notificationHooks.size || [...this.listeners].some((l) => l.topic.kind === 'notifications'))
    )
      void this.onboarding();
  }

  /** An open poll with a deadline announces its close when the deadline passes. */
  private schedulePoll(id: string): void {
    const deadline = () => {
      const poll = this.state.polls.get(id);
      return poll && poll.closedAt === undefined && poll.closesAt !== undefined ? Date.parse(poll.closesAt) : undefined;
    };
    this.arm(`poll:${id}`, deadline, () => this.emit([{ kind: 'poll', id, type: 'closed' }]));
  }

  /** A pin with an end announces the post as updated when it ends. */
  private schedulePin(id: string): void {
    const end = () => {
      const until = this.state.posts.get(id)?.pin?.until;
      return until === undefined ? undefined : Date.parse(until);
    };
    const post = this.state.posts.get(id);
    this.arm(`pin:${id}`, end, () => {
      if (post) this.emit([{ kind: 'feed', id, postId: id, channel: post.channel, type: 'updated' }]);
    });
  }

  /** @internal Keeps one timer per key, due at `deadline()`; it re-checks the deadline when it fires. */
  arm(key: string, deadline: () => number | undefined, fire?: () => void): void {
    const existing = this.timers.get(key);
    if (existing !== undefined) this.clock.clearTimeout(existing);
    this.timers.delete(key);
    const at = this.disposed ? undefined : deadline();
    if (at === undefined || !fire) return;
    const wait = at - this.clock.now();
    if (wait <= 0) return;
    const handle = this.clock.setTimeout(
      () => {
        this.timers.delete(key);
        if (deadline() !== at) return; // changed meanwhile: its write armed a new timer
        if (at > this.clock.now()) this.arm(key, deadline, fire);
        else fire();
      },
      Math.min(wait, MAX_DELAY),
    );
    // In Node, a deadline days away must not keep the process alive.
    (handle as { unref?: () => void } | null)?.unref?.();
    this.timers.set(key, handle);
  }
}

/** The event one listener gets; a notification tells of its entry. */
function toEvent(topic: Topic, change: Change, at: string): ChangeEvent {
  if (change.kind === 'poll') return { topic: { ...topic }, type: change.type, id: change.id, at };
  const event: ChangeEvent =
    change.kind === 'notification'
      ? { topic: { ...topic }, type: 'notified', id: change.notification.entryId, at }
      : { topic: { ...topic }, type: change.type, id: change.id, at };
  const { postId, actorId }: { postId?: string; actorId?: string } =
    change.kind === 'notification' ? change.notification : change;
  if (postId !== undefined) event.postId = postId;
  if (actorId !== undefined) event.actorId = actorId;
  if (change.kind === 'notification') event.notification = { ...change.notification };
  return event;
}
