/** Channels, tags and discussed posts under InsightsBuilder (insights-report.ts); not exported from the package. */
import { INSIGHTS_LIMITS } from './insights-math.js';
import { PREVIOUS } from './insights-tally.js';
import { plainText, tokenize } from './text.js';
import { topTags } from './trending.js';
import type { ChannelFigures, DiscussedPost, TrendingTag } from './types.js';

/**
 * A post as insights rank it: `seq` orders posts by age (higher is newer) and indexes the
 * counters, so it is a small whole number below the bound given to the report.
 */
export interface DiscussedSource {
  seq: number;
  id: string;
  channel: string;
  text: string;
}

/** A discussed post: comments plus reactions in the period, and how much more than before it. */
interface Ranked {
  post: DiscussedSource;
  total: number;
  rise: number;
}

/** Positive when `a` ranks above `b`: more comments plus reactions, then risen more, then newer. */
const before = (a: Ranked, b: Ranked): number => a.total - b.total || a.rise - b.rise || a.post.seq - b.post.seq;

/** Longest excerpt of a discussed post. */
const EXCERPT = 140;

interface ChannelRow extends ChannelFigures {
  /** Per person (their row in the tally): counted in `active` already. */
  marks: Uint8Array;
}

/**
 * What is talked about, gathered during the passes over the records: activity per channel in the
 * period, hashtags and discussed posts in the period and the one before. Callers pass the
 * bucket (or `PREVIOUS`) of a time inside one of the two periods, never `OUTSIDE`.
 */
export class Topics {
  private readonly channels = new Map<string, ChannelRow>();
  private readonly tags = new Map<string, TrendingTag>();
  /** The last channel counted, as its activity comes in runs (a post, then its reactions). */
  private last?: ChannelRow;
  /**
   * Per post, at `3 × seq`: the comments and reactions it received in the period, and both
   * before it. (Counters by `seq` rather than a map by id: a year's report reads a million records.)
   */
  private readonly discussion: Uint32Array;
  /** Posts with any of those. */
  private readonly discussedOnes: DiscussedSource[] = [];

  /** `people`: rows in the tally's per-person arrays; `seq`: above every post's. */
  constructor(
    private readonly people: number,
    seq: number,
  ) {
    this.discussion = new Uint32Array(3 * (seq + 1));
  }

  /** A post, comment or reaction in `channel` in the period, by the person in `row` (-1: not in the directory). */
  channel(channel: string, column: 'posts' | 'comments' | 'reactions', row: number): void {
    let figures = this.last?.channel === channel ? this.last : this.channels.get(channel);
    if (!figures) {
      figures = { channel, posts: 0, comments: 0, reactions: 0, active: 0, marks: new Uint8Array(this.people) };
      this.channels.set(channel, figures);
    }
    this.last = figures;
    figures[column]++;
    if (row >= 0 && !figures.marks[row]) {
      figures.marks[row] = 1;
      figures.active++;
    }
  }

  /** The hashtags of a post, comment or kudos made at `when`. */
  tag(tags: readonly string[], when: number): void {
    for (const tag of tags) {
      let row = this.tags.get(tag);
      if (!row) this.tags.set(tag, (row = { tag, count: 0, previous: 0 }));
      if (when === PREVIOUS) row.previous++;
      else row.count++;
    }
  }

  /** A comment on, or a reaction to, a post that is not hidden, at `when`. */
  discussed(post: DiscussedSource, column: 'comments' | 'reactions', when: number): void {
    const at = 3 * post.seq;
    const counts = this.discussion;
    if (!counts[at] && !counts[at + 1] && !counts[at + 2]) this.discussedOnes.push(post);
    counts[at + (when === PREVIOUS ? 2 : column === 'comments' ? 0 : 1)]!++;
  }

  /** Channels with activity in the period, busiest first (then by name). */
  channelFigures(): ChannelFigures[] {
    const total = (row: ChannelFigures) => row.posts + row.comments + row.reactions;
    return [...this.channels.values()]
      .sort((a, b) => total(b) - total(a) || (a.channel < b.channel ? -1 : 1))
      .map(({ marks: _marks, ...figures }) => figures);
  }

  trendingTags(): TrendingTag[] {
    return topTags(this.tags.values(), INSIGHTS_LIMITS.tags);
  }

  /**
   * Most comments plus reactions in the period first, then the most risen, then the newest post:
   * the few on top kept in order as the posts go by, rather than all of them sorted.
   */
  discussedPosts(): DiscussedPost[] {
    const top: Ranked[] = [];
    for (const post of this.discussedOnes) {
      const at = 3 * post.seq;
      const total = this.discussion[at]! + this.discussion[at + 1]!;
      const row: Ranked = { post, total, rise: total - this.discussion[at + 2]! };
      if (!total) continue;
      let i = top.length;
      while (i > 0 && before(row, top[i - 1]!) > 0) i--;
      if (i >= INSIGHTS_LIMITS.posts) continue;
      top.splice(i, 0, row);
      top.length = Math.min(top.length, INSIGHTS_LIMITS.posts);
    }
    return top.map(({ post }) => {
      const at = 3 * post.seq;
      return {
        postId: post.id,
        channel: post.channel,
        excerpt: excerpt(post.text),
        comments: this.discussion[at]!,
        reactions: this.discussion[at + 1]!,
        previous: this.discussion[at + 2]!,
      };
    });
  }
}

/**
 * The start of a text as plain text (mention markup as `@Name`, white space as single spaces),
 * at most 140 characters: cut at the last word that fits, with an ellipsis.
 */
export function excerpt(text: string): string {
  const plain = plainText(tokenize(text)).replace(/\s+/g, ' ').trim();
  if (plain.length <= EXCERPT) return plain;
  const cut = plain.slice(0, EXCERPT - 1);
  const space = cut.lastIndexOf(' ');
  // One word longer than the excerpt is cut anyway, never inside a character.
  const start = space > 0 ? cut.slice(0, space) : cut.replace(/[\uD800-\uDBFF]$/, '');
  return `${start.trimEnd()}…`;
}
