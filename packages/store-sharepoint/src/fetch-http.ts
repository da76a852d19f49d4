/**
 * SpHttp over plain `fetch`, for SharePoint pages outside SPFx: asks for `odata=nometadata`,
 * and signs every POST with a request digest from `/_api/contextinfo`, cached until its
 * expiry on the injected clock (as pnpjs does, SHAREPOINT-REST.md §4.2). A digest SharePoint
 * refuses anyway (expired early, site restored) is refreshed once and the request retried.
 */
import type { Clock } from '@plein/core';
import { withHeaders, type SpHttp } from './http.js';
import { entity, errorOf, functionResult, readJson } from './odata.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const ACCEPT = { Accept: 'application/json;odata=nometadata' };
/** Refresh a little before SharePoint's expiry, so a request in flight does not straddle it. */
const MARGIN_MS = 60_000;
/** The security-validation codes: invalid (-2130575251) and expired (-2130575252) digests. */
const DIGEST_CODES = /^-213057525[12],/;

export class FetchHttp implements SpHttp {
  readonly siteUrl: string;
  private digest: Promise<Digest | Response> | undefined;

  /**
   * `pageDigest`: the digest a SharePoint page already carries (`_spPageContextInfo`'s
   * `formDigestValue` and `formDigestTimeoutSeconds`), which saves the first write a round trip.
   */
  constructor(
    siteUrl: string,
    private readonly fetch: FetchLike,
    private readonly clock: Clock,
    pageDigest?: { value: string; timeoutSeconds: number },
  ) {
    this.siteUrl = siteUrl.replace(/\/$/, '');
    if (pageDigest)
      this.digest = Promise.resolve({
        value: pageDigest.value,
        expires: clock.now() + pageDigest.timeoutSeconds * 1000 - MARGIN_MS,
      });
  }

  get(url: string, init?: RequestInit): Promise<Response> {
    return this.fetch(url, { credentials: 'same-origin', ...withHeaders(init, ACCEPT), method: 'GET' });
  }

  async post(url: string, init?: RequestInit): Promise<Response> {
    const first = await this.signed(url, init, false);
    if (first.status !== 403 || !(await isDigestError(first.clone()))) return first;
    return this.signed(url, init, true);
  }

  private async signed(url: string, init: RequestInit | undefined, fresh: boolean): Promise<Response> {
    const digest = await this.requestDigest(fresh);
    // contextinfo's own failure (throttled, denied) is the answer: the caller maps or retries it.
    if (digest instanceof Response) return digest;
    const headers = { ...ACCEPT, 'X-RequestDigest': digest };
    return this.fetch(url, { credentials: 'same-origin', ...withHeaders(init, headers), method: 'POST' });
  }

  /** One contextinfo call at a time: concurrent writes share it. Failures are never cached. */
  private async requestDigest(fresh: boolean): Promise<string | Response> {
    const pending = this.digest;
    const current = await pending?.catch(() => undefined);
    if (!fresh && current && !(current instanceof Response) && this.clock.now() < current.expires) return current.value;
    // Someone else may have refreshed while we waited: use theirs.
    if (this.digest === pending) this.digest = this.contextInfo();
    const asked = this.digest as Promise<Digest | Response>;
    try {
      const next = await asked;
      if (!(next instanceof Response)) return next.value;
      if (this.digest === asked) this.digest = undefined;
      // Clone: concurrent writers waiting on the same failed call each read their own body.
      return next.clone();
    } catch (e) {
      if (this.digest === asked) this.digest = undefined;
      throw e;
    }
  }

  private async contextInfo(): Promise<Digest | Response> {
    const response = await this.fetch(`${this.siteUrl}/_api/contextinfo`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: ACCEPT,
    });
    if (!response.ok) return response;
    const info = entity(functionResult(await readJson(response), 'GetContextWebInformation'));
    const seconds = Number(info.FormDigestTimeoutSeconds) || 1800;
    return { value: String(info.FormDigestValue), expires: this.clock.now() + seconds * 1000 - MARGIN_MS };
  }
}

interface Digest {
  value: string;
  expires: number;
}

async function isDigestError(response: Response): Promise<boolean> {
  return DIGEST_CODES.test(errorOf(await readJson(response)).code);
}
