import { Catalog, coreCatalog, type Formatters } from '@plein/core';
import { reactionNames } from '@plein/ui';

const core = coreCatalog.get('en');

/** "1 comment" / "3 comments", with the number in the locale's own digits. */
export const count = (format: Formatters, n: number, one: string, other: string): string =>
  `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;

/**
 * What the feed view shows: its states, the toolbar, posts and reactions. Strings of the parts loaded on
 * demand (composer, comments, menus) live with their code. English is inline; Dutch is a chunk
 * of its own (`feed.strings.nl.ts`), loaded where an element speaks it.
 */
const en = {
  loading: 'Loading posts…',
  loadingComments: 'Loading comments…',
  retry: core.tryAgain,
  cancel: core.cancel,
  region: 'Feed',
  posts: 'Posts',
  emptyHeading: 'No posts yet',
  emptyMessage: 'Be the first to post: share news, a question or a thank-you.',
  noMatchHeading: 'No posts match',
  noMatchMessage: 'Try other words, or remove the filter.',
  notFoundHeading: 'Post not found',
  notFoundMessage: 'It may have been removed, or the link is incomplete.',
  linked: 'Linked post',
  search: 'Search posts',
  filters: 'Filters',
  removeTag: (tag: string) => `Remove filter #${tag}`,
  loadMore: 'Load more posts',
  loadingMore: 'Loading more posts…',
  end: "You're all caught up.",
  newPosts: (n: number, format: Formatters) => `Show ${count(format, n, 'new post', 'new posts')}`,
  newPostsSpoken: (n: number, format: Formatters) =>
    `${count(format, n, 'new post', 'new posts')}. Show them with the button above the posts.`,
  shown: (n: number, format: Formatters) => `${count(format, n, 'new post', 'new posts')} shown.`,
  pinnedHeading: 'Pinned',
  pinned: 'Pinned',
  announcement: 'Announcement',
  until: (date: string) => `until ${date}`,
  through: (date: string) => `through ${date}`,
  someone: 'Someone',
  postBy: (name: string) => `Post by ${name}`,
  edited: 'edited',
  editedAt: (date: string) => `Edited ${date}`,
  hiddenNotice: 'Hidden by a moderator. Only you and the moderators can see it.',
  hiddenFromOthers: 'Hidden by a moderator. Only its author and the moderators can see it.',
  more: (name: string) => `More actions for the post by ${name}`,
  moreComment: (name: string) => `More actions for the comment by ${name}`,
  reactionsLabel: 'Reactions',
  reactions: reactionNames,
  whoReacted: (n: number, format: Formatters) => `${count(format, n, 'reaction', 'reactions')}: see who reacted`,
  reactionsShort: (n: number, format: Formatters) => format.number(n),
  comment: 'Comment',
  comments: (n: number, format: Formatters) => count(format, n, 'comment', 'comments'),
  reactionUndone: 'Your reaction was not saved.',
  partFailed: "This part of the feed couldn't be loaded.",
};

export type FeedStrings = typeof en;

/** English inline; each other language a chunk of its own, loaded where an element speaks it. */
export const feedCatalog = new Catalog<FeedStrings>(en, {
  nl: () => import('./feed.strings.nl.js').then((module) => module.strings),
});
