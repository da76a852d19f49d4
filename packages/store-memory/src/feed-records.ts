import { hashtags, mentionedIds, type IsoDateTime } from '@plein/core';
import { indexEntry, threadOf, unindexEntry } from './feed-index.js';
import type { CommentRecord, EntryRecord, PostRecord, State } from './state.js';

/** Creating and removing feed records, with their place in the index. */

interface EntryFields {
  id: string;
  authorId: string;
  text: string;
  createdAt: IsoDateTime;
}

/**
 * A new entry: one literal, then the kind's own fields added in order. (Not an object spread:
 * V8 gives spread copies made in bulk a hidden class each, and a million records with a million
 * classes make every loop over them several times slower.)
 */
function entry<T extends object>(state: State, fields: EntryFields, channel: string, own: T): EntryRecord & T {
  const record: EntryRecord = {
    id: fields.id,
    seq: ++state.seq,
    channel,
    authorId: fields.authorId,
    text: fields.text,
    createdAt: fields.createdAt,
    mentions: mentionedIds(fields.text),
    hashtags: hashtags(fields.text),
    reactions: [],
    reports: [],
    review: 'open',
  };
  return Object.assign(record, own);
}

export function addPost(state: State, fields: EntryFields & { channel: string }, sorted = true): PostRecord {
  const post: PostRecord = entry(state, fields, fields.channel, {
    kind: 'post' as const,
    attachmentIds: [],
    commentsLocked: false,
  });
  state.posts.set(post.id, post);
  indexEntry(state, post, sorted);
  return post;
}

export function addComment(
  state: State,
  post: PostRecord,
  fields: EntryFields & { parentId?: string },
  sorted = true,
): CommentRecord {
  const comment: CommentRecord = entry(state, fields, post.channel, { kind: 'comment' as const, postId: post.id });
  if (fields.parentId !== undefined) comment.parentId = fields.parentId;
  state.comments.set(comment.id, comment);
  indexEntry(state, comment, sorted);
  return comment;
}

/** New text: mentions and tags follow it. */
export function setText(entry: EntryRecord, text: string): void {
  entry.text = text;
  entry.mentions = mentionedIds(text);
  entry.hashtags = hashtags(text);
}

/**
 * Removes an entry with everything under it (a post's comments and images, a comment's
 * replies). `tombstone` remembers the ids, so removing again is a no-op.
 */
export function removeEntry(state: State, entry: PostRecord | CommentRecord, tombstone: boolean): void {
  for (const child of [...threadOf(state, entry.id)]) removeEntry(state, child, tombstone);
  unindexEntry(state, entry);
  if (entry.kind === 'post') {
    state.posts.delete(entry.id);
    for (const id of entry.attachmentIds) state.uploads.delete(id);
  } else {
    state.comments.delete(entry.id);
  }
  if (tombstone) state.removed.add(entry.id);
}
