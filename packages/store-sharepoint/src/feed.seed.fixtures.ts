/**
 * Seeding the feed for the contract world: items written straight into the emulated lists as
 * their authors, at their own times, as the store would have written them (oldest first, so
 * item IDs follow time). A channel's own moderators get Full Control on the feed lists, as a
 * site owner grants it when appointing them (SharePoint cannot scope a permission to a channel).
 */
import { hashtags, mentionedIds, newId, type Attachment } from '@plein/core';
import type { SeedData, SeedPost } from '@plein/core/testing';
// eslint-disable-next-line no-restricted-imports -- tests run the store against the emulator
import type { List, RoleLevel, Value } from '@plein/sharepoint-emulator';
import { channelFields, channelKey, contentFields, shelfKey, shelfOf } from './feed-rows.js';
import { FEED } from './schema-feed.js';
import type { SeedContext } from './seed.fixtures.js';

/** Lists a channel moderator acts on, and the level they need there. */
const CHANNEL_MODERATOR_LISTS: readonly [string, RoleLevel][] = [
  [FEED.posts.title, 'full'],
  [FEED.comments.title, 'full'],
  [FEED.reports.title, 'full'],
  [FEED.moderation.title, 'full'],
  [FEED.pins.title, 'full'],
  [FEED.hidden.title, 'contribute'],
];

function grant(list: List, principal: number, level: RoleLevel): void {
  const roles = new Map<number, RoleLevel | ReadonlySet<RoleLevel>>(list.roles ?? []);
  roles.set(principal, level);
  list.roles = roles;
}

const content = (text: string, attachments: Attachment[] = []): Record<string, Value> =>
  contentFields(text, mentionedIds(text), hashtags(text), attachments) as Record<string, Value>;

function attachmentsOf(post: SeedPost): Attachment[] {
  return (post.attachments ?? []).map((a) => ({
    id: newId('img'),
    kind: 'image',
    name: a.name,
    type: a.type,
    size: Math.floor(((a.url.length - a.url.indexOf(',') - 1) * 3) / 4),
    url: a.url,
    alt: a.alt ?? '',
  }));
}

export function seedFeed({ site, list, userOf, at }: SeedContext, data: SeedData): void {
  const owner = [...site.owners.members][0]!;
  for (const channel of data.channels ?? []) {
    list(FEED.channels.title).add(owner, at(undefined), {
      Title: channel.id.slice(0, 255),
      ChannelId: channelKey(channel.id),
      Moderators: JSON.stringify(channel.moderatorIds),
    });
    for (const id of channel.moderatorIds)
      for (const [title, level] of CHANNEL_MODERATOR_LISTS) grant(list(title), userOf(id).id, level);
  }
  const posts = [...(data.posts ?? [])].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const post of posts) {
    const created = at(post.createdAt);
    const item = list(FEED.posts.title).add(userOf(post.authorId).id, created, {
      Title: post.text.slice(0, 255),
      PleinId: post.id,
      ...(channelFields(post.channel) as Record<string, Value>),
      ...content(post.text, attachmentsOf(post)),
    });
    item.values.Shelf = shelfKey(post.channel, shelfOf(item.id));
    const action = (by: number, name: string, values: Record<string, Value> = {}) =>
      list(FEED.moderation.title).add(by, at(undefined), {
        Title: name,
        EntryId: post.id,
        PostId: post.id,
        Channel: channelKey(post.channel),
        Action: name,
        Subject: post.authorId,
        ...values,
      });
    for (const r of post.reactions ?? [])
      list(FEED.reactions.title).add(userOf(r.by).id, at(r.at ?? post.createdAt), {
        Title: r.reaction,
        Target: post.id,
        PostId: post.id,
        Channel: channelKey(post.channel),
        Reaction: r.reaction,
        On: true,
      });
    if (post.pin)
      list(FEED.pins.title).add(userOf(post.pin.by).id, created, {
        Title: post.id,
        PostId: post.id,
        Channel: channelKey(post.channel),
        Pinned: true,
        Announcement: post.pin.announcement,
        Until: post.pin.until ?? null,
      });
    for (const r of post.reports ?? [])
      list(FEED.reports.title).add(userOf(r.by).id, at(r.at ?? post.createdAt), {
        Title: r.reason,
        Target: post.id,
        PostId: post.id,
        Channel: channelKey(post.channel),
        Reason: r.reason,
        ...(r.note ? { Note: r.note } : {}),
      });
    if (post.commentsLocked) action(owner, 'lock');
    if (post.hidden) {
      // As a moderator hides: the content moves to the moderators-only list.
      list(FEED.hidden.title).add(userOf(post.hidden.by).id, at(undefined), {
        Title: post.id,
        EntryId: post.id,
        ...content(post.text, attachmentsOf(post)),
      });
      action(userOf(post.hidden.by).id, 'hide');
      Object.assign(item.values, content(''));
    }
  }
  const comments = posts
    .flatMap((post) => (post.comments ?? []).map((comment) => ({ post, comment })))
    .sort((a, b) => Date.parse(a.comment.createdAt) - Date.parse(b.comment.createdAt));
  for (const { post, comment } of comments) {
    list(FEED.comments.title).add(userOf(comment.authorId).id, at(comment.createdAt), {
      Title: comment.text.slice(0, 255),
      PleinId: comment.id,
      ...(channelFields(post.channel) as Record<string, Value>),
      PostId: post.id,
      Thread: comment.parentId ?? post.id,
      ...content(comment.text),
    });
    for (const r of comment.reactions ?? [])
      list(FEED.reactions.title).add(userOf(r.by).id, at(r.at ?? comment.createdAt), {
        Title: r.reaction,
        Target: comment.id,
        PostId: post.id,
        Channel: channelKey(post.channel),
        Reaction: r.reaction,
        On: true,
      });
  }
}
