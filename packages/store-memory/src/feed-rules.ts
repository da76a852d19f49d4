import { PleinError, type Comment, type Entry, type ModerationItem, type Pin, type Post } from '@plein/core';
import { threadOf } from './feed-index.js';
import { isModerator } from './people.js';
import { summarize } from './reactions.js';
import type { CommentRecord, EntryRecord, PersonRecord, PostRecord, State } from './state.js';

/**
 * The feed rules as plain functions over records: who moderates what, who sees what, and each
 * entry as one viewer sees it (a fresh object every time, so nothing leaks by reference).
 */

/** The signed-in person, with their rights per channel worked out once per call. */
export interface Viewer {
  person: PersonRecord;
  moderates(channel: string): boolean;
  canPin(channel: string): boolean;
}

export function viewerOf(state: State, person: PersonRecord): Viewer {
  const site = isModerator(person);
  const moderates = (channel: string) =>
    site || (state.channels.get(channel)?.moderatorIds.includes(person.id) ?? false);
  return {
    person,
    moderates,
    canPin: (channel) => person.roles.includes('communications') || moderates(channel),
  };
}

/** Hidden entries reach only their author and the channel's moderators. */
const hiddenFrom = (viewer: Viewer, entry: EntryRecord): boolean =>
  entry.hidden !== undefined && entry.authorId !== viewer.person.id && !viewer.moderates(entry.channel);

/** Whether the viewer may see the entry at all: a comment also needs its post (and parent) in sight. */
export function canSee(state: State, viewer: Viewer, entry: PostRecord | CommentRecord): boolean {
  if (hiddenFrom(viewer, entry)) return false;
  if (entry.kind === 'post') return true;
  const post = state.posts.get(entry.postId);
  if (!post || hiddenFrom(viewer, post)) return false;
  if (entry.parentId === undefined) return true;
  const parent = state.comments.get(entry.parentId);
  return parent !== undefined && !hiddenFrom(viewer, parent);
}

/** The visible comments (or replies) in a thread whose head the viewer already sees. */
export function visibleThread(state: State, viewer: Viewer, id: string): CommentRecord[] {
  return threadOf(state, id).filter((comment) => !hiddenFrom(viewer, comment));
}

/** Comments and replies the viewer can see under a post. */
export function visibleCommentCount(state: State, viewer: Viewer, postId: string): number {
  let count = 0;
  for (const comment of visibleThread(state, viewer, postId)) {
    count += 1 + visibleThread(state, viewer, comment.id).length;
  }
  return count;
}

/** A pin counts while its `until` lies ahead. */
export function activePin(post: PostRecord, now: number): Pin | undefined {
  const { pin } = post;
  if (!pin || (pin.until !== undefined && Date.parse(pin.until) <= now)) return undefined;
  return { ...pin };
}

function viewEntry(entry: EntryRecord, viewer: Viewer): Entry {
  const me = viewer.person.id;
  const mine = entry.authorId === me;
  const reported = entry.reports.some((report) => report.by === me);
  const view: Entry = {
    id: entry.id,
    channel: entry.channel,
    authorId: entry.authorId,
    text: entry.text,
    createdAt: entry.createdAt,
    mentions: [...entry.mentions],
    hashtags: [...entry.hashtags],
    reactions: summarize(entry, me),
    viewer: {
      canEdit: mine && entry.hidden === undefined,
      canDelete: mine || viewer.moderates(entry.channel),
      canReport: !mine && !reported,
      reported,
      canModerate: viewer.moderates(entry.channel),
      canPin: false,
    },
  };
  if (entry.editedAt !== undefined) view.editedAt = entry.editedAt;
  if (entry.hidden) view.hidden = { ...entry.hidden };
  return view;
}

export function viewPost(state: State, post: PostRecord, viewer: Viewer, now: number): Post {
  const view: Post = {
    ...viewEntry(post, viewer),
    kind: 'post',
    attachments: post.attachmentIds.flatMap((id) => {
      const upload = state.uploads.get(id);
      return upload ? [{ ...upload.attachment }] : [];
    }),
    commentCount: visibleCommentCount(state, viewer, post.id),
    commentsLocked: post.commentsLocked,
  };
  view.viewer.canPin = viewer.canPin(post.channel);
  const pin = activePin(post, now);
  if (pin) view.pin = pin;
  return view;
}

export function viewComment(state: State, comment: CommentRecord, viewer: Viewer): Comment {
  const view: Comment = {
    ...viewEntry(comment, viewer),
    kind: 'comment',
    postId: comment.postId,
    replyCount: comment.parentId === undefined ? visibleThread(state, viewer, comment.id).length : 0,
  };
  if (comment.parentId !== undefined) view.parentId = comment.parentId;
  return view;
}

export function viewAny(state: State, entry: PostRecord | CommentRecord, viewer: Viewer, now: number): Post | Comment {
  return entry.kind === 'post' ? viewPost(state, entry, viewer, now) : viewComment(state, entry, viewer);
}

/** Where a reported entry stands in the moderation queue. */
export const reviewStatus = (entry: EntryRecord): ModerationItem['status'] => (entry.hidden ? 'hidden' : entry.review);

export function viewModerationItem(
  state: State,
  entry: PostRecord | CommentRecord,
  viewer: Viewer,
  now: number,
): ModerationItem {
  return {
    entry: viewAny(state, entry, viewer, now),
    reports: entry.reports.map((report) => ({ ...report })),
    status: reviewStatus(entry),
    reportedAt: entry.reports[0]!.at,
  };
}

/** A post or comment the viewer may see; `not-found` when it is unknown, removed or hidden from them. */
export function findEntry(state: State, viewer: Viewer, id: unknown): PostRecord | CommentRecord {
  const entry = typeof id === 'string' ? (state.posts.get(id) ?? state.comments.get(id)) : undefined;
  if (!entry || !canSee(state, viewer, entry)) throw new PleinError('not-found', { field: 'id' });
  return entry;
}

export function findPost(state: State, viewer: Viewer, id: unknown): PostRecord {
  const entry = findEntry(state, viewer, id);
  if (entry.kind !== 'post') throw new PleinError('not-found', { field: 'id' });
  return entry;
}
