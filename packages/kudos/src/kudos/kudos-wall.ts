/**
 * Registers `<plein-kudos-wall>` (idempotent: a tag already defined on the page is left alone).
 * Import `@plein/kudos/kudos-wall.js` for the side effect; `@plein/kudos` itself has none.
 */
import { defineElement } from '@plein/ui';
import { PleinKudosWall } from './kudos-wall.element.js';
import type { PleinKudosGlobalEventMap } from './events.js';

export { PleinKudosWall };

defineElement('plein-kudos-wall', PleinKudosWall);

declare global {
  interface HTMLElementTagNameMap {
    'plein-kudos-wall': PleinKudosWall;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PleinKudosGlobalEventMap {}
}
