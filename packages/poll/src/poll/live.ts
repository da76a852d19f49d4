import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeEvent, PleinStore } from '@plein/core';
import { ClockTimer, type ClockHost } from '@plein/ui';

/**
 * Follows one poll's live changes. `follow(store, id)` is idempotent: call it on every update;
 * it subscribes when the store or the poll changes and unsubscribes when the host leaves.
 */
export class LivePoll implements ReactiveController {
  private readonly onChange: (event: ChangeEvent) => void;
  private current: { store: PleinStore; id: string; stop: () => void } | undefined;

  constructor(host: ReactiveControllerHost, onChange: (event: ChangeEvent) => void) {
    this.onChange = onChange;
    host.addController(this);
  }

  follow(store: PleinStore | undefined, id: string | undefined): void {
    if (this.current && this.current.store === store && this.current.id === id) return;
    this.stop();
    if (!store || !id) return;
    const stop = store.subscribe({ kind: 'poll', id }, (event) => {
      // A late event from a topic we left is not ours any more.
      if (this.current?.stop === stop) this.onChange(event);
    });
    this.current = { store, id, stop };
  }

  stop(): void {
    this.current?.stop();
    this.current = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}

/** Quiet time between two spoken updates: often enough to follow, rare enough to bear. */
export const ANNOUNCE_INTERVAL = 10_000;

/**
 * Speaks live updates at most once per interval: the first at once, then the latest one when
 * the interval ends. Votes arriving every second never turn into a stream of speech.
 */
export class ThrottledAnnouncer implements ReactiveController {
  private readonly timer: ClockTimer;
  private readonly speak: (text: string) => void;
  private waiting: string | undefined;

  constructor(host: ClockHost, speak: (text: string) => void) {
    this.timer = new ClockTimer(host);
    this.speak = speak;
    host.addController(this);
  }

  announce(text: string): void {
    if (this.timer.active) {
      this.waiting = text;
      return;
    }
    this.speak(text);
    this.timer.start(ANNOUNCE_INTERVAL, () => this.flush());
  }

  hostDisconnected(): void {
    this.waiting = undefined;
  }

  private flush(): void {
    const text = this.waiting;
    this.waiting = undefined;
    if (text !== undefined) this.announce(text);
  }
}
