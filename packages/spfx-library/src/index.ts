/**
 * @plein/spfx-library: the pre-built element library the SharePoint web parts load. Every
 * element under a versioned tag (`plein-feed-0-1-0`), one SharePoint store per site and user,
 * the SharePoint theme on Plein's tokens, and the edit-mode site set-up action.
 */
import type * as Api from './public-api.js';
import { mountWebPart as mount, unmountWebPart as unmount } from './mount.js';
import { versionedTag as tagOf } from './register.js';
import { version as current } from './version.js';

export type { PleinWebPartKind, SpfxHost, SPHttpClientLike } from './public-api.js';

// Checked against the hand-written declarations that ship as dist/index.d.ts.
export const mountWebPart: typeof Api.mountWebPart = mount;
export const unmountWebPart: typeof Api.unmountWebPart = unmount;
export const versionedTag: typeof Api.versionedTag = tagOf;
export const version: typeof Api.version = current;
