import { normalizeTag } from '@plein/core';
import { permalink, readPermalink } from '@plein/ui';

/**
 * Permalinks of the feed: the page URL plus a fragment naming the entry by its path.
 *
 * - a post: `#plein-feed=POST`
 * - a comment: `#plein-feed=POST/COMMENT`
 * - a reply: `#plein-feed=POST/COMMENT/REPLY`
 *
 * (`/` is percent-encoded in the fragment; `?plein-feed=...` works too.) The path lets the feed
 * open the post, its thread and the reply's parent without asking the store where a comment
 * lives. A hashtag links to `#plein-tag=TAG`, which a feed on that page shows filtered.
 */
export function entryPath(entry: { id: string; kind: 'post' | 'comment'; postId?: string; parentId?: string }): string {
  if (entry.kind === 'post' || !entry.postId) return entry.id;
  return [entry.postId, entry.parentId, entry.id].filter(Boolean).join('/');
}

export function entryLink(entry: Parameters<typeof entryPath>[0], base?: string): string {
  return permalink('feed', entryPath(entry), base);
}

/** The entry path the page URL names (`[post]`, `[post, comment]` or `[post, comment, reply]`). */
export function namedPath(): string[] {
  const named = readPermalink('feed');
  return named ? named.split('/').filter(Boolean).slice(0, 3) : [];
}

export const tagLink = (tag: string, base?: string): string => permalink('tag', normalizeTag(tag), base);

/** The tag a `#plein-tag=` link names (from a hashtag's href), or undefined. */
export function tagOf(href: string): string | undefined {
  try {
    const url = new URL(href, globalThis.location?.href);
    return readPermalink('tag', url) || undefined;
  } catch {
    return undefined;
  }
}
