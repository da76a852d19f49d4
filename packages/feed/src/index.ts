/**
 * `@plein/feed`: the element classes and their types, without registering anything. Import
 * `@plein/feed/feed.js` or `@plein/feed/trending.js` to define the tags.
 */
export { PleinFeed, type FeedMode } from './feed/feed.element.js';
export type { FeedHost } from './feed/host.js';
export type {
  PleinFeedEventMap,
  PleinPostCreatedDetail,
  PleinCommentCreatedDetail,
  PleinReactDetail,
  PleinFeedLoadDetail,
  PleinFeedErrorDetail,
} from './feed/events.js';
export { entryLink, entryPath } from './feed/links.js';
export { PleinTrending } from './trending/trending.element.js';
