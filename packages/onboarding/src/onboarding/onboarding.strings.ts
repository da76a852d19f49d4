import type { Translations } from '@plein/core';

/**
 * What `<plein-onboarding>` itself says before a mode's code is here (small and eager in every
 * language; each mode brings its own strings).
 */
const en = {
  loading: 'Loading onboarding…',
  partFailed: "Onboarding couldn't be loaded.",
};

const nl: typeof en = {
  loading: 'Onboarding laden…',
  partFailed: 'Onboarding kon niet worden geladen.',
};

export type OnboardingShellStrings = typeof en;
export const onboardingShellStrings: Translations<OnboardingShellStrings> = { en, nl };
