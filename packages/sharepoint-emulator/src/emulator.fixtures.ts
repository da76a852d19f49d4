/** The test world the emulator's node tests share: one site, five people (one a site admin), a posts list. */
import { createEmulator, type Fetch } from './emulator.js';

export const SITE = 'https://contoso.sharepoint.com/sites/intranet';
export const API = `${SITE}/_api/`;
export const NOMETA = { Accept: 'application/json;odata=nometadata' };
export const VERBOSE = { Accept: 'application/json;odata=verbose' };
export const MINIMAL = { Accept: 'application/json' };
/** What SPHttpClient sends by default (SHAREPOINT-REST.md §1). */
export const V4 = { Accept: 'application/json;odata.metadata=minimal', 'OData-Version': '4.0' };
export const START = Date.UTC(2026, 0, 12, 9, 0, 0);

export function world() {
  const clock = { t: START, now: () => clock.t };
  const sp = createEmulator({ clock });
  const site = sp.addSite(SITE);
  const owner = site.addUser({ title: 'Olga Owner', groups: [site.owners] });
  const ann = site.addUser({ title: 'Ann Member', groups: [site.members] });
  const bob = site.addUser({ title: 'Bob Member', groups: [site.members] });
  const vic = site.addUser({ title: 'Vic Visitor', groups: [site.visitors] });
  const admin = site.addUser({ title: 'Adam Admin', isSiteAdmin: true });
  const posts = site.addList({
    title: 'Plein Posts',
    fields: [
      { name: 'Body', type: 'Note' },
      { name: 'Channel', type: 'Text', indexed: true },
      { name: 'Score', type: 'Number', indexed: true },
      { name: 'Due', type: 'DateTime' },
      { name: 'Reviewer', type: 'User' },
      { name: 'Mentions', type: 'UserMulti' },
    ],
  });
  return { sp, clock, site, owner, ann, bob, vic, admin, posts };
}

export const get = (f: Fetch, path: string, headers: Record<string, string> = NOMETA) =>
  f(`${API}${path}`, { headers });

/** A fresh digest for the user behind `f`. */
export async function digestFor(f: Fetch): Promise<string> {
  const r = await f(`${API}contextinfo`, { method: 'POST', headers: NOMETA });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

/** A JSON-light write with a digest. */
export async function write(
  f: Fetch,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const digest = await digestFor(f);
  return f(`${API}${path}`, {
    method,
    headers: { ...NOMETA, 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': digest, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const body = async (r: Response): Promise<any> => r.json();
