/**
 * Throttling switches (SHAREPOINT-REST.md §7): tests make the emulator answer 429 or 503 with
 * `Retry-After` (and the RateLimit headers when asked), or add the "near the limit" RateLimit
 * headers to successful answers.
 */
export interface RateLimit {
  limit: number;
  remaining: number;
  reset: number;
}

export interface Throttle {
  status?: 429 | 503;
  /** Seconds. */
  retryAfter?: number;
  /** Sent with a 429 over the resource-unit limit; omit for "throttled by a different limit". */
  rateLimit?: RateLimit;
  /** How many requests to answer normally before refusing (e.g. a batch, then its first part). */
  after?: number;
  /** How many requests to refuse before answering normally again; unlimited when omitted. */
  times?: number;
}

export class Faults {
  private throttling: Throttle | undefined;
  /** When set, successful answers carry these RateLimit headers (the ≥ 80 % warning). */
  warning: RateLimit | undefined;

  throttle(t: Throttle = {}): void {
    this.throttling = { ...t };
  }

  clear(): void {
    this.throttling = undefined;
    this.warning = undefined;
  }

  /** The throttled answer for this request, if any. Its body is UNVERIFIED: it is left empty. */
  refuse(): Response | undefined {
    const t = this.throttling;
    if (!t) return undefined;
    if (t.after) {
      t.after--;
      return undefined;
    }
    if (t.times !== undefined && --t.times <= 0) this.throttling = undefined;
    const retryAfter = t.retryAfter ?? t.rateLimit?.reset ?? 9;
    const headers = new Headers({ 'Retry-After': String(retryAfter) });
    if (t.rateLimit) setRateLimit(headers, t.rateLimit);
    return new Response(null, { status: t.status ?? 429, headers });
  }

  decorate(response: Response): Response {
    if (this.warning && response.ok) setRateLimit(response.headers, this.warning);
    return response;
  }
}

function setRateLimit(headers: Headers, r: RateLimit): void {
  headers.set('RateLimit-Limit', String(r.limit));
  headers.set('RateLimit-Remaining', String(r.remaining));
  headers.set('RateLimit-Reset', String(r.reset));
}
