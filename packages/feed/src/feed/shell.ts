import type { Page, PleinStore, Post } from '@plein/core';
import type { PleinFeedEventMap } from './events.js';
import type { PartShell } from '@plein/ui';

/** What the element is asked to show (its attributes). */
export interface FeedConfig {
  /** The channel as the store names it (`page` already turned into `page:` + URL). */
  channel: string;
  /** Whether the page set `channel` (a moderation queue without it covers every channel). */
  channelSet: boolean;
  /** The `tag` attribute, normalized; '' for none. */
  tag: string;
  /** Posts per page, clamped to the store's maximum. */
  limit: number;
}

/** The first page, asked for by the element in the same tick as the code that shows it. */
export interface FirstPage {
  store: PleinStore;
  channel: string;
  tag: string;
  limit: number;
  page: Promise<Page<Post>>;
}

/**
 * The element as its lazily loaded parts see it (`<plein-feed>` itself is a small shell: it finds
 * the store, fetches the first page and loads the code that shows it).
 */
export type FeedShell = PartShell<FeedConfig, PleinFeedEventMap>;
