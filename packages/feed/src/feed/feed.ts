/**
 * Registers `<plein-feed>` (idempotent: a tag already defined on the page is left alone).
 * Import `@plein/feed/feed.js` for the side effect; `@plein/feed` itself has none.
 */
import { defineElement } from '@plein/ui';
import { PleinFeed } from './feed.element.js';
import type { PleinFeedGlobalEventMap } from './events.js';

export { PleinFeed };

defineElement('plein-feed', PleinFeed);

declare global {
  interface HTMLElementTagNameMap {
    'plein-feed': PleinFeed;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PleinFeedGlobalEventMap {}
}
