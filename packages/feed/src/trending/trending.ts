/**
 * Registers `<plein-trending>` (idempotent: a tag already defined on the page is left alone).
 * Import `@plein/feed/trending.js` for the side effect; `@plein/feed` itself has none.
 */
import { defineElement } from '@plein/ui';
import { PleinTrending } from './trending.element.js';

export { PleinTrending };

defineElement('plein-trending', PleinTrending);

declare global {
  interface HTMLElementTagNameMap {
    'plein-trending': PleinTrending;
  }
}
