import { plainText, tokenize, topTags, type FeedQuery, type TrendingTag } from '@plein/core';
import { lowerBound, timelineOf } from './feed-index.js';
import { visibleThread, type Viewer } from './feed-rules.js';
import { fold } from './people.js';
import type { CommentRecord, EntryRecord, PostRecord, State } from './state.js';

/** Folded readable text per record (mentions as names, not ids), recomputed only after an edit. */
const foldedCache = new WeakMap<EntryRecord, { text: string; folded: string }>();

function foldedText(entry: EntryRecord): string {
  const cached = foldedCache.get(entry);
  if (cached?.text === entry.text) return cached.folded;
  const folded = fold(plainText(tokenize(entry.text)));
  foldedCache.set(entry, { text: entry.text, folded });
  return folded;
}

/** A post and every comment and reply the viewer can see under it. */
function thread(state: State, viewer: Viewer, post: PostRecord): EntryRecord[] {
  const entries: EntryRecord[] = [post];
  for (const comment of visibleThread(state, viewer, post.id)) {
    entries.push(comment, ...visibleThread(state, viewer, comment.id));
  }
  return entries;
}

/** A filter for the posts of a timeline, or undefined when the query has none. */
export function postFilter(
  state: State,
  viewer: Viewer,
  query: FeedQuery,
): ((post: PostRecord) => boolean) | undefined {
  const { tag } = query;
  const words = query.search === undefined ? [] : fold(query.search).split(/\s+/).filter(Boolean);
  if (tag === undefined && words.length === 0) return undefined;
  return (post) => {
    const entries = thread(state, viewer, post);
    if (tag !== undefined && !entries.some((entry) => entry.hashtags.includes(tag))) return false;
    if (words.length === 0) return true;
    const texts = entries.map(foldedText);
    return words.every((word) => texts.some((text) => text.includes(word)));
  };
}

/** Seen by everyone: not hidden, and neither is its post or parent. */
export function isPublic(state: State, entry: PostRecord | CommentRecord): boolean {
  if (entry.hidden) return false;
  if (entry.kind === 'post') return true;
  if (state.posts.get(entry.postId)?.hidden) return false;
  return entry.parentId === undefined || !state.comments.get(entry.parentId)?.hidden;
}

/**
 * Hashtag uses in `[from, to)` and in the period of equal length before, in posts and comments
 * everyone can see; each entry counts a tag once. Posts are found by binary search per timeline.
 */
export function trending(
  state: State,
  query: { channel?: string; from: number; to: number; limit: number },
): TrendingTag[] {
  const start = query.from - (query.to - query.from);
  const [startIso, fromIso, toIso] = [start, query.from, query.to].map((time) => new Date(time).toISOString()) as [
    string,
    string,
    string,
  ];
  const tally = new Map<string, TrendingTag>();
  const count = (entry: PostRecord | CommentRecord) => {
    if (entry.createdAt < startIso || entry.createdAt >= toIso || !isPublic(state, entry)) return;
    const current = entry.createdAt >= fromIso;
    for (const tag of entry.hashtags) {
      let row = tally.get(tag);
      if (!row) tally.set(tag, (row = { tag, count: 0, previous: 0 }));
      if (current) row.count++;
      else row.previous++;
    }
  };

  const channels = query.channel === undefined ? [...state.index.timelines.keys()] : [query.channel];
  for (const channel of channels) {
    const timeline = timelineOf(state, channel);
    const end = lowerBound(timeline, { createdAt: toIso, seq: -1 });
    for (let i = lowerBound(timeline, { createdAt: startIso, seq: -1 }); i < end; i++) count(timeline[i]!);
  }
  for (const comment of state.comments.values()) {
    if (query.channel === undefined || comment.channel === query.channel) count(comment);
  }

  return topTags(tally.values(), query.limit);
}

/** Ranked as every store ranks trending tags (@plein/core). */
export { topTags };
