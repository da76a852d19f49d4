import {
  LIMITS,
  PleinError,
  newId,
  parseChannel,
  parseCommentDraft,
  parseEditText,
  parsePin,
  parsePostDraft,
  parseReport,
  parseUpload,
  parseWriteOptions,
  type Attachment,
  type ChangeEvent,
  type FeedApi,
  type ModerationAction,
  type Notification,
  type ReportReason,
} from '@plein/core';
import { call, checkMentions, found, type PersonContext } from './context.js';
import type { Change } from './db.js';
import type { FeedWrite } from './feed-read.js';
import { addComment, addPost, removeEntry, setText } from './feed-records.js';
import { findEntry, findPost, viewAny, viewPost, viewComment, viewerOf, type Viewer } from './feed-rules.js';
import { setReaction, summarize } from './reactions.js';
import type { CommentRecord, EntryRecord, PostRecord, State } from './state.js';

const ACTIONS: readonly ModerationAction[] = ['hide', 'restore', 'dismiss', 'lock', 'unlock'];

type AnyEntry = PostRecord | CommentRecord;

/** What changed on an entry, for the feed topic of its channel. */
const feedChange = (entry: AnyEntry, type: ChangeEvent['type'], actorId: string): Change => ({
  kind: 'feed',
  id: entry.id,
  postId: entry.kind === 'post' ? entry.id : entry.postId,
  channel: entry.channel,
  type,
  actorId,
});

/** Both fail before anything changes: an entry may not be edited or answered while hidden. */
function refuseHidden(entry: EntryRecord): void {
  if (entry.hidden) throw new PleinError('conflict', { reason: 'entry-hidden' });
}

/** The reason most reports gave (the earliest on a tie): what a hidden entry's author is told. */
function mainReason(entry: EntryRecord): ReportReason | undefined {
  const counts = new Map<ReportReason, number>();
  for (const { reason } of entry.reports) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  let best: ReportReason | undefined;
  for (const [reason, count] of counts) if (best === undefined || count > counts.get(best)!) best = reason;
  return best;
}

/** An earlier upload, as its uploader saw it (gone once the post it went with was removed). */
const attachmentOf = (state: State, id: string): Attachment => ({ ...found(state.uploads, id).attachment });

/** `Uint8Array` to base64 in chunks (btoa exists in browsers and Node 20). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The writing half of the feed. Each write checks everything, then mutates, then remembers its key. */
export function feedWrites(context: PersonContext): Pick<FeedApi, FeedWrite> {
  const { db, personId, now, iso, replayed, remember } = context;

  const notify = (entry: AnyEntry, kind: Notification['kind'], to: Iterable<string>): Change[] =>
    context.notify(kind, to, entry.id, {
      postId: entry.kind === 'post' ? entry.id : entry.postId,
      channel: entry.channel,
    });

  /** Runs `change` as one write, with the signed-in viewer and the checked idempotency key. */
  const writing = <T>(
    options: unknown,
    change: (state: State, viewer: Viewer, key: string) => { result: T; changes?: Change[] },
  ): Promise<T> => context.writing(options, (state, me, key) => change(state, viewerOf(state, me), key));

  return {
    upload: (file, options) =>
      call(async () => {
        const before = db.read();
        context.actor(before);
        const key = parseWriteOptions(options).idempotencyKey;
        const earlier = replayed(before, 'feed.upload', key);
        if (earlier !== undefined) return attachmentOf(before, earlier);
        const parsed = await parseUpload(file);
        const url = `data:${parsed.type};base64,${base64(new Uint8Array(await parsed.blob.arrayBuffer()))}`;
        return db.write((state) => {
          context.actor(state);
          const first = replayed(state, 'feed.upload', key); // a retry that overtook the first call
          if (first !== undefined) return { result: attachmentOf(state, first) };
          const attachment = {
            id: newId('img'),
            kind: 'image' as const,
            name: parsed.name,
            type: parsed.type,
            size: parsed.blob.size,
            url,
            alt: parsed.alt,
          };
          state.uploads.set(attachment.id, { attachment, ownerId: personId, createdAt: iso() });
          remember(state, 'feed.upload', key, attachment.id);
          return { result: { ...attachment } };
        });
      }),

    post: (channel, draft, options) =>
      writing(options, (state, viewer, key) => {
        const first = replayed(state, 'feed.post', key);
        if (first !== undefined) return { result: viewPost(state, findPost(state, viewer, first), viewer, now()) };
        const id = parseChannel(channel);
        const parsed = parsePostDraft(draft);
        const fields = { id: newId('post'), channel: id, authorId: personId, text: parsed.text, createdAt: iso() };
        checkMentions(state, parsed.text, 'text');
        parsed.attachmentIds.forEach((uploadId, index) => {
          const upload = state.uploads.get(uploadId);
          if (!upload || upload.ownerId !== personId || upload.postId !== undefined) {
            throw new PleinError('invalid', { field: 'attachmentIds', index, reason: 'unknown-attachment' });
          }
        });
        const post = addPost(state, fields);
        post.attachmentIds = [...parsed.attachmentIds];
        for (const uploadId of post.attachmentIds) state.uploads.get(uploadId)!.postId = post.id;
        remember(state, 'feed.post', key, post.id);
        return {
          result: viewPost(state, post, viewer, now()),
          changes: [feedChange(post, 'created', personId), ...notify(post, 'mention', post.mentions)],
        };
      }),

    edit: (id, text, options) =>
      writing(options, (state, viewer, key) => {
        const entry = findEntry(state, viewer, id);
        if (replayed(state, 'feed.edit', key, entry.id)) return { result: viewAny(state, entry, viewer, now()) };
        if (entry.authorId !== personId) throw new PleinError('forbidden', { reason: 'not-author' });
        refuseHidden(entry);
        const parsed = parseEditText(text, entry.kind === 'post' ? LIMITS.postText : LIMITS.commentText);
        if (parsed === '' && (entry.kind === 'comment' || entry.attachmentIds.length === 0)) {
          throw new PleinError('invalid', { field: 'text', reason: 'required' });
        }
        checkMentions(state, parsed, 'text');
        const before = new Set(entry.mentions);
        setText(entry, parsed);
        entry.editedAt = iso();
        remember(state, 'feed.edit', key, entry.id);
        return {
          result: viewAny(state, entry, viewer, now()),
          changes: [
            feedChange(entry, 'updated', personId),
            ...notify(
              entry,
              'mention',
              entry.mentions.filter((mentioned) => !before.has(mentioned)),
            ),
          ],
        };
      }),

    remove: (id, options) =>
      writing(options, (state, viewer, key) => {
        if (typeof id === 'string' && state.removed.has(id)) return { result: undefined };
        const entry = findEntry(state, viewer, id);
        if (entry.authorId !== personId && !viewer.moderates(entry.channel)) {
          throw new PleinError('forbidden', { reason: 'not-author' });
        }
        removeEntry(state, entry, true);
        remember(state, 'feed.remove', key, entry.id);
        return { result: undefined, changes: [feedChange(entry, 'deleted', personId)] };
      }),

    comment: (postId, draft, options) =>
      writing(options, (state, viewer, key) => {
        const first = replayed(state, 'feed.comment', key);
        if (first !== undefined) {
          const comment = findEntry(state, viewer, first) as CommentRecord;
          if (comment.postId !== postId) {
            throw new PleinError('conflict', { field: 'idempotencyKey', reason: 'key-reused' });
          }
          return { result: viewComment(state, comment, viewer) };
        }
        const post = findPost(state, viewer, postId);
        const parsed = parseCommentDraft(draft);
        let parent: CommentRecord | undefined;
        if (parsed.parentId !== undefined) {
          const named = state.comments.get(parsed.parentId);
          // A reply to a reply answers its top-level parent: replies are one level deep.
          parent = named?.parentId === undefined ? named : state.comments.get(named.parentId);
          if (!parent || parent.postId !== post.id || !findEntry(state, viewer, parent.id)) {
            throw new PleinError('invalid', { field: 'parentId', reason: 'unknown-parent' });
          }
        }
        if (post.commentsLocked) throw new PleinError('conflict', { reason: 'comments-locked' });
        refuseHidden(post);
        if (parent) refuseHidden(parent);
        checkMentions(state, parsed.text, 'text');
        const comment = addComment(state, post, {
          id: newId('comment'),
          authorId: personId,
          text: parsed.text,
          createdAt: iso(),
          ...(parent ? { parentId: parent.id } : {}),
        });
        remember(state, 'feed.comment', key, comment.id);
        const mentioned = new Set(comment.mentions);
        const answered = (parent ?? post).authorId;
        return {
          result: viewComment(state, comment, viewer),
          changes: [
            feedChange(comment, 'commented', personId),
            ...notify(comment, 'mention', mentioned),
            ...(mentioned.has(answered) ? [] : notify(comment, 'reply', [answered])),
          ],
        };
      }),

    react: (id, reaction, on, options) =>
      writing(options, (state, viewer, key) => {
        const entry = findEntry(state, viewer, id);
        if (replayed(state, 'feed.react', key, entry.id)) return { result: summarize(entry, personId) };
        const changed = setReaction(state, entry.reactions, personId, reaction, on, iso());
        remember(state, 'feed.react', key, entry.id);
        return {
          result: summarize(entry, personId),
          changes: changed ? [feedChange(entry, 'reacted', personId)] : [],
        };
      }),

    report: (id, reason, note, options) =>
      writing(options, (state, viewer, key) => {
        const entry = findEntry(state, viewer, id);
        if (replayed(state, 'feed.report', key, entry.id)) return { result: undefined };
        const parsed = parseReport(reason, note);
        if (entry.authorId === personId) throw new PleinError('forbidden', { reason: 'own-entry' });
        if (entry.reports.some((report) => report.by === personId)) {
          throw new PleinError('conflict', { reason: 'already-reported' });
        }
        entry.reports.push({ ...parsed, by: personId, at: iso() });
        entry.review = 'open'; // a new report reopens dismissed reports
        state.index.reported.add(entry.id);
        remember(state, 'feed.report', key, entry.id);
        return { result: undefined, changes: [feedChange(entry, 'reported', personId)] };
      }),

    pin: (id, pin, options) =>
      writing(options, (state, viewer, key) => {
        const entry = findEntry(state, viewer, id);
        if (entry.kind !== 'post') throw new PleinError('invalid', { field: 'id', reason: 'not-a-post' });
        if (replayed(state, 'feed.pin', key, entry.id)) return { result: viewPost(state, entry, viewer, now()) };
        if (!viewer.canPin(entry.channel)) throw new PleinError('forbidden', { reason: 'cannot-pin' });
        const parsed = parsePin(pin, now());
        if (parsed) {
          entry.pin = { announcement: parsed.announcement, by: personId, at: iso() };
          if (parsed.until !== undefined) entry.pin.until = parsed.until;
          state.index.pinned.add(entry.id);
        } else {
          delete entry.pin;
          state.index.pinned.delete(entry.id);
        }
        remember(state, 'feed.pin', key, entry.id);
        return { result: viewPost(state, entry, viewer, now()), changes: [feedChange(entry, 'updated', personId)] };
      }),

    moderate: (id, action, options) =>
      writing(options, (state, viewer, key) => {
        const entry = findEntry(state, viewer, id);
        if (replayed(state, 'feed.moderate', key, entry.id)) return { result: viewAny(state, entry, viewer, now()) };
        if (!ACTIONS.includes(action)) throw new PleinError('invalid', { field: 'action', reason: 'unknown-value' });
        if (!viewer.moderates(entry.channel)) throw new PleinError('forbidden', { reason: 'not-moderator' });
        if ((action === 'lock' || action === 'unlock') && entry.kind !== 'post') {
          throw new PleinError('invalid', { field: 'action', reason: 'posts-only' });
        }
        const changes: Change[] = [];
        if (action === 'hide' && !entry.hidden) {
          const reason = mainReason(entry);
          entry.hidden = { at: iso(), by: personId, ...(reason ? { reason } : {}) };
          changes.push(...notify(entry, 'hidden', [entry.authorId]));
        } else if (action === 'restore' && entry.hidden) {
          delete entry.hidden;
          entry.review = 'dismissed';
          changes.push(...notify(entry, 'restored', [entry.authorId]));
        } else if (action === 'dismiss' && entry.review !== 'dismissed') {
          entry.review = 'dismissed';
        } else if (entry.kind === 'post' && (action === 'lock' || action === 'unlock')) {
          entry.commentsLocked = action === 'lock';
        }
        remember(state, 'feed.moderate', key, entry.id);
        return {
          result: viewAny(state, entry, viewer, now()),
          changes: [feedChange(entry, 'moderated', personId), ...changes],
        };
      }),
  };
}
