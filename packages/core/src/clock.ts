/**
 * Time as Plein sees it. Stores and elements take a clock so that deadlines, countdowns,
 * retries and rotations can be tested instantly with a manual clock.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A clock that moves only when told to: `advance(ms)` runs the timers that fall due, in order. */
export class ManualClock implements Clock {
  private current: number;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextHandle = 1;

  constructor(start: number | string | Date = Date.UTC(2026, 0, 12, 9, 0, 0)) {
    this.current = new Date(start).getTime();
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.timers.set(handle, { at: this.current + Math.max(0, ms), callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time forward, firing due timers one at a time (a timer may schedule another). */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('ManualClock only moves forward');
    const target = this.current + ms;
    // A timer that keeps re-arming itself at 0 ms would never let time move on: stop it.
    for (let fired = 0; ; fired++) {
      if (fired > 100_000) throw new Error('ManualClock: a timer keeps re-arming itself');
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) {
        if (entry[1].at <= target && (!due || entry[1].at < due[1].at)) due = entry;
      }
      if (!due) break;
      this.timers.delete(due[0]);
      this.current = Math.max(this.current, due[1].at);
      due[1].callback();
    }
    this.current = target;
  }

  set(time: number | string | Date): void {
    const to = new Date(time).getTime();
    if (to > this.current) this.advance(to - this.current);
    else this.current = to;
  }

  /** Timers still waiting: tests use it to prove nothing leaks. */
  get pendingTimers(): number {
    return this.timers.size;
  }
}
