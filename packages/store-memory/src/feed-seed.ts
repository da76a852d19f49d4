import { PleinError } from '@plein/core';
import type { SeedComment, SeedData, SeedPost } from '@plein/core/testing';
import type { Change } from './db.js';
import { sortIndex } from './feed-index.js';
import { addComment, addPost, removeEntry } from './feed-records.js';
import { addReaction } from './reactions.js';
import type { EntryRecord, PostRecord, State } from './state.js';

const HOUR = 3_600_000;
const iso = (time: number): string => new Date(time).toISOString();

/**
 * Adds seeded channels and posts as they stand (comments, reactions, pins, reports, hidden),
 * bypassing the rules a writer must follow. Records are appended and every list sorted once at
 * the end, so 100,000 posts seed in near-linear time. A post seeded again replaces the old one.
 */
export function seedFeed(state: State, data: SeedData, now: number): Change[] {
  for (const channel of data.channels ?? []) {
    state.channels.set(channel.id, { id: channel.id, moderatorIds: [...channel.moderatorIds] });
  }
  const changes: Change[] = [];
  for (const seed of data.posts ?? []) {
    const existing = state.posts.get(seed.id);
    if (existing) removeEntry(state, existing, false);
    const post = seedPost(state, seed, now);
    changes.push({
      kind: 'feed',
      id: post.id,
      postId: post.id,
      channel: post.channel,
      type: 'created',
      actorId: post.authorId,
    });
  }
  if (changes.length > 0) sortIndex(state);
  return changes;
}

function seedPost(state: State, seed: SeedPost, now: number): PostRecord {
  const createdAt = iso(Date.parse(seed.createdAt));
  const post = addPost(
    state,
    { id: seed.id, channel: seed.channel, authorId: seed.authorId, text: seed.text, createdAt },
    false,
  );
  post.commentsLocked = seed.commentsLocked ?? false;
  (seed.attachments ?? []).forEach((image, i) => {
    const id = `${seed.id}-image-${i + 1}`;
    const attachment = { id, kind: 'image' as const, name: image.name, type: image.type, url: image.url };
    state.uploads.set(id, {
      attachment: { ...attachment, size: dataUrlSize(image.url), alt: image.alt ?? '' },
      ownerId: seed.authorId,
      createdAt,
      postId: seed.id,
    });
    post.attachmentIds.push(id);
  });
  if (seed.pin) {
    post.pin = { announcement: seed.pin.announcement, by: seed.pin.by, at: createdAt };
    if (seed.pin.until !== undefined) post.pin.until = iso(Date.parse(seed.pin.until));
    state.index.pinned.add(post.id);
  }
  settle(state, post, seed, now);
  seedComments(state, post, seed.comments ?? [], now);
  return post;
}

/**
 * Reactions and reports, dated as seeded or when the entry was made; a hide, dated shortly after
 * the entry (never after now).
 */
function settle(
  state: State,
  entry: EntryRecord,
  seed: Pick<SeedPost, 'reactions' | 'reports' | 'hidden'>,
  now: number,
) {
  const later = (hours: number) => iso(Math.min(Date.parse(entry.createdAt) + hours * HOUR, now));
  const at = (time: string | undefined) => (time === undefined ? entry.createdAt : iso(Date.parse(time)));
  for (const r of seed.reactions ?? []) addReaction(state, entry.reactions, r.by, r.reaction, at(r.at));
  for (const { by, reason, note, at: time } of seed.reports ?? []) {
    entry.reports.push({ by, reason, ...(note === undefined ? {} : { note }), at: at(time) });
  }
  if (entry.reports.length > 0) state.index.reported.add(entry.id);
  if (seed.hidden) {
    const reason = entry.reports[0]?.reason;
    entry.hidden = { at: later(entry.reports.length + 1), by: seed.hidden.by, ...(reason ? { reason } : {}) };
  }
}

function seedComments(state: State, post: PostRecord, seeds: readonly SeedComment[], now: number): void {
  const byId = new Map(seeds.map((seed) => [seed.id, seed]));
  /** A reply to a reply answers its top-level parent. */
  const topOf = (seed: SeedComment, depth = 0): string | undefined => {
    if (seed.parentId === undefined) return undefined;
    const parent = byId.get(seed.parentId);
    if (!parent || depth > seeds.length) {
      throw new PleinError('invalid', { field: 'parentId', reason: 'unknown-parent', comment: seed.id });
    }
    return topOf(parent, depth + 1) ?? parent.id;
  };
  for (const seed of seeds) {
    const existing = state.comments.get(seed.id);
    if (existing) removeEntry(state, existing, false);
    const parentId = topOf(seed);
    const comment = addComment(
      state,
      post,
      {
        id: seed.id,
        authorId: seed.authorId,
        text: seed.text,
        createdAt: iso(Date.parse(seed.createdAt)),
        ...(parentId === undefined ? {} : { parentId }),
      },
      false,
    );
    settle(state, comment, seed, now);
  }
}

/** Bytes of a `data:` URL's content. */
function dataUrlSize(url: string): number {
  const comma = url.indexOf(',');
  const body = url.slice(comma + 1);
  if (!url.slice(0, comma).endsWith(';base64')) return decodeURIComponent(body).length;
  return Math.floor((body.length * 3) / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0);
}
