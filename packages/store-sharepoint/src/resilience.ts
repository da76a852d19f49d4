/**
 * Throttling handled once for every caller (SHAREPOINT-REST.md §7): 429 and 503 are retried
 * after the greater of `Retry-After` and `RateLimit-Reset` (else exponential backoff), a few
 * times, each wait capped; while one call waits, every other call on this transport waits
 * too, and RateLimit headers near the limit spread the next calls over the reset window.
 * All waiting is on the injected clock. A network failure becomes `unavailable`.
 */
import type { Clock } from '@plein/core';
import { networkError, retryAfterSeconds } from './errors.js';
import type { SpHttp } from './http.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff when SharePoint gives no delay; doubles per retry. */
  baseMs: number;
  /** Longest single wait: past it we give up and report `rate-limited` with `retryAfter`. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 1000, maxWaitMs: 60_000 };

/** RateLimit-Remaining at or under this share of RateLimit-Limit starts pacing. */
const PACE_BELOW = 0.2;

export const sleep = (clock: Clock, ms: number): Promise<void> =>
  new Promise((resolve) => clock.setTimeout(resolve, ms));

export class ResilientHttp implements SpHttp {
  readonly siteUrl: string;
  /** No call leaves before this time (ms on the clock). */
  private notBefore = 0;

  constructor(
    private readonly http: SpHttp,
    private readonly clock: Clock,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.siteUrl = http.siteUrl;
  }

  get(url: string, init?: RequestInit): Promise<Response> {
    return this.send(() => this.http.get(url, init));
  }

  post(url: string, init?: RequestInit): Promise<Response> {
    return this.send(() => this.http.post(url, init));
  }

  private async send(call: () => Promise<Response>): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      await this.pace();
      let response: Response;
      try {
        response = await call();
      } catch {
        throw networkError();
      }
      this.notePace(response.headers);
      if (response.status !== 429 && response.status !== 503) return response;
      const wait = this.waitFor(response.headers, attempt);
      if (attempt >= this.policy.retries || wait > this.policy.maxWaitMs) return response;
      this.notBefore = Math.max(this.notBefore, this.clock.now() + wait);
    }
  }

  private async pace(): Promise<void> {
    // Loop: another caller's 429 may push the time further while we wait.
    while (this.clock.now() < this.notBefore) await sleep(this.clock, this.notBefore - this.clock.now());
  }

  private waitFor(headers: Headers, attempt: number): number {
    const retryAfter = retryAfterSeconds(headers, this.clock.now());
    const reset = Number(headers.get('RateLimit-Reset')) || 0;
    const told = Math.max(retryAfter ?? 0, reset) * 1000;
    return told > 0 ? told : this.policy.baseMs * 2 ** attempt;
  }

  /** Near the limit: leave `reset / remaining` between calls so the rest lasts the window. */
  private notePace(headers: Headers): void {
    const limit = Number(headers.get('RateLimit-Limit'));
    const remaining = Number(headers.get('RateLimit-Remaining'));
    const reset = Number(headers.get('RateLimit-Reset'));
    if (!limit || !Number.isFinite(remaining) || !reset || remaining > limit * PACE_BELOW) return;
    const gap = Math.ceil((reset * 1000) / Math.max(remaining, 1));
    this.notBefore = Math.max(this.notBefore, this.clock.now() + gap);
  }
}
