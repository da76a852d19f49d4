/**
 * What people do with the posts from the first paint on, in a chunk of its own that
 * `<plein-feed>` fetches in the same tick as the view (view.ts), so the view never shows without
 * it: optimistic reactions, and moving between posts with the keyboard.
 */
export { listKeyed } from './list-keys.js';
export { Reactions } from './reactions.js';
