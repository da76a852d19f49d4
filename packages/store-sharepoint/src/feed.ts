/**
 * The feed on SharePoint lists (schema-feed.ts): reads in feed-read.ts, writes in
 * feed-write.ts, what each viewer sees in feed-state.ts, live events in feed-live.ts.
 *
 * What holds against a colleague calling the REST API directly: authorship is SharePoint's
 * `Author`; nobody edits or deletes another's post, comment, reaction or report (WriteSecurity
 * 2); only moderators write moderation actions and channel settings, only moderators and the
 * communications group write pins (members read those lists); reports are read by their reporter,
 * moderators and the communications team (for insights) only (ReadSecurity 2); a hidden entry's
 * content (a hidden post's with the comments under it) sits in a list only moderators can read,
 * and is cleared from the public one; counts are counted from items.
 *
 * What SharePoint alone cannot guarantee:
 * - A channel's own moderators need Full Control on the feed lists (granted when appointed), and
 *   SharePoint cannot scope that to a channel: over REST they can act on every channel.
 * - An author may put text back into their own (hidden, emptied) item over REST: readable there,
 *   though Plein keeps showing the entry as hidden. Members can see in the moderation list that
 *   an entry was hidden, and by whom (not what it said). The author of a hidden entry sees it
 *   marked hidden but without its text.
 * - Images are attachments of the uploader's item in a list everyone reads: an image of a hidden
 *   or removed post stays reachable by its URL.
 * - An author removing a post cannot remove others' comments under it: they stay as items no
 *   call reaches (a moderator's removal takes them all).
 * - Bounded reads: timelines page shelf by shelf (any size); a filtered timeline reads at most
 *   SCAN_LIMIT posts per call and returns a cursor; trending reads the posts and comments created
 *   since the start of its earlier period (more than 5,000 of either is refused as
 *   `list-view-threshold`); so is one post with more than 5,000 comments, or one entry with more
 *   than 5,000 reaction items; the moderation queue reads every report (paged) on each call.
 * - Several ids are looked up at once with `or` of equalities on one indexed column (20 a
 *   request); SharePoint documents `or` but not how the threshold treats it on very large lists.
 */
import type { FeedApi } from '@plein/core';
import type { SpContext } from './context.js';
import { feedReads } from './feed-read.js';
import { feedWrites } from './feed-write.js';

export function createFeedApi(context: SpContext): FeedApi {
  return { ...feedReads(context), ...feedWrites(context) };
}
