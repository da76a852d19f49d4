import type { FeedApi } from '@plein/core';
import type { PersonContext } from './context.js';
import { feedReads } from './feed-read.js';
import { feedWrites } from './feed-write.js';

/**
 * The feed of one signed-in person. The rules (who sees and may do what) live in
 * feed-rules.ts; reads and writes in their own files; the index that keeps pages fast in
 * feed-index.ts.
 */
export function createFeedApi(context: PersonContext): FeedApi {
  return { ...feedReads(context), ...feedWrites(context) };
}
