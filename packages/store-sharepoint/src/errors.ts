/**
 * SharePoint's failures as core's PleinError codes. `reason` slugs are stable and
 * translatable; SharePoint's own text (localized to the site, §0) never reaches users.
 */
import { PleinError } from '@plein/core';
import { errorOf, readJson } from './odata.js';

/** Seconds from `Retry-After` (delta-seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(headers: Headers, now: number): number | undefined {
  const value = headers.get('Retry-After');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The PleinError for a failed response (the body is read). */
export async function errorFromResponse(response: Response, now: number): Promise<PleinError> {
  const { code } = errorOf(await readJson(response));
  const retryAfter = retryAfterSeconds(response.headers, now);
  switch (response.status) {
    case 401:
      return new PleinError('unauthenticated', { reason: 'signed-out' });
    case 403:
      return new PleinError('forbidden', {
        reason: /^-213057525[12],/.test(code) ? 'request-digest' : 'access-denied',
      });
    case 404:
      // An item deleted by someone else has its own code; a missing list or resource the other.
      return new PleinError('not-found', { reason: /^-2130575338,/.test(code) ? 'item-missing' : 'missing' });
    case 409:
    case 412:
      return new PleinError('conflict', { reason: 'changed-by-someone-else' });
    case 413:
      return new PleinError('too-large', { reason: 'request-too-large' });
    case 429:
      return new PleinError('rate-limited', { reason: 'throttled' }, retryAfter);
    case 503:
      return new PleinError('unavailable', { reason: 'server-busy' }, retryAfter);
  }
  if (/SPQueryThrottledException/.test(code))
    // A query that scans past 5,000 items: a bug in how we query, never the user's doing.
    return new PleinError('unavailable', { reason: 'list-view-threshold', limit: 5000 });
  if (/SPDuplicateValuesFoundException/.test(code)) return new PleinError('conflict', { reason: 'duplicate-value' });
  if (response.status >= 400 && response.status < 500) return new PleinError('invalid', { reason: 'bad-request' });
  return new PleinError('unavailable', { reason: `http-${response.status}` });
}

/** A failure before any answer (offline, DNS, CORS) is `unavailable`. */
export const networkError = (): PleinError => new PleinError('unavailable', { reason: 'network' });
