/**
 * Feed items as records, and the queries that find them: by Plein id, by several values of
 * one indexed column at once (`A eq 'x' or A eq 'y'`, in chunks that keep URLs short), paged.
 */
import { type Attachment, type IsoDateTime } from '@plein/core';
import type { SpClient } from './client.js';
import { parseJson } from './context.js';
import { authorOf, dateOf, listCall, type Row } from './lists.js';
import { readAll, readAnyOf, readPage, type ItemsQuery } from './paging.js';
import type { ListDef } from './schema.js';
import { FEED } from './schema-feed.js';

/** A post or comment as stored (public list), with the content the viewer may read. */
export interface EntryRecord {
  itemId: number;
  id: string;
  kind: 'post' | 'comment';
  channel: string;
  authorId: string;
  text: string;
  createdAt: IsoDateTime;
  editedAt?: IsoDateTime;
  mentions: string[];
  hashtags: string[];
  attachments: Attachment[];
  /** Comments: the post, and the comment replied to (undefined for top-level comments). */
  postId: string;
  parentId?: string;
}

export const ENTRY_SELECT = [
  'ID',
  'PleinId',
  'Channel',
  'ChannelName',
  'Body',
  'Mentions',
  'Tags',
  'Images',
  'EditedAt',
  'Created',
  'Author/Name',
];
export const COMMENT_SELECT = [...ENTRY_SELECT, 'PostId', 'Thread'];

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** Content columns as fields of a record (also for the hidden copy). */
export function contentOf(row: Row): Pick<EntryRecord, 'text' | 'mentions' | 'hashtags' | 'attachments'> {
  return {
    text: typeof row.Body === 'string' ? row.Body : '',
    mentions: strings(parseJson<unknown>(row.Mentions, [])),
    hashtags: typeof row.Tags === 'string' ? row.Tags.split(' ').filter(Boolean) : [],
    attachments: parseJson<Attachment[]>(row.Images, []).filter((a) => a && typeof a.id === 'string'),
  };
}

/** The content columns to write for a text and its images. */
export function contentFields(
  text: string,
  mentions: readonly string[],
  hashtags: readonly string[],
  attachments: readonly Attachment[],
): Row {
  return {
    Body: text,
    Mentions: JSON.stringify(mentions),
    Tags: hashtags.length ? ` ${hashtags.join(' ')} ` : '',
    Images: JSON.stringify(attachments),
  };
}

export function entryOf(row: Row, kind: 'post' | 'comment'): EntryRecord {
  const id = String(row.PleinId ?? '');
  const record: EntryRecord = {
    itemId: Number(row.ID),
    id,
    kind,
    channel: String(row.ChannelName || row.Channel || ''),
    authorId: authorOf(row),
    createdAt: dateOf(row.Created) ?? '',
    ...contentOf(row),
    postId: kind === 'post' ? id : String(row.PostId ?? ''),
  };
  const edited = dateOf(row.EditedAt);
  if (edited) record.editedAt = edited;
  if (kind === 'comment' && row.Thread !== row.PostId && typeof row.Thread === 'string') record.parentId = row.Thread;
  return record;
}

/** Item IDs per shelf: the list view threshold. */
export const SHELF_SIZE = 5000;

export const shelfOf = (itemId: number): number => Math.floor(itemId / SHELF_SIZE);

/** A 32-bit FNV-1a hash, as hex: names a long channel within a Text column's 255 characters. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * A channel as its indexed `Channel` columns hold it: the name itself, or for a name too long
 * for a Text column (255), its start and a hash (and `ChannelName` holds it whole). Applied to
 * its own result it changes nothing, so code may pass either.
 */
export const channelKey = (channel: string): string =>
  channel.length <= 200 ? channel : `${channel.slice(0, 180)}~${hash(channel)}`;

/** The columns naming a post's or comment's channel. */
export const channelFields = (channel: string): Row =>
  channelKey(channel) === channel ? { Channel: channel } : { Channel: channelKey(channel), ChannelName: channel };

/** The `Shelf` of a post: its block of item IDs and its channel. */
export const shelfKey = (channel: string, shelf: number): string => `${shelf}|${channelKey(channel)}`;

/** Reads every page of a query into one array. */
export async function allRows(sp: SpClient, list: ListDef, query: ItemsQuery): Promise<Row[]> {
  const out: Row[] = [];
  for await (const page of readAll<Row>(sp, list, query)) out.push(...page);
  return out;
}

/** One post or comment by its Plein id, or undefined. */
export async function findEntryRow(sp: SpClient, id: unknown): Promise<EntryRecord | undefined> {
  if (typeof id !== 'string' || !id) return undefined;
  return listCall(async () => {
    for (const [list, kind, select] of [
      [FEED.posts, 'post', ENTRY_SELECT],
      [FEED.comments, 'comment', COMMENT_SELECT],
    ] as const) {
      const page = await readPage(sp, list, {
        where: [{ field: 'PleinId', op: 'eq', value: id }],
        select,
        expand: ['Author'],
        orderBy: { field: 'ID' },
        top: 10,
      });
      // SharePoint compares text ignoring case; Plein ids are exact.
      const row = page.items.find((r) => r.PleinId === id);
      if (row) return entryOf(row, kind);
    }
    return undefined;
  });
}

/** Posts and comments by Plein id (both lists), unknown ids left out. */
export async function entriesById(sp: SpClient, ids: Iterable<string>): Promise<Map<string, EntryRecord>> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, EntryRecord>();
  if (!wanted.length) return out;
  const query = { expand: ['Author'], orderBy: { field: 'ID' } };
  for (const row of await readAnyOf(sp, FEED.posts, 'PleinId', wanted, { ...query, select: ENTRY_SELECT }))
    out.set(String(row.PleinId), entryOf(row, 'post'));
  const rest = wanted.filter((id) => !out.has(id));
  if (rest.length)
    for (const row of await readAnyOf(sp, FEED.comments, 'PleinId', rest, { ...query, select: COMMENT_SELECT }))
      out.set(String(row.PleinId), entryOf(row, 'comment'));
  return out;
}
