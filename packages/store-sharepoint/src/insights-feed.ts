/**
 * The feed's part of a report: posts, comments, reactions and reports made in the period and the
 * one before it, read by date range, with the entries they belong to looked up by id. What was
 * removed is gone: a comment or reaction counts only while its entry (and that entry's post and
 * parent) still exists, and a reaction only when it is the latest item of its author and kind.
 * Hidden entries count as activity, but never as tags or discussed posts.
 */
import { REACTIONS, type DiscussedSource, type InsightsBuilder } from '@plein/core';
import { COMMENT_SELECT, ENTRY_SELECT, entriesById, entryOf, type EntryRecord } from './feed-rows.js';
import { MODERATION_SELECT, moderationOf } from './feed-state.js';
import { createdIn, type BudgetClient } from './insights-read.js';
import { authorOf, dateOf, type Row } from './lists.js';
import { FEED } from './schema-feed.js';
import { readAnyOf } from './paging.js';

export interface Part {
  /** Posts that may be discussed: the bound of their `seq`. */
  posts: number;
  apply(builder: InsightsBuilder): void;
}

const REACTION_SELECT = ['ID', 'Target', 'PostId', 'Reaction', 'On', 'Created', 'Author/Name'];
const REPORT_SELECT = ['ID', 'Target', 'Created', 'Author/Name'];

/** Per target, author and kind, the latest reaction item; those switched on count. */
function standingReactions(rows: readonly Row[]): Row[] {
  const latest = new Map<string, Row>();
  for (const row of rows) {
    if (!REACTIONS.some((r) => r === row.Reaction)) continue;
    const key = `${String(row.Target)} ${authorOf(row)} ${String(row.Reaction)}`;
    const before = latest.get(key);
    if (!before || Number(before.ID) < Number(row.ID)) latest.set(key, row);
  }
  return [...latest.values()].filter((row) => row.On === true && authorOf(row));
}

/** `[from, to)`: the previous period and the period; `now`: moderation up to now decides what is hidden. */
export async function feedPart(sp: BudgetClient, from: number, to: number, now: number): Promise<Part> {
  const entry = { expand: ['Author'] };
  const untilNow = Math.max(to, now + 1);
  const [postRows, commentRows, reactionItems, reportRows, modRows] = await Promise.all([
    createdIn(sp, FEED.posts, from, to, { ...entry, select: ENTRY_SELECT }),
    createdIn(sp, FEED.comments, from, to, { ...entry, select: COMMENT_SELECT }),
    // Up to now: a later item may have taken a reaction of the period back.
    createdIn(sp, FEED.reactions, from, untilNow, { ...entry, select: REACTION_SELECT }),
    createdIn(sp, FEED.reports, from, to, { ...entry, select: REPORT_SELECT }),
    // Entries of the period can only have been hidden since it began.
    createdIn(sp, FEED.moderation, from, untilNow, { ...entry, select: MODERATION_SELECT }),
  ]);
  const reactionRows = standingReactions(reactionItems).filter((row) => Date.parse(String(row.Created)) < to);

  const entries = new Map<string, EntryRecord>();
  for (const row of postRows) entries.set(String(row.PleinId), entryOf(row, 'post'));
  for (const row of commentRows) entries.set(String(row.PleinId), entryOf(row, 'comment'));
  // The posts, parents and targets made before the period.
  const needed = [
    ...[...entries.values()].flatMap((e) => [e.postId, ...(e.parentId ? [e.parentId] : [])]),
    ...reactionRows.flatMap((row) => [String(row.Target), String(row.PostId ?? '')]),
    ...reportRows.map((row) => String(row.Target)),
  ].filter((id) => id && !entries.has(id));
  const earlier = await entriesById(sp, needed);
  for (const [id, record] of earlier) entries.set(id, record);
  // Entries made before the period may have been hidden before it too.
  const earlierPosts = new Set([...earlier.values()].map((e) => e.postId));
  const earlierMod = await readAnyOf(sp, FEED.moderation, 'PostId', earlierPosts, {
    ...entry,
    select: MODERATION_SELECT,
  });
  const moderation = moderationOf([...new Map([...modRows, ...earlierMod].map((row) => [row.ID, row])).values()]);
  const hidden = (id: string | undefined) => id !== undefined && moderation.get(id)?.hidden !== undefined;
  /** An entry that still exists, with its post and parent. */
  const standing = (id: string): EntryRecord | undefined => {
    const found = entries.get(id);
    if (!found || found.kind === 'post') return found;
    const parentGone = found.parentId !== undefined && !entries.has(found.parentId);
    return entries.get(found.postId)?.kind === 'post' && !parentGone ? found : undefined;
  };

  // Posts in item order, so a higher `seq` is a newer post.
  const posts = [...entries.values()].filter((e) => e.kind === 'post').sort((a, b) => a.itemId - b.itemId);
  const sources = new Map<string, DiscussedSource>(
    posts.map((post, seq) => [post.id, { seq, id: post.id, channel: post.channel, text: post.text }]),
  );

  return {
    posts: posts.length,
    apply(builder) {
      for (const e of entries.values()) {
        if (!standing(e.id)) continue;
        const shown = !hidden(e.id) && !hidden(e.postId) && !hidden(e.parentId);
        builder.entry(
          e.kind,
          e.createdAt,
          e.authorId,
          e.channel,
          e.hashtags,
          shown ? sources.get(e.postId) : undefined,
        );
      }
      for (const row of reactionRows) {
        const target = standing(String(row.Target));
        if (!target) continue;
        const discussed = target.kind === 'post' && !hidden(target.id) ? sources.get(target.id) : undefined;
        builder.reaction(dateOf(row.Created) ?? '', authorOf(row), target.channel, discussed);
      }
      for (const row of reportRows)
        if (standing(String(row.Target))) builder.reported(dateOf(row.Created) ?? '', authorOf(row));
    },
  };
}
