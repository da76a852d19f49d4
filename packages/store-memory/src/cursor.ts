import { PleinError, type Page } from '@plein/core';
import { lowerBound, type Position } from './feed-index.js';

/**
 * Cursors name the last item a page returned, never an offset, so items arriving or leaving
 * meanwhile never shift a later page. They are opaque to callers.
 */

const badCursor = () => new PleinError('invalid', { field: 'cursor', reason: 'bad-cursor' });

/** A place in a time-ordered list: its milliseconds and creation number. */
export const encodePosition = (at: Position): string => encodeKey([Date.parse(at.createdAt), at.seq]);

export function decodePosition(cursor: string): Position {
  const [time, seq] = decodeKey(cursor, 2) as [number, number];
  if (!(time <= 8.64e15)) throw badCursor();
  return { createdAt: new Date(time).toISOString(), seq };
}

/**
 * A page of a list sorted oldest first, read newest first: up to `limit` items that `keep`
 * accepts, before the cursor's place (found by binary search), and the cursor of the next page.
 */
export function pageDown<T extends Position>(
  sorted: readonly T[],
  cursor: string | undefined,
  limit: number,
  keep: (item: T) => unknown,
): Page<T> {
  let i = cursor === undefined ? sorted.length : lowerBound(sorted, decodePosition(cursor));
  const items: T[] = [];
  while (--i >= 0) {
    if (!keep(sorted[i]!)) continue;
    if (items.length === limit) return { items, next: encodePosition(items[limit - 1]!) };
    items.push(sorted[i]!);
  }
  return { items };
}

/** A page of `items` newest first by creation number: those `keep` accepts, after the cursor's. */
export function pageBySeq<T extends { seq: number }>(
  items: Iterable<T>,
  { cursor, limit }: { cursor?: string; limit: number },
  keep: (item: T) => unknown,
): Page<T> {
  const before = cursor === undefined ? Infinity : decodeKey(cursor, 1)[0]!;
  const found = [...items].filter((item) => item.seq < before && keep(item)).sort((a, b) => b.seq - a.seq);
  const page = found.slice(0, limit);
  return found.length > limit ? { items: page, next: encodeKey([page[limit - 1]!.seq]) } : { items: page };
}

/** A sort key of whole numbers: `k` + the numbers in base 36, joined by `.`. */
export const encodeKey = (key: readonly number[]): string => `k${key.map((part) => part.toString(36)).join('.')}`;

export function decodeKey(cursor: string, length: number): number[] {
  const parts = cursor.startsWith('k') ? cursor.slice(1).split('.') : [];
  if (parts.length !== length || !parts.every((part) => /^[0-9a-z]{1,12}$/.test(part))) throw badCursor();
  return parts.map((part) => parseInt(part, 36));
}

export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
