import {
  PleinError,
  parseChannel,
  parseFeedQuery,
  parsePageRequest,
  parseReaction,
  parseTrendingQuery,
  type FeedApi,
  type ModerationItem,
  type Page,
} from '@plein/core';
import type { PersonContext } from './context.js';
import { compareKeys, decodeKey, decodePosition, encodeKey, encodePosition, pageBySeq, pageDown } from './cursor.js';
import { timelineOf, upperBound } from './feed-index.js';
import { postFilter, trending } from './feed-query.js';
import {
  activePin,
  findEntry,
  findPost,
  reviewStatus,
  viewComment,
  viewModerationItem,
  viewPost,
  viewerOf,
  visibleThread,
  type Viewer,
} from './feed-rules.js';
import { viewPerson } from './people.js';
import type { CommentRecord, PostRecord, State } from './state.js';

const STATUSES: readonly ModerationItem['status'][] = ['open', 'hidden', 'dismissed'];

/** The reading half of the feed: every call sees only what its viewer may see. */
export function feedReads(context: PersonContext): Omit<FeedApi, FeedWrite> {
  const { db, now } = context;
  const max = db.capabilities.maxPageSize;

  /** Runs `read` with the current data and the signed-in viewer. */
  const reading = <T>(read: (state: State, viewer: Viewer) => T): Promise<T> =>
    context.reading((state, me) => read(state, viewerOf(state, me)));

  /** Comments (or replies) oldest first, after the cursor's place. */
  const threadPage = (state: State, viewer: Viewer, headId: string, page: unknown): Page<CommentRecord> => {
    const { cursor, limit } = parsePageRequest(page, max);
    const thread = visibleThread(state, viewer, headId);
    const start = cursor === undefined ? 0 : upperBound(thread, decodePosition(cursor));
    const items = thread.slice(start, start + limit);
    const result: Page<CommentRecord> = { items };
    if (start + limit < thread.length) result.next = encodePosition(items[items.length - 1]!);
    return result;
  };

  const viewComments = (state: State, viewer: Viewer, page: Page<CommentRecord>) => ({
    ...page,
    items: page.items.map((comment) => viewComment(state, comment, viewer)),
  });

  return {
    channel: (id) =>
      reading((state, viewer) => {
        const channel = parseChannel(id);
        return {
          id: channel,
          moderatorIds: [...(state.channels.get(channel)?.moderatorIds ?? [])],
          viewer: { canPost: true, canModerate: viewer.moderates(channel), canPin: viewer.canPin(channel) },
        };
      }),

    list: (query, page) =>
      reading((state, viewer) => {
        const parsed = parseFeedQuery(query);
        const { cursor, limit } = parsePageRequest(page, max);
        const matches = postFilter(state, viewer, parsed);
        const found = pageDown(
          timelineOf(state, parsed.channel),
          cursor,
          limit,
          (post) => !post.hidden && (!matches || matches(post)),
        );
        return { ...found, items: found.items.map((post) => viewPost(state, post, viewer, now())) };
      }),

    pinned: (channel) =>
      reading((state, viewer) => {
        const id = parseChannel(channel);
        const time = now();
        const pins: { post: PostRecord; pin: NonNullable<PostRecord['pin']> }[] = [];
        for (const postId of state.index.pinned) {
          const post = state.posts.get(postId);
          const pin = post && post.channel === id && !post.hidden ? activePin(post, time) : undefined;
          if (post && pin) pins.push({ post, pin });
        }
        pins.sort(
          (a, b) =>
            Number(b.pin.announcement) - Number(a.pin.announcement) ||
            (a.pin.at === b.pin.at ? 0 : a.pin.at < b.pin.at ? 1 : -1) ||
            b.post.seq - a.post.seq,
        );
        return pins.map(({ post }) => viewPost(state, post, viewer, time));
      }),

    get: (id) => reading((state, viewer) => viewPost(state, findPost(state, viewer, id), viewer, now())),

    comments: (postId, page) =>
      reading((state, viewer) => {
        const post = findPost(state, viewer, postId);
        return viewComments(state, viewer, threadPage(state, viewer, post.id, page));
      }),

    replies: (commentId, page) =>
      reading((state, viewer) => {
        const comment = findEntry(state, viewer, commentId);
        if (comment.kind !== 'comment') throw new PleinError('not-found', { field: 'id' });
        return viewComments(state, viewer, threadPage(state, viewer, comment.id, page));
      }),

    reactors: (id, reaction, page) =>
      reading((state, viewer) => {
        const entry = findEntry(state, viewer, id);
        const kind = parseReaction(reaction);
        const found = pageBySeq(
          entry.reactions,
          parsePageRequest(page, max),
          (r) => r.reaction === kind && state.people.has(r.by),
        );
        return { ...found, items: found.items.map((r) => viewPerson(state.people.get(r.by)!)) };
      }),

    queue: (query, page) =>
      reading((state, viewer) => {
        const { channel, status } = (query ?? {}) as { channel?: unknown; status?: unknown };
        const only = channel === undefined ? undefined : parseChannel(channel);
        if (status !== undefined && !STATUSES.includes(status as ModerationItem['status'])) {
          throw new PleinError('invalid', { field: 'status', reason: 'unknown-value' });
        }
        const { cursor, limit } = parsePageRequest(page, max);
        // Open first, then hidden, then dismissed; oldest first report first within each.
        const keyOf = (entry: PostRecord | CommentRecord): number[] => [
          STATUSES.indexOf(reviewStatus(entry)),
          Date.parse(entry.reports[0]!.at),
          entry.seq,
        ];
        const after = cursor === undefined ? undefined : decodeKey(cursor, 3);
        const found: { entry: PostRecord | CommentRecord; key: number[] }[] = [];
        for (const id of state.index.reported) {
          const entry = state.posts.get(id) ?? state.comments.get(id);
          if (!entry || (only !== undefined && entry.channel !== only) || !viewer.moderates(entry.channel)) continue;
          if (status !== undefined && reviewStatus(entry) !== status) continue;
          const key = keyOf(entry);
          if (!after || compareKeys(key, after) > 0) found.push({ entry, key });
        }
        found.sort((a, b) => compareKeys(a.key, b.key));
        const items = found.slice(0, limit);
        const result: Page<ModerationItem> = {
          items: items.map(({ entry }) => viewModerationItem(state, entry, viewer, now())),
        };
        if (found.length > limit) result.next = encodeKey(items[items.length - 1]!.key);
        return result;
      }),

    trending: (query) => reading((state) => trending(state, parseTrendingQuery(query))),
  };
}

/** The writing half, in feed-write.ts. */
export type FeedWrite = 'upload' | 'post' | 'edit' | 'remove' | 'comment' | 'react' | 'report' | 'pin' | 'moderate';
