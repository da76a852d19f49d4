/**
 * One SharePoint store per (site, signed-in user) per page, shared by every web part of this
 * library version: one poller, one people cache, one batch of first reads. A second solution
 * with another Plein version has its own module, so its own map.
 */
import type { PleinStore } from '@plein/core';
import { createSharePointStore, siteSetUp, SpfxHttp, type SharePointStoreOptions } from '@plein/store-sharepoint';
import type { SpfxHost } from './public-api.js';

export type SiteSetUp = ReturnType<typeof siteSetUp>;

interface Shared {
  store: PleinStore;
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

/** The page's store for this site and user. */
export function storeFor(host: SpfxHost): PleinStore {
  return sharedFor(host).store;
}

/** The site's set-up state and action, one per site and user, made on first use (edit mode only). */
export function setUpFor(host: SpfxHost): SiteSetUp {
  const entry = sharedFor(host);
  return (entry.setUp ??= siteSetUp(entry.options));
}
