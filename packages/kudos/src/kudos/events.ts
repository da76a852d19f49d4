import type { Kudos, PleinError, Reaction } from '@plein/core';

/** `plein-kudos-given`: the viewer gave kudos (user action). */
export interface PleinKudosGivenDetail {
  kudos: Kudos;
}

/** `plein-kudos-react`: the store confirmed the viewer's reaction on a kudos (user action). */
export interface PleinKudosReactDetail {
  id: string;
  reaction: Reaction;
  on: boolean;
}

/** `plein-load`: the first kudos are shown (lifecycle). */
export interface PleinKudosLoadDetail {
  mode: 'wall' | 'screen';
}

/** `plein-error`: a store call failed; the element shows a localized message (lifecycle). */
export interface PleinKudosErrorDetail {
  error: PleinError;
}

export interface PleinKudosEventMap {
  'plein-kudos-given': CustomEvent<PleinKudosGivenDetail>;
  'plein-kudos-react': CustomEvent<PleinKudosReactDetail>;
  'plein-load': CustomEvent<PleinKudosLoadDetail>;
  'plein-error': CustomEvent<PleinKudosErrorDetail>;
}

/** The user actions; `plein-load` and `plein-error` differ per element and stay out of the global map. */
export type PleinKudosGlobalEventMap = Omit<PleinKudosEventMap, 'plein-load' | 'plein-error'>;

export type PleinKudosEventName = keyof PleinKudosEventMap;
export type PleinKudosEventDetail<K extends PleinKudosEventName> =
  PleinKudosEventMap[K] extends CustomEvent<infer D> ? D : never;
