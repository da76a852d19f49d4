/**
 * Live updates on SharePoint are polling (DESIGN.md): one poller per store, so one per page
 * however many web parts subscribe. Each round costs one request while nothing changed (every
 * list's change token in one answer); only the sources whose lists changed look further, and
 * only for the topics someone listens to. Every 60 s by default, every 5 s while a presenter
 * asks for it, paused while the tab is hidden, slower after throttling.
 */
import { isPleinError, type ChangeEvent, type Clock, type Topic } from '@plein/core';
import type { SpClient } from './client.js';
import { changeToken } from './lists.js';
import { rows } from './odata.js';

export const POLL_INTERVAL = 60_000;
export const FAST_INTERVAL = 5_000;
const MAX_INTERVAL = 10 * 60_000;

/** An event to send: `topic` picks the subscribers (compared by kind and every field). */
export type LiveEvent = Omit<ChangeEvent, 'at'>;

/**
 * One feature's part of the poller. `check` gets the subscribed topics it serves, and whether
 * any of its lists changed since the last round; it reads what it needs and returns events.
 * Right after a subscription it is called with `since` (the clock's time at subscribing) to
 * learn the current state: it reports only what happened at or after `since` (a change made
 * while that first read was on its way), never what came before. `tokens` are the lists'
 * change tokens (title → `CurrentChangeToken.StringValue`) the poller read for this call; on
 * the first call they were asked for in the same turn as the subscription, so a source that
 * starts `getchanges` from them misses nothing made after subscribing.
 */
export interface LiveSource {
  readonly lists: readonly string[];
  serves(topic: Topic): boolean;
  check(
    topics: readonly Topic[],
    changed: boolean,
    since: number | undefined,
    tokens: ReadonlyMap<string, string>,
  ): Promise<LiveEvent[]>;
}

interface Subscription {
  topic: Topic;
  onChange: (event: ChangeEvent) => void;
}

const sameTopic = (a: Topic, b: Topic): boolean => {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((k) => x[k] === y[k]);
};

export class ChangePoller {
  private readonly subscriptions = new Set<Subscription>();
  private readonly sources: LiveSource[] = [];
  /** Per source: the change tokens of its lists when it last looked successfully. */
  private seen = new Map<LiveSource, Map<string, string>>();
  private timer: unknown;
  private running = false;
  /** First looks for new subscriptions, in order; a round waits for them. */
  private priming: Promise<void> = Promise.resolve();
  private interval = POLL_INTERVAL;
  private fastRequests = 0;
  private readonly onVisible = () => {
    if (!this.hidden()) this.schedule(0);
  };

  constructor(
    private readonly sp: SpClient,
    private readonly clock: Clock,
  ) {}

  /** Adds a feature's source (at store creation). */
  add(source: LiveSource): void {
    this.sources.push(source);
  }

  subscribe(topic: Topic, onChange: (event: ChangeEvent) => void): () => void {
    const subscription = { topic, onChange };
    this.subscriptions.add(subscription);
    if (this.subscriptions.size === 1) globalThis.document?.addEventListener('visibilitychange', this.onVisible);
    // The change tokens are asked for now, in this turn's batch, before any write that follows
    // the subscription; the first looks then run one after another. Rounds keep their pace.
    const since = this.clock.now();
    const stamps = this.readStamps();
    stamps.catch(() => undefined); // awaited in prime
    this.priming = this.priming.then(() => this.prime(topic, since, stamps));
    if (this.timer === undefined) this.schedule(this.pace());
    return () => {
      if (!this.subscriptions.delete(subscription) || this.subscriptions.size > 0) return;
      globalThis.document?.removeEventListener('visibilitychange', this.onVisible);
      this.clock.clearTimeout(this.timer);
      this.timer = undefined;
      this.seen.clear();
    };
  }

  /** While at least one caller holds it (a presenter view), rounds come every 5 s. */
  fast(): () => void {
    this.fastRequests++;
    this.schedule(0);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.fastRequests--;
    };
  }

  private hidden = () => globalThis.document?.visibilityState === 'hidden';
  private pace = () => (this.fastRequests > 0 ? Math.min(FAST_INTERVAL, this.interval) : this.interval);

  private schedule(ms: number): void {
    if (this.subscriptions.size === 0) return;
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => void this.round(), ms);
  }

  private topicsOf(source: LiveSource): Topic[] {
    const topics: Topic[] = [];
    for (const s of this.subscriptions)
      if (source.serves(s.topic) && !topics.some((t) => sameTopic(t, s.topic))) topics.push(s.topic);
    return topics;
  }

  /**
   * The first look of the sources that serve a new subscription's topic, from the change tokens
   * read as it began, so they report only what happens from then on (and what happened at or
   * after `since`). Each source on its own: one failing never silences another.
   */
  private async prime(topic: Topic, since: number, read: Promise<Map<string, string>>): Promise<void> {
    let stamps: Map<string, string>;
    try {
      stamps = await read;
    } catch {
      return; // the next round looks as if everything changed
    }
    for (const source of this.sources) {
      if (!source.serves(topic)) continue;
      const topics = this.topicsOf(source);
      if (!topics.length) continue;
      try {
        for (const event of await source.check(topics, false, since, stamps)) this.emit(event);
        if (!this.seen.has(source)) this.seen.set(source, stamps);
      } catch {
        // Not primed: its next round looks as if everything changed.
      }
    }
  }

  private async round(): Promise<void> {
    if (this.running || this.subscriptions.size === 0) return;
    if (this.hidden()) return; // visibilitychange starts the next round
    this.running = true;
    let wait = this.pace();
    try {
      await this.priming;
      const stamps = await this.readStamps();
      let failure: unknown;
      for (const source of this.sources) {
        const topics = this.topicsOf(source);
        if (!topics.length) continue;
        const before = this.seen.get(source);
        const changed =
          !before || source.lists.some((title) => changeToken(stamps.get(title)) !== changeToken(before.get(title)));
        try {
          for (const event of await source.check(topics, changed, undefined, stamps)) this.emit(event);
          // Only a look that worked moves its tokens on: a failed one is tried again next round.
          this.seen.set(source, stamps);
        } catch (e) {
          failure ??= e;
        }
      }
      if (failure) throw failure;
      this.interval = POLL_INTERVAL;
      wait = this.pace();
    } catch (e) {
      // Throttled or down: back off, at least as long as SharePoint asked.
      this.interval = Math.min(this.interval * 2, MAX_INTERVAL);
      const asked = isPleinError(e) && e.retryAfter ? e.retryAfter * 1000 : 0;
      wait = Math.max(this.interval, asked);
    } finally {
      this.running = false;
    }
    this.schedule(wait);
  }

  private async readStamps(): Promise<Map<string, string>> {
    const { body } = await this.sp.get('web/lists?$select=Title,CurrentChangeToken');
    return new Map(
      rows(body).rows.map((l) => [
        String(l.Title),
        String((l.CurrentChangeToken as { StringValue?: unknown } | undefined)?.StringValue ?? ''),
      ]),
    );
  }

  private emit(event: LiveEvent): void {
    const at = new Date(this.clock.now()).toISOString();
    for (const s of [...this.subscriptions])
      if (sameTopic(s.topic, event.topic) && this.subscriptions.has(s)) s.onChange({ ...event, topic: s.topic, at });
  }
}
