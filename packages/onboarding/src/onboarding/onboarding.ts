/**
 * Registers `<plein-onboarding>` (idempotent: a tag already defined on the page is left alone).
 * Import `@plein/onboarding/onboarding.js` for the side effect; `@plein/onboarding` itself has none.
 */
import { defineElement } from '@plein/ui';
import { PleinOnboarding } from './onboarding.element.js';
import type { PleinOnboardingGlobalEventMap } from './events.js';

export { PleinOnboarding };

defineElement('plein-onboarding', PleinOnboarding);

declare global {
  interface HTMLElementTagNameMap {
    'plein-onboarding': PleinOnboarding;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PleinOnboardingGlobalEventMap {}
}
