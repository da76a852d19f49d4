import type { TemplateResult } from 'lit';
import type { Clock, Formatters, Locale, Person, PleinStore } from '@plein/core';

/**
 * What a lazily loaded part of `<plein-feed>` (the moderation queue, the report dialog, ...)
 * needs from the element that shows it. The element implements it once and passes it on, so
 * the parts never reach into the element's internals.
 */
export interface FeedHost {
  store(): PleinStore | undefined;
  locale(): { locale: Locale; format: Formatters };
  readonly clock: Clock;
  /** Races a store call against the element's clock (a stalled store fails as `unavailable`). */
  guard<T>(call: Promise<T>): Promise<T>;
  /** Visible and announced; errors stay until dismissed. */
  toast(text: string, tone: 'info' | 'success' | 'error'): void;
  /** Announced to screen readers only. */
  announce(text: string): void;
  /** Re-renders the element (the part keeps its own state). */
  requestUpdate(): void;
  /** People by id from the element's cache; unknown ones are fetched in one batch and re-render. */
  person(id: string): Person | undefined;
  /** A post's or comment's text as templates (links, mentions, hashtags: see richText in @plein/ui). */
  renderText(text: string): TemplateResult;
  /** The permalink of a post or comment on this page, or on `page` (where a page's own conversation lives). */
  permalinkOf(entry: { id: string; kind: 'post' | 'comment'; postId?: string }, page?: string): string;
}
