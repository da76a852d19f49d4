/**
 * `@plein/onboarding`: the element class and its types, without registering anything. Import
 * `@plein/onboarding/onboarding.js` to define `<plein-onboarding>`.
 */
export { PleinOnboarding, type OnboardingMode } from './onboarding/onboarding.element.js';
export type {
  PleinOnboardingEventMap,
  PleinOnboardingTickDetail,
  PleinOnboardingLoadDetail,
  PleinOnboardingErrorDetail,
} from './onboarding/events.js';
