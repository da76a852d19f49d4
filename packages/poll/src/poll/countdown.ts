import type { ReactiveController } from 'lit';
import type { IsoDateTime } from '@plein/core';
import { ClockTimer, type ClockHost } from '@plein/ui';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Milliseconds until the countdown text should change: on each whole minute while more than a
 * minute is left, then on each whole second.
 */
export function nextTick(remaining: number): number {
  if (remaining <= MINUTE) return remaining % SECOND || SECOND;
  return (remaining - MINUTE) % MINUTE || MINUTE;
}

/**
 * Re-renders the host as a deadline approaches (each minute, each second in the last minute)
 * and calls `onDeadline` once when it passes. Driven by the host's clock; stops when the host
 * leaves the page and picks up again when it comes back.
 */
export class CountdownController implements ReactiveController {
  private readonly host: ClockHost;
  private readonly timer: ClockTimer;
  private readonly target: () => IsoDateTime | undefined;
  private readonly onDeadline: () => void;
  private following: { target: IsoDateTime | undefined; clock: unknown } = { target: undefined, clock: undefined };

  constructor(host: ClockHost, target: () => IsoDateTime | undefined, onDeadline: () => void) {
    this.host = host;
    this.timer = new ClockTimer(host);
    this.target = target;
    this.onDeadline = onDeadline;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.target();
    const clock = this.host.clock;
    if (target === this.following.target && clock === this.following.clock) return;
    this.following = { target, clock };
    this.timer.stop();
    if (target) this.schedule(Date.parse(target));
  }

  hostDisconnected(): void {
    this.following = { target: undefined, clock: undefined }; // the timer stops itself; the next update schedules it again
  }

  private schedule(at: number): void {
    const remaining = at - this.host.clock.now();
    if (remaining <= 0) {
      this.onDeadline();
      return;
    }
    this.timer.start(nextTick(remaining), () => {
      this.host.requestUpdate();
      this.schedule(at);
    });
  }
}
