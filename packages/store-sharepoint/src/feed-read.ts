/**
 * The reading half of the feed over SharePoint lists. Timelines page newest first by item ID,
 * shelf by shelf (`Shelf eq … and ID lt cursor`, feed-rows.ts), so no query's first clause
 * matches more than 5,000 items; tag and word filters read the channel in bounded batches (at
 * most SCAN_LIMIT posts per call) and hand back a cursor to go on. Comments, reactions and
 * reports are read per post.
 */
import {
  PleinError,
  fold,
  parseChannel,
  parseFeedQuery,
  parsePageRequest,
  parseReaction,
  parseTrendingQuery,
  plainText,
  tokenize,
  topTags,
  type FeedApi,
  type FeedQuery,
  type ModerationItem,
  type Page,
  type PageRequest,
  type Person,
  type Post,
  type TrendingTag,
} from '@plein/core';
import { notFound, type SpContext } from './context.js';
import {
  allRows,
  channelKey,
  ENTRY_SELECT,
  entriesById,
  entryOf,
  findEntryRow,
  SHELF_SIZE,
  shelfKey,
  shelfOf,
  type EntryRecord,
} from './feed-rows.js';
import {
  FeedView,
  MODERATION_SELECT,
  moderationOf,
  REPORT_SELECT,
  reportOf,
  reviewStatus,
  viewerOf,
  type Report,
  type Viewer,
} from './feed-state.js';
import { listCall } from './lists.js';
import { readPage, type Clause, readAnyOf } from './paging.js';
import { FEED } from './schema-feed.js';

/** Posts a filtered timeline reads per call at most, before it returns what it found and a cursor. */
export const SCAN_LIMIT = 1000;
/** Shelves (blocks of 5,000 item IDs) a timeline call looks through at most. */
export const MAX_SHELVES = 20;
const BATCH = 100;
const STATUSES: readonly ModerationItem['status'][] = ['open', 'hidden', 'dismissed'];

const badCursor = () => new PleinError('invalid', { field: 'cursor', reason: 'bad-cursor' });

/** An item-ID cursor. */
export function idCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  if (!/^[1-9]\d{0,9}$/.test(cursor)) throw badCursor();
  return Number(cursor);
}

/** Pages a sorted array by item ID: the items after the cursor's item. */
function pageByItem<T>(
  items: readonly T[],
  itemId: (t: T) => number,
  cursor: number | undefined,
  limit: number,
  desc: boolean,
): Page<T> {
  const start = cursor === undefined ? 0 : items.findIndex((t) => (desc ? itemId(t) < cursor : itemId(t) > cursor));
  const rest = start < 0 ? [] : items.slice(start);
  const page = rest.slice(0, limit);
  return rest.length > limit ? { items: page, next: String(itemId(page.at(-1)!)) } : { items: page };
}

/** A post (or comment) the viewer may see, with what is around it; `not-found` otherwise. */
export async function visibleEntry(
  context: SpContext,
  id: unknown,
): Promise<{ entry: EntryRecord; post: EntryRecord; view: FeedView }> {
  const entry = await findEntryRow(context.sp, id);
  if (!entry) throw notFound();
  const post = entry.kind === 'post' ? entry : await findEntryRow(context.sp, entry.postId);
  if (!post || post.kind !== 'post') throw notFound();
  const viewer = await viewerOf(context, [entry.channel]);
  const view = await FeedView.load(context, viewer, entry === post ? [post] : [post, entry]);
  if (view.hiddenFrom(post) || view.hiddenFrom(entry)) throw notFound();
  if (entry.parentId !== undefined) {
    const parent = view.findComment(entry.parentId);
    if (!parent || view.hiddenFrom(parent)) throw notFound();
  }
  return { entry, post, view };
}

/** The words of a search, folded; the text of an entry, folded (mentions as names). */
const words = (search: string | undefined) => (search === undefined ? [] : fold(search).split(/\s+/).filter(Boolean));
const foldedText = (text: string) => fold(plainText(tokenize(text)));

function matcher(query: FeedQuery, view: FeedView): ((post: EntryRecord) => boolean) | undefined {
  const { tag } = query;
  const wanted = words(query.search);
  if (tag === undefined && wanted.length === 0) return undefined;
  return (post) => {
    const thread = [post];
    for (const comment of view.thread(post.id)) thread.push(comment, ...view.thread(comment.id));
    if (tag !== undefined && !thread.some((e) => e.hashtags.includes(tag))) return false;
    const texts = thread.map((e) => foldedText(e.text));
    return wanted.every((word) => texts.some((t) => t.includes(word)));
  };
}

export function feedReads(
  context: SpContext,
): Pick<FeedApi, 'channel' | 'list' | 'pinned' | 'get' | 'comments' | 'replies' | 'reactors' | 'queue' | 'trending'> {
  const { sp, maxPageSize, directory } = context;

  /** The newest item ID of the posts list (an unfiltered query in ID order works at any size). */
  async function newestId(): Promise<number> {
    const page = await readPage(sp, FEED.posts, { select: ['ID'], orderBy: { field: 'ID', desc: true }, top: 1 });
    return Number(page.items[0]?.ID ?? 0);
  }

  /**
   * Newest posts of a channel below the item ID `before`, that the filter keeps, shelf by shelf
   * downwards (`Shelf eq '<shelf>|<channel>' and ID lt cursor`: never past 5,000 items). Bounded:
   * after SCAN_LIMIT posts or MAX_SHELVES shelves, what was found and a cursor to read on.
   */
  async function timeline(
    viewer: Viewer,
    query: FeedQuery,
    before: number | undefined,
    limit: number,
  ): Promise<Page<Post>> {
    const filtered = query.tag !== undefined || query.search !== undefined;
    const found: { post: EntryRecord; view: FeedView }[] = [];
    const page = (): Page<Post> => ({ items: found.slice(0, limit).map(({ post, view }) => view.post(post)) });
    let scanned = 0;
    let shelves = 0;
    let cursor = before ?? (await newestId()) + 1;
    while (cursor > 1) {
      const shelf = shelfOf(cursor - 1);
      const top = filtered ? BATCH : Math.min(BATCH, limit + 3 - found.length);
      const read = await readPage(sp, FEED.posts, {
        where: [
          { field: 'Shelf', op: 'eq', value: shelfKey(query.channel, shelf) },
          { field: 'ID', op: 'lt', value: cursor },
        ],
        select: ENTRY_SELECT,
        expand: ['Author'],
        orderBy: { field: 'ID', desc: true },
        top,
      });
      const posts = read.items.map((row) => entryOf(row, 'post'));
      const view = await FeedView.load(context, viewer, posts);
      const keep = matcher(query, view);
      for (const post of posts) {
        scanned++;
        cursor = post.itemId;
        if (post.channel !== query.channel || view.hidden(post) || (keep && !keep(post))) continue;
        found.push({ post, view });
        if (found.length > limit) return { ...page(), next: String(found[limit - 1]!.post.itemId) };
      }
      if (read.items.length < top) {
        cursor = shelf * SHELF_SIZE; // this shelf is done: on to the one below
        shelves++;
      }
      if (cursor > 1 && (scanned >= SCAN_LIMIT || shelves >= MAX_SHELVES)) return { ...page(), next: String(cursor) };
    }
    return page();
  }

  /** A post's comments or a comment's replies, oldest first, paged by item ID. */
  const thread = (id: string, kind: 'post' | 'comment', page: PageRequest | undefined) =>
    listCall(async () => {
      const { entry, view } = await visibleEntry(context, id);
      if (entry.kind !== kind) throw notFound();
      const request = parsePageRequest(page, maxPageSize);
      const found = pageByItem(view.thread(entry.id), (c) => c.itemId, idCursor(request.cursor), request.limit, false);
      return { ...found, items: found.items.map((c) => view.commentView(c)) };
    });

  return {
    channel: (id) =>
      listCall(async () => {
        const channel = parseChannel(id);
        const viewer = await viewerOf(context, [channel]);
        return {
          id: channel,
          moderatorIds: viewer.moderatorIds(channel),
          viewer: { canPost: true, canModerate: viewer.moderates(channel), canPin: viewer.canPin(channel) },
        };
      }),

    list: (query, page) =>
      listCall(async () => {
        const parsed = parseFeedQuery(query);
        const request = parsePageRequest(page, maxPageSize);
        const before = idCursor(request.cursor);
        // The newest item ID (where the first page starts) travels with the channel's read.
        const newest = before === undefined ? newestId() : undefined;
        newest?.catch(() => undefined); // awaited below
        const viewer = await viewerOf(context, [parsed.channel]);
        return timeline(viewer, parsed, before ?? (await newest!) + 1, request.limit);
      }),

    pinned: (channel) =>
      listCall(async () => {
        const id = parseChannel(channel);
        const rows = await allRows(sp, FEED.pins, {
          where: [{ field: 'Channel', op: 'eq', value: channelKey(id) }],
          select: ['ID', 'PostId'],
          orderBy: { field: 'ID' },
        });
        const postIds = [...new Set(rows.map((r) => String(r.PostId)))];
        const posts = [...(await entriesById(sp, postIds)).values()].filter(
          (p) => p.kind === 'post' && p.channel === id,
        );
        const viewer = await viewerOf(context, [id]);
        const view = await FeedView.load(context, viewer, posts);
        const pinned = posts.flatMap((post) => {
          const pin = view.hidden(post) ? undefined : view.activePin(post.id);
          return pin ? [{ post, pin }] : [];
        });
        pinned.sort(
          (a, b) =>
            Number(b.pin.announcement) - Number(a.pin.announcement) ||
            (a.pin.at === b.pin.at ? b.post.itemId - a.post.itemId : a.pin.at < b.pin.at ? 1 : -1),
        );
        return pinned.map(({ post }) => view.post(post));
      }),

    get: (id) =>
      listCall(async () => {
        const { entry, view } = await visibleEntry(context, id);
        if (entry.kind !== 'post') throw notFound();
        return view.post(entry);
      }),

    comments: (postId, page) => thread(postId, 'post', page),

    replies: (commentId, page) => thread(commentId, 'comment', page),

    reactors: (id, reaction, page) =>
      listCall(async () => {
        const { entry, view } = await visibleEntry(context, id);
        const kind = parseReaction(reaction);
        const request = parsePageRequest(page, maxPageSize);
        const all = await directory.all();
        const who = view
          .reactors(entry.id)
          .filter((r) => r.reaction === kind && all.has(r.by))
          .sort((a, b) => b.itemId - a.itemId);
        const found = pageByItem(who, (r) => r.itemId, idCursor(request.cursor), request.limit, true);
        return { ...found, items: found.items.map((r): Person => ({ ...all.get(r.by)! })) };
      }),

    queue: (query, page) =>
      listCall(async () => {
        const { channel, status } = (query ?? {}) as { channel?: unknown; status?: unknown };
        const only = channel === undefined ? undefined : parseChannel(channel);
        if (status !== undefined && !STATUSES.includes(status as ModerationItem['status']))
          throw new PleinError('invalid', { field: 'status', reason: 'unknown-value' });
        const request = parsePageRequest(page, maxPageSize);
        const after = request.cursor === undefined ? undefined : queueKey(request.cursor);
        // Members read only their own reports (ReadSecurity 2); moderators read all.
        const rows = await allRows(sp, FEED.reports, {
          ...(only === undefined ? {} : { where: [{ field: 'Channel', op: 'eq', value: channelKey(only) }] }),
          select: REPORT_SELECT,
          expand: ['Author'],
          orderBy: { field: 'ID' },
        });
        const byTarget = new Map<string, Report[]>();
        for (const row of rows)
          byTarget.set(String(row.Target), [...(byTarget.get(String(row.Target)) ?? []), reportOf(row)]);
        const entries = [...(await entriesById(sp, byTarget.keys())).values()];
        const viewer = await viewerOf(context, new Set(entries.map((e) => e.channel)));
        const mine = entries.filter((e) => viewer.moderates(e.channel) && (only === undefined || e.channel === only));
        const view = await FeedView.load(context, viewer, mine);
        const found = mine.flatMap((entry) => {
          const reports = byTarget.get(entry.id)!;
          const state = reviewStatus(view.moderation.get(entry.id), reports);
          if (status !== undefined && state !== status) return [];
          const key = [
            STATUSES.indexOf(state),
            Date.parse(reports[0]!.at),
            entry.itemId * 2 + (entry.kind === 'post' ? 0 : 1),
          ];
          return after && compareKeys(key, after) <= 0 ? [] : [{ entry, reports, state, key }];
        });
        found.sort((a, b) => compareKeys(a.key, b.key));
        const items = found.slice(0, request.limit);
        const result: Page<ModerationItem> = {
          items: items.map(({ entry, reports, state }) => ({
            entry: view.any(entry),
            reports: reports.map((r) => ({ ...r })),
            status: state,
            reportedAt: reports[0]!.at,
          })),
        };
        if (found.length > request.limit) result.next = items.at(-1)!.key.join('.');
        return result;
      }),

    trending: (query) =>
      listCall(async () => {
        const parsed = parseTrendingQuery(query);
        const start = new Date(parsed.from - (parsed.to - parsed.from));
        const where: Clause[] = [
          { field: 'Created', op: 'ge', value: start },
          { field: 'Created', op: 'lt', value: new Date(parsed.to) },
        ];
        const channel = parsed.channel === undefined ? undefined : channelKey(parsed.channel);
        if (channel !== undefined) where.push({ field: 'Channel', op: 'eq', value: channel });
        const select = ['ID', 'Channel', 'Tags', 'Created'];
        const [posts, comments] = await Promise.all([
          allRows(sp, FEED.posts, { where, select, orderBy: { field: 'ID' } }),
          allRows(sp, FEED.comments, { where, select: [...select, 'PostId', 'Thread'], orderBy: { field: 'ID' } }),
        ]);
        // Hidden entries had their tags cleared with their text. A comment counts while everyone
        // sees it: its post (and the comment it answers) still there and not hidden.
        const heads = new Set(comments.flatMap((c) => [String(c.PostId), String(c.Thread)]));
        const [found, actions] = await Promise.all([
          entriesById(sp, heads),
          readAnyOf(sp, FEED.moderation, 'PostId', new Set(comments.map((c) => String(c.PostId))), {
            select: MODERATION_SELECT,
            expand: ['Author'],
          }),
        ]);
        const hidden = moderationOf(actions);
        const open = (id: string) => found.has(id) && !hidden.get(id)?.hidden;
        const seen = comments.filter((c) => open(String(c.PostId)) && open(String(c.Thread)));
        const tally = new Map<string, TrendingTag>();
        for (const row of [...posts, ...seen]) {
          if (channel !== undefined && row.Channel !== channel) continue;
          const current = Date.parse(String(row.Created)) >= parsed.from;
          const tags = new Set(typeof row.Tags === 'string' ? row.Tags.split(' ').filter(Boolean) : []);
          for (const tag of tags) {
            const entry = tally.get(tag) ?? { tag, count: 0, previous: 0 };
            tally.set(tag, entry);
            if (current) entry.count++;
            else entry.previous++;
          }
        }
        return topTags(tally.values(), parsed.limit);
      }),
  };
}

function queueKey(cursor: string): number[] {
  const parts = cursor.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,16}$/.test(p))) throw badCursor();
  return parts.map(Number);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
