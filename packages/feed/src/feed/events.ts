import type { Comment, PleinError, Post, Reaction } from '@plein/core';

/** `plein-post-created`: the viewer published a post from the composer (user action). */
export interface PleinPostCreatedDetail {
  post: Post;
}

/** `plein-comment-created`: the viewer published a comment or reply (user action). */
export interface PleinCommentCreatedDetail {
  comment: Comment;
}

/** `plein-react`: the store confirmed the viewer's reaction on a post or comment (user action). */
export interface PleinReactDetail {
  id: string;
  reaction: Reaction;
  on: boolean;
}

/** `plein-load`: the channel's first page (or the moderation queue) is shown (lifecycle). */
export interface PleinFeedLoadDetail {
  channel: string;
}

/** `plein-error`: a store call failed; the element shows a localized message (lifecycle). */
export interface PleinFeedErrorDetail {
  error: PleinError;
}

export interface PleinFeedEventMap {
  'plein-post-created': CustomEvent<PleinPostCreatedDetail>;
  'plein-comment-created': CustomEvent<PleinCommentCreatedDetail>;
  'plein-react': CustomEvent<PleinReactDetail>;
  'plein-load': CustomEvent<PleinFeedLoadDetail>;
  'plein-error': CustomEvent<PleinFeedErrorDetail>;
}

/**
 * The events declared on `GlobalEventHandlersEventMap`: the user actions. `plein-load` and
 * `plein-error` are shared lifecycle names whose details differ per element (`<plein-poll>`
 * declares its own), so they stay out of the global map.
 */
export type PleinFeedGlobalEventMap = Omit<PleinFeedEventMap, 'plein-load' | 'plein-error'>;

export type PleinFeedEventName = keyof PleinFeedEventMap;
export type PleinFeedEventDetail<K extends PleinFeedEventName> =
  PleinFeedEventMap[K] extends CustomEvent<infer D> ? D : never;
