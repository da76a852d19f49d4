/**
 * Registers `<plein-insights>` (idempotent: a tag already defined on the page is left alone).
 * Import `@plein/insights/insights.js` for the side effect; `@plein/insights` itself has none.
 */
import { defineElement } from '@plein/ui';
import { PleinInsights } from './insights.element.js';
import type { PleinInsightsGlobalEventMap } from './events.js';

export { PleinInsights };

defineElement('plein-insights', PleinInsights);

declare global {
  interface HTMLElementTagNameMap {
    'plein-insights': PleinInsights;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PleinInsightsGlobalEventMap {}
}
