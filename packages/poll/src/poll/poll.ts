/**
 * Registers `<plein-poll>` (idempotent: a tag already defined on the page is left alone).
 * Import `@plein/poll/poll.js` for the side effect; `@plein/poll` itself has none.
 */
import { defineElement } from '@plein/ui';
import { PleinPoll } from './poll.element.js';
import type { PleinPollEventMap } from './events.js';

export { PleinPoll };

defineElement('plein-poll', PleinPoll);

declare global {
  interface HTMLElementTagNameMap {
    'plein-poll': PleinPoll;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PleinPollEventMap {}
}
