import type { PleinError, Target } from '@plein/core';

/** `plein-insights-target`: the store confirmed a target the viewer set (`target`) or removed (`removed`). */
export interface PleinInsightsTargetDetail {
  target?: Target;
  removed?: Pick<Target, 'metric' | 'per'>;
}

/** `plein-load`: the dashboard (or its empty or not-allowed state) is shown (lifecycle). */
export interface PleinInsightsLoadDetail {
  from: string;
  to: string;
}

/** `plein-error`: a store call failed; the element shows a localized message (lifecycle). */
export interface PleinInsightsErrorDetail {
  error: PleinError;
}

export interface PleinInsightsEventMap {
  'plein-insights-target': CustomEvent<PleinInsightsTargetDetail>;
  'plein-load': CustomEvent<PleinInsightsLoadDetail>;
  'plein-error': CustomEvent<PleinInsightsErrorDetail>;
}

/** The user actions; `plein-load` and `plein-error` differ per element and stay out of the global map. */
export type PleinInsightsGlobalEventMap = Omit<PleinInsightsEventMap, 'plein-load' | 'plein-error'>;

export type PleinInsightsEventName = keyof PleinInsightsEventMap;
export type PleinInsightsEventDetail<K extends PleinInsightsEventName> =
  PleinInsightsEventMap[K] extends CustomEvent<infer D> ? D : never;
