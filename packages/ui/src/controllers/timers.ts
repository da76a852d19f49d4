/**
 * Time on the element's clock (never the wall clock). A timer is cleared on the clock that set
 * it, even if the element's clock changed since.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PleinError, type Clock } from '@plein/core';

/** An element with a clock: every Plein element (see PleinElement). */
export interface ClockHost extends ReactiveControllerHost {
  clock: Clock;
}

/** One restartable timer; its owner stops it when the element leaves the page. */
export class Timer {
  private pending: { clock: Clock; handle: unknown } | undefined;

  constructor(private readonly clock: () => Clock) {}

  get active(): boolean {
    return this.pending !== undefined;
  }

  /** Runs `callback` after `ms`, replacing any timer still waiting. */
  start(ms: number, callback: () => void): void {
    this.stop();
    const clock = this.clock();
    const handle = clock.setTimeout(() => {
      this.pending = undefined;
      callback();
    }, ms);
    this.pending = { clock, handle };
  }

  stop(): void {
    this.pending?.clock.clearTimeout(this.pending.handle);
    this.pending = undefined;
  }
}

/** A `Timer` on an element's clock that stops itself when the element leaves the page. */
export class ClockTimer extends Timer implements ReactiveController {
  constructor(host: ClockHost) {
    super(() => host.clock);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }
}

/** How long a store call may take before the element gives up and offers a retry. */
export const STORE_TIMEOUT = 15_000;

/**
 * Races store calls against the element's clock: a call that hangs rejects with
 * `unavailable` (reason `timeout`) after `STORE_TIMEOUT`. Its timers go when the element does.
 */
export class StoreTimeouts implements ReactiveController {
  private readonly timers = new Set<{ clock: Clock; handle: unknown }>();

  constructor(private readonly host: ClockHost) {
    host.addController(this);
  }

  guard<T>(call: Promise<T>, ms = STORE_TIMEOUT): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const clock = this.host.clock;
      const timer = {
        clock,
        handle: clock.setTimeout(() => {
          this.timers.delete(timer);
          reject(new PleinError('unavailable', { reason: 'timeout' }));
        }, ms),
      };
      this.timers.add(timer);
      const settle = (): void => {
        clock.clearTimeout(timer.handle);
        this.timers.delete(timer);
      };
      call.then(
        (value) => (settle(), resolve(value)),
        (error: unknown) => (settle(), reject(error)),
      );
    });
  }

  hostDisconnected(): void {
    for (const timer of this.timers) timer.clock.clearTimeout(timer.handle);
    this.timers.clear();
  }
}
