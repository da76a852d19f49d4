/**
 * @plein/store-sharepoint: Plein's data in SharePoint lists over the REST API. This is the
 * foundation the store is built on: transport (SPFx or fetch + digest), throttling and
 * errors, ETag-guarded updates, threshold-safe paging, and site set-up.
 */
export { apiUrl, quoted, type SpHttp } from './http.js';
export { FetchHttp, type FetchLike } from './fetch-http.js';
export { SpfxHttp, type SPHttpClientLike } from './spfx-http.js';
export { ResilientHttp, DEFAULT_RETRY, type RetryPolicy } from './resilience.js';
export { errorFromResponse, retryAfterSeconds } from './errors.js';
export { SpClient, type Answer } from './client.js';
export { updateWithEtag, type Fields } from './etag.js';
export { itemsPath, readPage, readAll, MAX_TOP, type Clause, type ItemsQuery, type Op, type Page } from './paging.js';
export {
  PLEIN_SCHEMA,
  SETTINGS,
  MODERATORS,
  COMMUNICATIONS,
  type FieldDef,
  type FieldType,
  type ListDef,
  type SiteSchema,
} from './schema.js';
export { setUpSite, siteVersion, groupIds, type SetUpReport } from './setup.js';
export {
  createSharePointStore,
  siteSetUp,
  SHAREPOINT_CAPABILITIES,
  type SharePointStore,
  type SharePointStoreOptions,
} from './store.js';
export { ChangePoller, POLL_INTERVAL, FAST_INTERVAL } from './live.js';
export { personId } from './lists.js';
export { setUpStatus, canSetUpSite, type SetUpStatus } from './setup.js';
