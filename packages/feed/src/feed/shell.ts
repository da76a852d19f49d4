import type { CSSResultGroup } from 'lit';
import type { Catalog, Clock, Formatters, Locale, Page, PleinStore, Post } from '@plein/core';
import type { PleinFeedEventDetail, PleinFeedEventName } from './events.js';

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
export interface FeedShell {
  readonly element: HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly updateComplete: Promise<boolean>;
    requestUpdate(): void;
  };
  readonly clock: Clock;
  config(): FeedConfig;
  store(): PleinStore | undefined;
  locale(): { locale: Locale; format: Formatters };
  /** The strings of a catalog in the element's language (English until it is loaded). */
  strings<T>(catalog: Catalog<T>): T;
  toast(text: string, tone: 'info' | 'success' | 'error'): void;
  announce(text: string, politeness?: 'polite' | 'assertive'): void;
  guard<T>(call: Promise<T>): Promise<T>;
  emit<K extends PleinFeedEventName>(name: K, detail: PleinFeedEventDetail<K>): void;
  /** Adds a part's styles to the element's shadow root. */
  adopt(styles: CSSResultGroup): void;
}
