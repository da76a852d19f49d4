/**
 * What a viewer sees of feed entries, worked out from the items around them: moderation
 * actions (hidden, locked, reviewed), reactions (the latest item per person and kind counts),
 * the viewer's own reports, pins and comments. The rules are the memory store's: hidden
 * entries reach only their author and the channel's moderators; counts are what the viewer sees.
 */
import {
  REACTIONS,
  type Comment,
  type Entry,
  type ModerationItem,
  type Pin,
  type Post,
  type Reaction,
  type ReactionSummary,
  type ReportReason,
} from '@plein/core';
import { isModerator, parseJson, type SpContext } from './context.js';
import { channelKey, COMMENT_SELECT, contentOf, entryOf, type EntryRecord } from './feed-rows.js';
import { authorOf, dateOf, type Row } from './lists.js';
import type { SpUser } from './people.js';
import { FEED } from './schema-feed.js';
import { readAnyOf } from './paging.js';

export interface Viewer {
  me: SpUser;
  moderates(channel: string): boolean;
  canPin(channel: string): boolean;
  /** The channel's own moderators (read for the channels asked for). */
  moderatorIds(channel: string): string[];
}

/** Channel moderators by channel: the latest settings item of each channel counts. */
export async function channelModerators({ sp }: SpContext, channels: Iterable<string>): Promise<Map<string, string[]>> {
  const rows = await readAnyOf(sp, FEED.channels, 'ChannelId', [...channels].map(channelKey), {
    select: ['ID', 'ChannelId', 'Moderators'],
    orderBy: { field: 'ID' },
  });
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const ids = parseJson<unknown>(row.Moderators, []);
    out.set(String(row.ChannelId), Array.isArray(ids) ? ids.filter((s): s is string => typeof s === 'string') : []);
  }
  return out;
}

export async function viewerOf(context: SpContext, channels: Iterable<string>): Promise<Viewer> {
  const [me, mods] = await Promise.all([context.user(), channelModerators(context, channels)]);
  const site = isModerator(me);
  const moderates = (channel: string) => site || (mods.get(channelKey(channel))?.includes(me.personId) ?? false);
  return {
    me,
    moderates,
    canPin: (channel) => me.roles.includes('communications') || moderates(channel),
    moderatorIds: (channel) => [...(mods.get(channelKey(channel)) ?? [])],
  };
}

export interface Moderation {
  hidden?: { at: string; by: string; reason?: ReportReason };
  locked: boolean;
  /** When a moderator last dismissed or restored (ms). */
  reviewedAt?: number;
}

export interface Report {
  reason: ReportReason;
  note?: string;
  by: string;
  at: string;
}

interface ReactionItem {
  itemId: number;
  by: string;
  reaction: Reaction;
  on: boolean;
}

/** Moderation states from the actions, oldest first (only moderators can write them). */
export function moderationOf(rows: readonly Row[]): Map<string, Moderation> {
  const out = new Map<string, Moderation>();
  for (const row of [...rows].sort((a, b) => Number(a.ID) - Number(b.ID))) {
    const id = String(row.EntryId);
    const state = out.get(id) ?? { locked: false };
    out.set(id, state);
    const at = dateOf(row.Created) ?? '';
    switch (row.Action) {
      case 'hide':
        state.hidden = { at, by: authorOf(row), ...(row.Reason ? { reason: row.Reason as ReportReason } : {}) };
        break;
      case 'restore':
        delete state.hidden;
        state.reviewedAt = Date.parse(at);
        break;
      case 'dismiss':
        state.reviewedAt = Date.parse(at);
        break;
      case 'lock':
      case 'unlock':
        state.locked = row.Action === 'lock';
    }
  }
  return out;
}

export const MODERATION_SELECT = [
  'ID',
  'EntryId',
  'PostId',
  'Channel',
  'Action',
  'Reason',
  'Subject',
  'Created',
  'Author/Name',
];
export const REPORT_SELECT = ['ID', 'Target', 'PostId', 'Channel', 'Reason', 'Note', 'Created', 'Author/Name'];

export function reportOf(row: Row): Report {
  const report: Report = { reason: row.Reason as ReportReason, by: authorOf(row), at: dateOf(row.Created) ?? '' };
  if (typeof row.Note === 'string' && row.Note) report.note = row.Note;
  return report;
}

/** Where a reported entry stands in the queue. */
export function reviewStatus(mod: Moderation | undefined, reports: readonly Report[]): ModerationItem['status'] {
  if (mod?.hidden) return 'hidden';
  const last = Math.max(...reports.map((r) => Date.parse(r.at)));
  return mod?.reviewedAt !== undefined && mod.reviewedAt >= last ? 'dismissed' : 'open';
}

/**
 * The items around a set of entries, read once (a handful of requests whatever their number),
 * and the entries as the viewer sees them.
 */
export class FeedView {
  private constructor(
    private readonly context: SpContext,
    readonly viewer: Viewer,
    readonly moderation: Map<string, Moderation>,
    private readonly reactions: Map<string, ReactionItem[]>,
    private readonly reported: Set<string>,
    private readonly pins: Map<string, Pin>,
    /** Every comment under the posts concerned, by thread (the post or the comment replied to). */
    private readonly threads: Map<string, EntryRecord[]>,
    /** The content of hidden entries, for moderators. */
    private readonly hiddenContent: Map<string, Row>,
  ) {}

  static async load(context: SpContext, viewer: Viewer, entries: readonly EntryRecord[]): Promise<FeedView> {
    const { sp } = context;
    const postIds = [...new Set(entries.map((e) => e.postId))];
    // One round trip (batched): everything under these posts is found by its indexed PostId,
    // the reactions and reports of their comments included.
    const [modRows, commentRows, pinRows, reactionRows, reportRows] = await Promise.all([
      readAnyOf(sp, FEED.moderation, 'PostId', postIds, { select: MODERATION_SELECT, expand: ['Author'] }),
      readAnyOf(sp, FEED.comments, 'PostId', postIds, {
        select: COMMENT_SELECT,
        expand: ['Author'],
        orderBy: { field: 'ID' },
      }),
      readAnyOf(sp, FEED.pins, 'PostId', postIds, {
        select: ['ID', 'PostId', 'Pinned', 'Announcement', 'Until', 'Created', 'Author/Name'],
        expand: ['Author'],
        orderBy: { field: 'ID' },
      }),
      readAnyOf(sp, FEED.reactions, 'PostId', postIds, {
        select: ['ID', 'Target', 'Reaction', 'On', 'Author/Name'],
        expand: ['Author'],
        orderBy: { field: 'ID' },
      }),
      readAnyOf(sp, FEED.reports, 'PostId', postIds, { select: ['ID', 'Target', 'Author/Name'], expand: ['Author'] }),
    ]);
    const threads = new Map<string, EntryRecord[]>();
    for (const row of commentRows) {
      const comment = entryOf(row, 'comment');
      const head = comment.parentId ?? comment.postId;
      const thread = threads.get(head);
      if (thread) thread.push(comment);
      else threads.set(head, [comment]);
    }
    const moderation = moderationOf(modRows);
    const reactions = new Map<string, ReactionItem[]>();
    for (const row of reactionRows) {
      const target = String(row.Target);
      const reaction = REACTIONS.find((r) => r === row.Reaction);
      if (!reaction) continue;
      const item = { itemId: Number(row.ID), by: authorOf(row), reaction, on: row.On === true };
      const list = reactions.get(target);
      if (list) list.push(item);
      else reactions.set(target, [item]);
    }
    const reported = new Set(reportRows.filter((r) => authorOf(r) === viewer.me.personId).map((r) => String(r.Target)));
    const pins = new Map<string, Pin>();
    for (const row of pinRows) {
      const postId = String(row.PostId);
      if (row.Pinned !== true) pins.delete(postId);
      else {
        const pin: Pin = { announcement: row.Announcement === true, by: authorOf(row), at: dateOf(row.Created) ?? '' };
        const until = dateOf(row.Until);
        if (until) pin.until = until;
        pins.set(postId, pin);
      }
    }
    // Moderators read the content of what is hidden (an entry, or the post a comment is under)
    // from its copy in the moderators-only list.
    const hiddenIds = [...entries, ...[...threads.values()].flat()]
      .filter((e) => (moderation.get(e.id)?.hidden || moderation.get(e.postId)?.hidden) && viewer.moderates(e.channel))
      .map((e) => e.id);
    const hiddenContent = new Map<string, Row>();
    if (hiddenIds.length)
      for (const row of await readAnyOf(sp, FEED.hidden, 'EntryId', hiddenIds, {
        select: ['ID', 'EntryId', 'Body', 'Mentions', 'Tags', 'Images'],
      }))
        hiddenContent.set(String(row.EntryId), row);
    return new FeedView(context, viewer, moderation, reactions, reported, pins, threads, hiddenContent);
  }

  hidden(entry: EntryRecord): Moderation['hidden'] {
    return this.moderation.get(entry.id)?.hidden;
  }

  /** Hidden from this viewer: hidden, and the viewer is neither its author nor a moderator of its channel. */
  hiddenFrom(entry: EntryRecord): boolean {
    return (
      this.hidden(entry) !== undefined &&
      entry.authorId !== this.viewer.me.personId &&
      !this.viewer.moderates(entry.channel)
    );
  }

  /** Comments (or replies) of a thread the viewer may see, oldest first. */
  thread(headId: string): EntryRecord[] {
    return (this.threads.get(headId) ?? []).filter((c) => !this.hiddenFrom(c)).sort((a, b) => a.itemId - b.itemId);
  }

  commentCount(postId: string): number {
    return this.thread(postId).reduce((n, c) => n + 1 + this.thread(c.id).length, 0);
  }

  /** The comment with this id among those read. */
  findComment(id: string): EntryRecord | undefined {
    for (const list of this.threads.values()) for (const c of list) if (c.id === id) return c;
    return undefined;
  }

  locked(postId: string): boolean {
    return this.moderation.get(postId)?.locked ?? false;
  }

  /** Latest item per person and kind; `on` ones count. */
  reactors(target: string): ReactionItem[] {
    const latest = new Map<string, ReactionItem>();
    for (const item of this.reactions.get(target) ?? []) {
      const k = `${item.by} ${item.reaction}`;
      const before = latest.get(k);
      if (!before || before.itemId < item.itemId) latest.set(k, item);
    }
    return [...latest.values()].filter((i) => i.on && i.by);
  }

  summary(target: string): ReactionSummary {
    const counts: Partial<Record<Reaction, number>> = {};
    const mine: Reaction[] = [];
    for (const item of this.reactors(target)) {
      counts[item.reaction] = (counts[item.reaction] ?? 0) + 1;
      if (item.by === this.viewer.me.personId) mine.push(item.reaction);
    }
    const ordered: Partial<Record<Reaction, number>> = {};
    for (const r of REACTIONS) if (counts[r]) ordered[r] = counts[r];
    return { counts: ordered, mine: REACTIONS.filter((r) => mine.includes(r)) };
  }

  activePin(postId: string): Pin | undefined {
    const pin = this.pins.get(postId);
    if (!pin || (pin.until !== undefined && Date.parse(pin.until) <= this.context.clock.now())) return undefined;
    return { ...pin };
  }

  private entry(record: EntryRecord): Entry {
    const me = this.viewer.me.personId;
    const mine = record.authorId === me;
    const reported = this.reported.has(record.id);
    const hidden = this.hidden(record);
    const copy = this.hiddenContent.get(record.id);
    const content = copy ? contentOf(copy) : record;
    const moderates = this.viewer.moderates(record.channel);
    const view: Entry = {
      id: record.id,
      channel: record.channel,
      authorId: record.authorId,
      text: content.text,
      createdAt: record.createdAt,
      mentions: [...content.mentions],
      hashtags: [...content.hashtags],
      reactions: this.summary(record.id),
      viewer: {
        canEdit: mine && !hidden,
        canDelete: mine || moderates,
        canReport: !mine && !reported,
        reported,
        canModerate: moderates,
        canPin: false,
      },
    };
    if (record.editedAt) view.editedAt = record.editedAt;
    if (hidden) view.hidden = { ...hidden };
    return view;
  }

  post(record: EntryRecord): Post {
    const copy = this.hiddenContent.get(record.id);
    const view: Post = {
      ...this.entry(record),
      kind: 'post',
      attachments: (copy ? contentOf(copy) : record).attachments.map((a) => ({ ...a })),
      commentCount: this.commentCount(record.id),
      commentsLocked: this.locked(record.id),
    };
    view.viewer.canPin = this.viewer.canPin(record.channel);
    const pin = this.activePin(record.id);
    if (pin) view.pin = pin;
    return view;
  }

  commentView(record: EntryRecord): Comment {
    const view: Comment = {
      ...this.entry(record),
      kind: 'comment',
      postId: record.postId,
      replyCount: record.parentId === undefined ? this.thread(record.id).length : 0,
    };
    if (record.parentId !== undefined) view.parentId = record.parentId;
    return view;
  }

  any(record: EntryRecord): Post | Comment {
    return record.kind === 'post' ? this.post(record) : this.commentView(record);
  }
}
