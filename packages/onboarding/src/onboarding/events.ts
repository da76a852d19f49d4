import type { ChecklistTask, PleinError } from '@plein/core';

/** `plein-onboarding-tick`: the store confirmed that the viewer ticked or unticked a task (user action). */
export interface PleinOnboardingTickDetail {
  campaignId: string;
  /** The new hire whose checklist it is. */
  personId: string;
  task: ChecklistTask;
}

/** `plein-load`: the checklist (or the team's view) is shown, or its empty state (lifecycle). */
export interface PleinOnboardingLoadDetail {
  mode: 'checklist' | 'manage';
}

/** `plein-error`: a store call failed; the element shows a localized message (lifecycle). */
export interface PleinOnboardingErrorDetail {
  error: PleinError;
}

export interface PleinOnboardingEventMap {
  'plein-onboarding-tick': CustomEvent<PleinOnboardingTickDetail>;
  'plein-load': CustomEvent<PleinOnboardingLoadDetail>;
  'plein-error': CustomEvent<PleinOnboardingErrorDetail>;
}

/** The user actions; `plein-load` and `plein-error` differ per element and stay out of the global map. */
export type PleinOnboardingGlobalEventMap = Omit<PleinOnboardingEventMap, 'plein-load' | 'plein-error'>;

export type PleinOnboardingEventName = keyof PleinOnboardingEventMap;
export type PleinOnboardingEventDetail<K extends PleinOnboardingEventName> =
  PleinOnboardingEventMap[K] extends CustomEvent<infer D> ? D : never;
