/**
 * One SharePoint store per (site, signed-in user) per page, shared by every web part of this
 * library version: one poller, one people cache, one batch of first reads. A second solution
 * with another Plein version has its own module, so its own map.
 */
import {
  createSharePointStore,
  siteSetUp,
  SpfxHttp,
  type SharePointStore,
  type SharePointStoreOptions,
} from '@plein/store-sharepoint';
import type { PleinWebPartKind, SpfxHost } from './public-api.js';

export type SiteSetUp = ReturnType<typeof siteSetUp>;

interface Shared {
  store: SharePointStore;
  options: SharePointStoreOptions;
  setUp?: SiteSetUp;
}

const shared = new Map<string, Shared>();

function sharedFor(host: SpfxHost): Shared {
  const siteUrl = host.siteUrl.replace(/\/+$/, '');
  const key = `${siteUrl.toLowerCase()}\n${host.loginName}`;
  let entry = shared.get(key);
  if (!entry) {
    // The store finds the signed-in user itself (web/currentuser); loginName only keys the map.
    const options: SharePointStoreOptions = { http: new SpfxHttp(siteUrl, host.spHttpClient, host.configurations.v1) };
    entry = { store: createSharePointStore(options), options };
    shared.set(key, entry);
  }
  return entry;
}

/** The store feature each kind of web part shows (the poll's is always loaded). */
const FEATURES = {
  feed: 'feed',
  trending: 'feed',
  kudos: 'kudos',
  onboarding: 'onboarding',
  insights: 'insights',
  poll: undefined,
} as const satisfies Record<PleinWebPartKind, string | undefined>;

/** The page's store for this site and user, with the code of this web part's feature on its way. */
export function storeFor(host: SpfxHost, kind: PleinWebPartKind): SharePointStore {
  const { store } = sharedFor(host);
  const feature = FEATURES[kind];
  if (feature) void store.preload(feature);
  return store;
}

/** The site's set-up state and action, one per site and user, made on first use (edit mode only). */
export function setUpFor(host: SpfxHost): SiteSetUp {
  const entry = sharedFor(host);
  return (entry.setUp ??= siteSetUp(entry.options));
}
