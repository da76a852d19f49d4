/**
 * The test world the node tests share: an emulated site with an owner, two members, a visitor
 * and an admin, and clients acting as each over fetch or a stand-in SPHttpClient. The server's
 * clock runs `skew` ms ahead of the client's, so a test can expire a digest the client still
 * trusts. `drive` moves the ManualClock until a promise settles: no test waits real time.
 */
import { ManualClock } from '@plein/core';
// eslint-disable-next-line no-restricted-imports -- tests run the store against the emulator
import { createEmulator, type Fetch } from '@plein/sharepoint-emulator';
import { SpClient } from './client.js';
import { FetchHttp } from './fetch-http.js';
import { ResilientHttp, type RetryPolicy } from './resilience.js';
import { SpfxHttp, type SPHttpClientLike } from './spfx-http.js';

export const SITE = 'https://contoso.sharepoint.com/sites/intranet';

export function world() {
  const clock = new ManualClock();
  const server = { skew: 0, now: () => clock.now() + server.skew };
  const sp = createEmulator({ clock: server });
  const site = sp.addSite(SITE);
  const owner = site.addUser({ title: 'Olga Owner', groups: [site.owners] });
  const admin = site.addUser({ title: 'Adam Admin', isSiteAdmin: true });
  const ann = site.addUser({ title: 'Ann Member', groups: [site.members] });
  const bob = site.addUser({ title: 'Bob Member', groups: [site.members] });
  const vic = site.addUser({ title: 'Vic Visitor', groups: [site.visitors] });
  /** Every request the emulator saw: method, URL and the client clock's time. */
  const log: { user: number; method: string; url: string; at: number }[] = [];
  const fetchAs = (user: number): Fetch => {
    const f = sp.fetchAs(user);
    return (input, init) => {
      const method = (init?.headers && new Headers(init.headers).get('X-HTTP-Method')) ?? init?.method ?? 'GET';
      log.push({ user, method, url: String(input), at: clock.now() });
      return f(input, init);
    };
  };
  const fetchHttp = (user: number) => new FetchHttp(SITE, fetchAs(user), clock);
  const client = (user: number, policy?: RetryPolicy) =>
    new SpClient(new ResilientHttp(fetchHttp(user), clock, policy), clock);
  const spfxClient = (user: number) => new SpClient(new ResilientHttp(spfxHttp(fetchAs(user)), clock), clock);
  return { sp, clock, server, site, owner, admin, ann, bob, vic, log, fetchAs, fetchHttp, client, spfxClient };
}

/**
 * A stand-in for SPFx's SPHttpClient: its real defaults (OData 4.0, minimal metadata,
 * same-origin credentials, a digest it fetches itself for writes), over the emulator.
 */
export function standInSpHttpClient(f: Fetch): SPHttpClientLike {
  const defaults = { Accept: 'application/json;odata.metadata=minimal', 'OData-Version': '4.0' };
  const send = async (url: string, method: string, options?: RequestInit) => {
    const headers = new Headers(defaults);
    new Headers(options?.headers).forEach((v, k) => headers.set(k, v));
    if (method === 'POST') {
      const info = await f(`${SITE}/_api/contextinfo`, { method: 'POST', headers: defaults });
      headers.set('X-RequestDigest', ((await info.json()) as { FormDigestValue: string }).FormDigestValue);
      if (options?.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json;charset=utf-8');
    }
    return f(url, { ...options, method, headers, credentials: 'same-origin' });
  };
  return {
    get: (url, _config, options) => send(url, 'GET', options),
    post: (url, _config, options) => send(url, 'POST', options),
  };
}

export const spfxHttp = (f: Fetch) => new SpfxHttp(SITE, standInSpHttpClient(f), { v1: true });

/** Advances `clock` in `stepMs` steps until `promise` settles; resolves or rejects with it. */
export async function drive<T>(clock: ManualClock, promise: Promise<T>, stepMs = 1000, maxSteps = 10_000): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < maxSteps; i++) {
    for (let j = 0; j < 5 && !settled; j++) await new Promise((r) => setImmediate(r));
    if (settled) return promise;
    clock.advance(stepMs);
  }
  throw new Error('drive: the promise never settled');
}
