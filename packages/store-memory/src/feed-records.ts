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

/** A new entry. (One literal: bulk seeds make many.) */
function entry(state: State, fields: EntryFields, channel: string): EntryRecord {
  return {
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
}

export function addPost(state: State, fields: EntryFields & { channel: string }, sorted = true): PostRecord {
  const post: PostRecord = {
    ...entry(state, fields, fields.channel),
    kind: 'post',
    attachmentIds: [],
    commentsLocked: false,
  };
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
  const comment: CommentRecord = { ...entry(state, fields, post.channel), kind: 'comment', postId: post.id };
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
