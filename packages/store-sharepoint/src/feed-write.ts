/**
 * The writing half of the feed. Every write is an item of the person who makes it (Author),
 * found again by its key on a retry. Moderators act through Full Control on the feed lists:
 * hiding copies an entry's content into the moderators-only list and clears it in the public
 * one (restoring puts it back), so a hidden entry is unreadable over REST, not just in the UI.
 */
import {
  LIMITS,
  PleinError,
  hashtags,
  mentionedIds,
  newId,
  parseChannel,
  parseCommentDraft,
  parseEditText,
  parsePin,
  parsePostDraft,
  parseReaction,
  parseReport,
  parseUpload,
  parseWriteOptions,
  type Attachment,
  type FeedApi,
  type ModerationAction,
  type ReportReason,
} from '@plein/core';
import { notFound, parseJson, type SpContext } from './context.js';
import { errorFromResponse } from './errors.js';
import { visibleEntry } from './feed-read.js';
import {
  channelFields,
  COMMENT_SELECT,
  entryOf,
  channelKey,
  contentFields,
  findEntryRow,
  shelfKey,
  shelfOf,
  type EntryRecord,
} from './feed-rows.js';
import { FeedView, MODERATION_SELECT, moderationOf, reportOf, REPORT_SELECT, viewerOf } from './feed-state.js';
import { addItem, authorOf, itemPath, listCall, type Row } from './lists.js';
import { entity, readJson, rows } from './odata.js';
import { readPage, readAnyOf } from './paging.js';
import type { SpUser } from './people.js';
import type { ListDef } from './schema.js';
import { FEED } from './schema-feed.js';

const ACTIONS: readonly ModerationAction[] = ['hide', 'restore', 'dismiss', 'lock', 'unlock'];
const MERGE = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
const DELETE = { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' };
const CLEARED = contentFields('', [], [], []);

const listOf = (entry: EntryRecord): ListDef => (entry.kind === 'post' ? FEED.posts : FEED.comments);

/** The reason most reports gave (the earliest on a tie): what a hidden entry's author is told. */
function mainReason(reasons: readonly ReportReason[]): ReportReason | undefined {
  const counts = new Map<ReportReason, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  let best: ReportReason | undefined;
  for (const [reason, count] of counts) if (best === undefined || count > counts.get(best)!) best = reason;
  return best;
}

export function feedWrites(
  context: SpContext,
): Pick<FeedApi, 'upload' | 'post' | 'edit' | 'remove' | 'comment' | 'react' | 'report' | 'pin' | 'moderate'> {
  const { sp, clock, user, directory } = context;
  const iso = () => new Date(clock.now()).toISOString();
  const keyOf = (options: unknown): string => parseWriteOptions(options).idempotencyKey;

  /** An earlier write of mine with this key: a retry finds it instead of writing again. */
  async function written(list: ListDef, key: string, me: SpUser, select: readonly string[] = []) {
    const page = await readPage(sp, list, {
      where: [{ field: 'WriteKey', op: 'eq', value: key }],
      select: ['ID', 'Author/Name', ...select],
      expand: ['Author'],
      top: 10,
    });
    return page.items.find((row) => authorOf(row) === me.personId);
  }

  async function checkMentions(text: string): Promise<string[]> {
    const ids = mentionedIds(text);
    if (ids.length) {
      const people = await directory.all();
      if (ids.some((id) => !people.has(id)))
        throw new PleinError('invalid', { field: 'text', reason: 'unknown-mention' });
    }
    return ids;
  }

  const postView = async (id: string) => {
    const { entry, view } = await visibleEntry(context, id);
    if (entry.kind !== 'post') throw notFound();
    return view.post(entry);
  };
  const anyView = async (id: string) => {
    const { entry, view } = await visibleEntry(context, id);
    return view.any(entry);
  };

  /** Files a new post on its shelf, which needs its item ID: timelines find it from then on. */
  const shelve = (item: Row) =>
    sp.post(
      itemPath(FEED.posts, Number(item.ID)),
      { Shelf: shelfKey(String(item.Channel), shelfOf(Number(item.ID))) },
      MERGE,
    );

  /** Deletes an item; one that is gone already counts as deleted. */
  async function deleteItem(list: ListDef, itemId: number): Promise<void> {
    try {
      await sp.post(itemPath(list, itemId), undefined, DELETE);
    } catch (e) {
      // Gone already (a second remove, someone else first): the goal is reached.
      if (!(e instanceof PleinError && e.code === 'not-found' && e.details?.reason === 'item-missing')) throw e;
    }
  }

  async function attachmentsOf(
    ids: readonly string[],
    me: SpUser,
  ): Promise<{ attachments: Attachment[]; rows: Row[] }> {
    if (!ids.length) return { attachments: [], rows: [] };
    const files = await readAnyOf(sp, FEED.files, 'PleinId', ids, {
      select: ['ID', 'PleinId', 'PostId', 'Meta', 'Author/Name'],
      expand: ['Author'],
    });
    const attachments = ids.map((id, index) => {
      const row = files.find((r) => r.PleinId === id && authorOf(r) === me.personId && !r.PostId);
      const attachment = row && parseJson<Attachment | undefined>(row.Meta, undefined);
      if (!attachment) throw new PleinError('invalid', { field: 'attachmentIds', index, reason: 'unknown-attachment' });
      return attachment;
    });
    return { attachments, rows: files };
  }

  /** Attaches a file to an item once (a retry finds it there); resolves with its server-relative URL. */
  async function attach(itemId: number, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
    const files = `${itemPath(FEED.files, itemId)}/AttachmentFiles`;
    const there = rows((await sp.get(files)).body).rows.find((f) => f.FileName === name);
    if (there) return String(there.ServerRelativeUrl);
    const response = await sp.http.post(sp.url(`${files}/add(FileName='${name}')`), {
      body: bytes,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    if (!response.ok) throw await errorFromResponse(response, clock.now());
    return String(entity(await readJson(response)).ServerRelativeUrl ?? '');
  }

  /** Moves an entry's content into the moderators-only list (once) and clears it in the public one. */
  async function stash(entry: EntryRecord): Promise<void> {
    const copies = await readAnyOf(sp, FEED.hidden, 'EntryId', [entry.id], { select: ['ID'] });
    if (!copies.length)
      await addItem(sp, FEED.hidden, {
        Title: entry.id,
        EntryId: entry.id,
        ...contentFields(entry.text, entry.mentions, entry.hashtags, entry.attachments),
      });
    await sp.post(itemPath(listOf(entry), entry.itemId), CLEARED, MERGE);
  }

  /** Puts an entry's content back from its copy, and removes the copy. */
  async function unstash(entry: EntryRecord): Promise<void> {
    const copies = await readAnyOf(sp, FEED.hidden, 'EntryId', [entry.id], {
      select: ['ID', 'Body', 'Mentions', 'Tags', 'Images'],
      orderBy: { field: 'ID' },
    });
    const copy = copies[0];
    if (copy) {
      const { Body, Mentions, Tags, Images } = copy;
      await sp.post(itemPath(listOf(entry), entry.itemId), { Body, Mentions, Tags, Images }, MERGE);
    }
    for (const row of copies) await deleteItem(FEED.hidden, Number(row.ID));
  }

  /** The comments and replies under a post, with what is hidden among them. */
  async function commentsUnder(post: EntryRecord) {
    const [rows, actions] = await Promise.all([
      readAnyOf(sp, FEED.comments, 'PostId', [post.id], { select: COMMENT_SELECT, expand: ['Author'] }),
      readAnyOf(sp, FEED.moderation, 'PostId', [post.id], { select: MODERATION_SELECT, expand: ['Author'] }),
    ]);
    const moderation = moderationOf(actions);
    return rows.map((row) => entryOf(row, 'comment')).filter((c) => !moderation.get(c.id)?.hidden);
  }

  /**
   * Hides an entry: its content (and, for a post, that of the comments under it, which may
   * quote it) moves to the moderators-only list; then the action is recorded.
   */
  async function hide(entry: EntryRecord, key: string): Promise<void> {
    const reports = await readAnyOf(sp, FEED.reports, 'Target', [entry.id], {
      select: REPORT_SELECT,
      expand: ['Author'],
    });
    await stash(entry);
    if (entry.kind === 'post') for (const comment of await commentsUnder(entry)) await stash(comment);
    await record(entry, 'hide', key, mainReason(reports.map(reportOf).map((r) => r.reason)));
  }

  /** Restores an entry (and a post's comments, but those hidden on their own). */
  async function restore(entry: EntryRecord, key: string): Promise<void> {
    await unstash(entry);
    if (entry.kind === 'post') for (const comment of await commentsUnder(entry)) await unstash(comment);
    await record(entry, 'restore', key);
  }

  /** A moderation action: an item of the moderator's in a list only moderators may write. */
  const record = (entry: EntryRecord, name: ModerationAction, key: string, reason?: ReportReason) =>
    addItem(sp, FEED.moderation, {
      Title: name,
      WriteKey: key,
      EntryId: entry.id,
      PostId: entry.postId,
      Channel: channelKey(entry.channel),
      Action: name,
      Subject: entry.authorId,
      ...(reason ? { Reason: reason } : {}),
    });

  return {
    upload: (file, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const me = await user();
        const earlier = await written(FEED.files, key, me, ['PleinId', 'Meta']);
        const known = earlier && parseJson<Attachment | undefined>(earlier.Meta, undefined);
        if (known) return known;
        const parsed = await parseUpload(file);
        // A retry after a failure midway goes on with the item the first attempt made.
        const item =
          earlier ??
          (await addItem(sp, FEED.files, { Title: parsed.name.slice(0, 255), PleinId: newId('img'), WriteKey: key }));
        const id = String(item.PleinId);
        // The image is the item's attachment, under a name of our own (the person's is in Meta).
        const bytes = new Uint8Array(await parsed.blob.arrayBuffer());
        const relative = await attach(Number(item.ID), `${id}.${parsed.type.slice('image/'.length)}`, bytes);
        const attachment: Attachment = {
          id,
          kind: 'image',
          name: parsed.name,
          type: parsed.type,
          size: parsed.blob.size,
          url: new URL(encodeURI(relative), sp.http.siteUrl).href,
          alt: parsed.alt,
        };
        await sp.post(itemPath(FEED.files, Number(item.ID)), { Meta: JSON.stringify(attachment) }, MERGE);
        return attachment;
      }),

    post: (channel, draft, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const me = await user();
        const earlier = await written(FEED.posts, key, me, ['PleinId', 'Channel', 'Shelf']);
        if (earlier) {
          if (!earlier.Shelf) await shelve(earlier); // the first attempt failed before filing it
          return postView(String(earlier.PleinId));
        }
        const id = parseChannel(channel);
        const parsed = parsePostDraft(draft);
        const mentions = await checkMentions(parsed.text);
        const { attachments, rows } = await attachmentsOf(parsed.attachmentIds, me);
        const postId = newId('post');
        const item = await addItem(sp, FEED.posts, {
          Title: parsed.text.slice(0, 255),
          PleinId: postId,
          WriteKey: key,
          ...channelFields(id),
          ...contentFields(parsed.text, mentions, hashtags(parsed.text), attachments),
        });
        await shelve(item);
        for (const row of rows) await sp.post(itemPath(FEED.files, Number(row.ID)), { PostId: postId }, MERGE);
        return postView(postId);
      }),

    edit: (id, text, options) =>
      listCall(async () => {
        keyOf(options);
        const { entry, view } = await visibleEntry(context, id);
        if (entry.authorId !== view.viewer.me.personId) throw new PleinError('forbidden', { reason: 'not-author' });
        if (view.hidden(entry)) throw new PleinError('conflict', { reason: 'entry-hidden' });
        const parsed = parseEditText(text, entry.kind === 'post' ? LIMITS.postText : LIMITS.commentText);
        if (parsed === '' && (entry.kind === 'comment' || entry.attachments.length === 0))
          throw new PleinError('invalid', { field: 'text', reason: 'required' });
        const mentions = await checkMentions(parsed);
        await sp.post(
          itemPath(listOf(entry), entry.itemId),
          { ...contentFields(parsed, mentions, hashtags(parsed), entry.attachments), EditedAt: iso() },
          MERGE,
        );
        return anyView(entry.id);
      }),

    remove: (id, options) =>
      listCall(async () => {
        keyOf(options);
        const entry = await findEntryRow(sp, id);
        if (!entry) return; // removed already (or never there): nothing left to remove
        const viewer = await viewerOf(context, [entry.channel]);
        const me = viewer.me.personId;
        const moderates = viewer.moderates(entry.channel);
        if (entry.authorId !== me && !moderates) throw new PleinError('forbidden', { reason: 'not-author' });
        await deleteItem(listOf(entry), entry.itemId);
        // What hangs under it: a moderator removes all; an author only their own (WriteSecurity 2);
        // others' comments stay as items no call reaches any more.
        const field = entry.kind === 'post' ? 'PostId' : 'Thread';
        const children = await readAnyOf(sp, FEED.comments, field, [entry.id], {
          select: ['ID', 'Author/Name'],
          expand: ['Author'],
        });
        for (const child of children)
          if (moderates || authorOf(child) === me) await deleteItem(FEED.comments, Number(child.ID));
        if (moderates)
          for (const copy of await readAnyOf(sp, FEED.hidden, 'EntryId', [entry.id], { select: ['ID'] }))
            await deleteItem(FEED.hidden, Number(copy.ID));
      }),

    comment: (postId, draft, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const me = await user();
        const earlier = await written(FEED.comments, key, me, ['PleinId', 'PostId']);
        if (earlier) {
          if (earlier.PostId !== postId)
            throw new PleinError('conflict', { field: 'idempotencyKey', reason: 'key-reused' });
          return anyView(String(earlier.PleinId)) as ReturnType<FeedApi['comment']>;
        }
        const { entry: post, view } = await visibleEntry(context, postId);
        if (post.kind !== 'post') throw notFound();
        const parsed = parseCommentDraft(draft);
        let parent: EntryRecord | undefined;
        if (parsed.parentId !== undefined) {
          const named = view.findComment(parsed.parentId);
          // A reply to a reply answers its top-level parent: replies are one level deep.
          parent = named?.parentId === undefined ? named : view.findComment(named.parentId);
          if (!parent || parent.postId !== post.id || view.hiddenFrom(parent))
            throw new PleinError('invalid', { field: 'parentId', reason: 'unknown-parent' });
        }
        if (view.locked(post.id)) throw new PleinError('conflict', { reason: 'comments-locked' });
        if (view.hidden(post) || (parent && view.hidden(parent)))
          throw new PleinError('conflict', { reason: 'entry-hidden' });
        const mentions = await checkMentions(parsed.text);
        const id = newId('comment');
        await addItem(sp, FEED.comments, {
          Title: parsed.text.slice(0, 255),
          PleinId: id,
          WriteKey: key,
          ...channelFields(post.channel),
          PostId: post.id,
          Thread: parent?.id ?? post.id,
          ...contentFields(parsed.text, mentions, hashtags(parsed.text), []),
        });
        const { entry, view: after } = await visibleEntry(context, id);
        return after.commentView(entry);
      }),

    react: (id, reaction, on, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const kind = parseReaction(reaction);
        const { entry, view } = await visibleEntry(context, id);
        const me = view.viewer.me;
        const has = view.reactors(entry.id).some((r) => r.by === me.personId && r.reaction === kind);
        if (has !== Boolean(on) && !(await written(FEED.reactions, key, me)))
          await addItem(sp, FEED.reactions, {
            Title: kind,
            WriteKey: key,
            Target: entry.id,
            PostId: entry.postId,
            Channel: channelKey(entry.channel),
            Reaction: kind,
            On: Boolean(on),
          });
        else return view.summary(entry.id);
        return (await FeedView.load(context, view.viewer, [entry])).summary(entry.id);
      }),

    report: (id, reason, note, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const { entry, view } = await visibleEntry(context, id);
        const me = view.viewer.me;
        if (await written(FEED.reports, key, me)) return;
        const parsed = parseReport(reason, note);
        if (entry.authorId === me.personId) throw new PleinError('forbidden', { reason: 'own-entry' });
        if (view.any(entry).viewer.reported) throw new PleinError('conflict', { reason: 'already-reported' });
        await addItem(sp, FEED.reports, {
          Title: parsed.reason,
          WriteKey: key,
          Target: entry.id,
          PostId: entry.postId,
          Channel: channelKey(entry.channel),
          Reason: parsed.reason,
          ...(parsed.note ? { Note: parsed.note } : {}),
        });
      }),

    pin: (id, pin, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const { entry, view } = await visibleEntry(context, id);
        if (entry.kind !== 'post') throw new PleinError('invalid', { field: 'id', reason: 'not-a-post' });
        if (!view.viewer.canPin(entry.channel)) throw new PleinError('forbidden', { reason: 'cannot-pin' });
        const parsed = parsePin(pin, clock.now());
        if (!(await written(FEED.pins, key, view.viewer.me)))
          await addItem(sp, FEED.pins, {
            Title: entry.id,
            WriteKey: key,
            PostId: entry.id,
            Channel: channelKey(entry.channel),
            Pinned: parsed !== null,
            Announcement: parsed?.announcement ?? false,
            Until: parsed?.until ?? null,
          });
        return postView(entry.id);
      }),

    moderate: (id, action, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const { entry, view } = await visibleEntry(context, id);
        if (!ACTIONS.includes(action)) throw new PleinError('invalid', { field: 'action', reason: 'unknown-value' });
        if (!view.viewer.moderates(entry.channel)) throw new PleinError('forbidden', { reason: 'not-moderator' });
        if ((action === 'lock' || action === 'unlock') && entry.kind !== 'post')
          throw new PleinError('invalid', { field: 'action', reason: 'posts-only' });
        const hidden = view.hidden(entry) !== undefined;
        // Each step checks the state first, so a retry finishes what a failed attempt began.
        if (action === 'hide') {
          // Hidden already: a retry after a failure midway stashes what may be left.
          if (!hidden) await hide(entry, key);
          else if (entry.text || entry.attachments.length) await stash(entry);
        } else if (action === 'restore') {
          if (hidden) await restore(entry, key);
        } else if (action === 'dismiss' || view.locked(entry.id) !== (action === 'lock')) {
          await record(entry, action, key);
        }
        return anyView(entry.id);
      }),
  };
}
