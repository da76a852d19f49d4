import type { PleinError, Poll } from '@plein/core';

/** `plein-vote`: the viewer's vote was confirmed by the store (user action). */
export interface PleinVoteDetail {
  pollId: string;
  optionIds: string[];
}

/** `plein-poll-created`: a poll was created from the widget (user action). */
export interface PleinPollCreatedDetail {
  poll: Poll;
}

/** `plein-poll-closed`: the viewer closed a poll (user action; not fired for a deadline passing). */
export interface PleinPollClosedDetail {
  pollId: string;
}

/** `plein-load`: a poll was loaded and shown (lifecycle). */
export interface PleinLoadDetail {
  pollId: string;
}

/** `plein-error`: a store call failed; the element shows a localized message (lifecycle). */
export interface PleinErrorDetail {
  error: PleinError;
}

export interface PleinPollEventMap {
  'plein-vote': CustomEvent<PleinVoteDetail>;
  'plein-poll-created': CustomEvent<PleinPollCreatedDetail>;
  'plein-poll-closed': CustomEvent<PleinPollClosedDetail>;
  'plein-load': CustomEvent<PleinLoadDetail>;
  'plein-error': CustomEvent<PleinErrorDetail>;
}

export type PleinPollEventName = keyof PleinPollEventMap;
export type PleinPollEventDetail<K extends PleinPollEventName> =
  PleinPollEventMap[K] extends CustomEvent<infer D> ? D : never;
