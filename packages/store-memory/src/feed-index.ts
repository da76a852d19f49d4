import { emptyIndex, type CommentRecord, type PostRecord, type State } from './state.js';

/**
 * The lookups beside the feed records: per-channel timelines and per-post threads, both sorted
 * oldest first by (createdAt, seq), plus the pinned and reported entries. Writes keep them up
 * to date one record at a time; a load or a bulk seed rebuilds them with one sort per array.
 */

/** A place in a sorted array: entries compare by creation time, then creation number. */
export interface Position {
  createdAt: string;
  seq: number;
}

/** ISO strings from `toISOString()` compare like the times they name. */
export function compare(a: Position, b: Position): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.seq - b.seq;
}

/** The first index whose entry is not before `at` (entries before it are all older). */
export function lowerBound(sorted: readonly Position[], at: Position): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid]!, at) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index whose entry is after `at`. */
export function upperBound(sorted: readonly Position[], at: Position): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid]!, at) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** New entries are usually the newest, so the splice is at (or near) the end. */
export function insert<T extends Position>(sorted: T[], item: T): void {
  sorted.splice(upperBound(sorted, item), 0, item);
}

export function drop<T extends Position>(sorted: T[] | undefined, item: T): void {
  if (!sorted) return;
  const at = lowerBound(sorted, item);
  if (sorted[at] === item) sorted.splice(at, 1);
  else {
    const index = sorted.indexOf(item); // a record replaced in place: fall back to a scan
    if (index >= 0) sorted.splice(index, 1);
  }
}

export function listOf<K, T>(map: Map<K, T[]>, key: K): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** The comments (or replies) an entry's thread holds: a post's top-level comments, a comment's replies. */
export function threadOf(state: State, id: string): readonly CommentRecord[] {
  return state.index.threads.get(id) ?? [];
}

export function timelineOf(state: State, channel: string): readonly PostRecord[] {
  return state.index.timelines.get(channel) ?? [];
}

/** Adds an entry's place in the index; `sorted: false` appends, for a bulk load sorted afterwards. */
export function indexEntry(state: State, entry: PostRecord | CommentRecord, sorted = true): void {
  const { index } = state;
  const add = <T extends Position>(list: T[], item: T) => (sorted ? insert(list, item) : list.push(item));
  if (entry.kind === 'post') {
    add(listOf(index.timelines, entry.channel), entry);
    if (entry.pin) index.pinned.add(entry.id);
  } else {
    add(listOf(index.threads, entry.parentId ?? entry.postId), entry);
  }
  if (entry.reports.length > 0) index.reported.add(entry.id);
}

export function unindexEntry(state: State, entry: PostRecord | CommentRecord): void {
  const { index } = state;
  if (entry.kind === 'post') {
    drop(index.timelines.get(entry.channel), entry);
    index.pinned.delete(entry.id);
    index.threads.delete(entry.id);
  } else {
    drop(index.threads.get(entry.parentId ?? entry.postId), entry);
    index.threads.delete(entry.id);
  }
  index.reported.delete(entry.id);
}

/** Sorts every list once: after a load or a bulk seed (Array.sort is near-linear on sorted runs). */
export function sortIndex(state: State): void {
  for (const list of state.index.timelines.values()) list.sort(compare);
  for (const list of state.index.threads.values()) list.sort(compare);
}

export function rebuildIndex(state: State): void {
  state.index = emptyIndex();
  for (const post of state.posts.values()) indexEntry(state, post, false);
  for (const comment of state.comments.values()) indexEntry(state, comment, false);
  sortIndex(state);
}
