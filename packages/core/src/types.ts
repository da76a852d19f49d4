import type { Locale } from './i18n/locale.js';

/**
 * The Store contract: one interface, grouped by feature, that every store implements and
 * every element consumes. Elements never import a store implementation.
 */

// ---------------------------------------------------------------------------- shared shapes

/** ISO 8601 date-time in UTC, for example `2026-01-12T09:00:00.000Z`. */
export type IsoDateTime = string;

/** A cursor-paged list: no API returns "everything". */
export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; absent on the last page. */
  next?: string;
}

export interface PageRequest {
  cursor?: string;
  /** Items per page; stores clamp it to their own maximum. */
  limit?: number;
}

/** Every write carries a client-generated key (see `newIdempotencyKey`). */
export interface WriteOptions {
  idempotencyKey: string;
}

export type Role = 'member' | 'moderator' | 'communications' | 'admin';

// ---------------------------------------------------------------------------- people

export interface Person {
  id: string;
  displayName: string;
  email?: string;
  jobTitle?: string;
  department?: string;
  location?: string;
  /** Absolute or host-relative URL; elements fall back to initials. */
  avatarUrl?: string;
  /** Preferred language tag, for example `nl-NL`. */
  locale?: string;
  /** First working day, for new hires (onboarding audiences and due dates). */
  startDate?: IsoDate;
  managerId?: string;
}

/** The signed-in person, with the roles the backend grants them. */
export interface Me extends Person {
  roles: Role[];
  /** What the backend lets this person do; elements hide what is not allowed (and the store still refuses it). */
  can: {
    /** Create polls (the memory store lets everyone; a server or SharePoint site may limit it to some roles). */
    createPolls: boolean;
    /** Define the kudos values and settings, remove any kudos (editors and the communications team). */
    manageKudos: boolean;
    /** Run onboarding campaigns: edit, enrol, import, see cohorts (the communications team and admins). */
    manageOnboarding: boolean;
    /** See adoption insights and set their targets (the communications team and admins). */
    viewInsights: boolean;
  };
}

export interface PeopleApi {
  /** People whose name, e-mail or department matches; at most `limit` (default 10). */
  search(query: string, options?: { limit?: number }): Promise<Person[]>;
  /** One person; `not-found` when unknown. */
  get(id: string): Promise<Person>;
  /** Several people at once; unknown ids are left out. */
  getMany(ids: readonly string[]): Promise<Person[]>;
  /** Every department people belong to, sorted, without duplicates (for filters). */
  departments(): Promise<string[]>;
}

// ---------------------------------------------------------------------------- polls

export type PollKind = 'single' | 'multiple';

/** When voters may see the results. */
export type ResultsVisibility = 'always' | 'after-vote' | 'after-close';

export interface PollOption {
  id: string;
  label: string;
}

/** What a creator fills in. Option ids are assigned by the store. */
export interface PollDraft {
  question: string;
  /** 2 to 10 option labels. */
  options: string[];
  kind: PollKind;
  /** For `multiple`: the most options one voter may pick (defaults to all). */
  maxChoices?: number;
  /** No API ever returns who voted what; votes are final once cast. */
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  /** Optional deadline; must lie in the future. */
  closesAt?: IsoDateTime;
}

export interface Poll {
  id: string;
  question: string;
  options: PollOption[];
  kind: PollKind;
  maxChoices: number;
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  createdBy: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  closesAt?: IsoDateTime;
  /** Set when the poll was closed (by hand or by its deadline passing). */
  closedAt?: IsoDateTime;
  status: 'open' | 'closed';
  /** Number of people who voted (never who). */
  voterCount: number;
  /** The viewer's own view of the poll. */
  viewer: PollViewer;
}

export interface PollViewer {
  hasVoted: boolean;
  /** The viewer's chosen option ids; absent for anonymous polls, whose votes are unlinked. */
  choice?: string[];
  canVote: boolean;
  /** Creator or moderator, while open. */
  canClose: boolean;
  /** Creator, while nobody has voted yet. */
  canEdit: boolean;
  canSeeResults: boolean;
}

export interface OptionResult {
  optionId: string;
  votes: number;
}

export type PollResults =
  | {
      pollId: string;
      visible: true;
      voterCount: number;
      /** Total of all option votes (exceeds voterCount for multiple choice). */
      voteCount: number;
      options: OptionResult[];
    }
  | {
      pollId: string;
      visible: false;
      /** Why the viewer cannot see the figures yet. */
      reason: 'vote-first' | 'until-close';
      voterCount: number;
    };

export interface PollApi {
  get(id: string): Promise<Poll>;
  /** Polls created by the signed-in person, newest first. */
  listMine(page?: PageRequest): Promise<Page<Poll>>;
  create(draft: PollDraft, options: WriteOptions): Promise<Poll>;
  /** Only the creator, and only until the first vote (`conflict` afterwards). */
  update(id: string, draft: PollDraft, options: WriteOptions): Promise<Poll>;
  /**
   * Casts or replaces the viewer's vote. One vote per person is enforced here, not in the UI.
   * Anonymous polls refuse a second vote with `conflict` (reason `already-voted`).
   */
  vote(id: string, optionIds: readonly string[], options: WriteOptions): Promise<Poll>;
  results(id: string): Promise<PollResults>;
  /** Creator or moderator. Closing a closed poll is a no-op. */
  close(id: string, options: WriteOptions): Promise<Poll>;
}

// ---------------------------------------------------------------------------- later widgets
// Declared now so that the feed, kudos, onboarding and insights issues extend the contract in
// the same style. A store leaves a group out (and says so in `capabilities.features`) until it
// implements it.

// ---------------------------------------------------------------------------- feed

/** The fixed set of reactions, in display order. */
export const REACTIONS = ['like', 'celebrate', 'love', 'insightful', 'funny'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Why someone reports a post or comment. */
export const REPORT_REASONS = ['spam', 'offensive', 'misinformation', 'off-topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Image types an attachment may have. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

/** An uploaded image. `url` is what an `<img src>` shows (a `data:` URL in the memory store). */
export interface Attachment {
  id: string;
  kind: 'image';
  name: string;
  type: (typeof IMAGE_TYPES)[number];
  /** Bytes. */
  size: number;
  url: string;
  /** Alternative text written by the author; empty means decorative. */
  alt: string;
}

/** A file to upload (a `File` or any `Blob`); `name` defaults to "image". */
export interface Upload {
  blob: Blob;
  name?: string;
  alt?: string;
}

/** Reaction counts, exact, and the viewer's own reactions. */
export interface ReactionSummary {
  /** Only reactions with a count above zero are present. */
  counts: Partial<Record<Reaction, number>>;
  mine: Reaction[];
}

/** A pin or an announcement, shown above the timeline while active. */
export interface Pin {
  /** Announcements are styled louder than plain pins. */
  announcement: boolean;
  /** Until when (exclusive); absent means until unpinned. */
  until?: IsoDateTime;
  by: string;
  at: IsoDateTime;
}

/** What the viewer may do with a post or comment (the store still refuses what is not allowed). */
export interface EntryViewer {
  /** Author, while not hidden. */
  canEdit: boolean;
  /** Author, or a moderator of the channel. */
  canDelete: boolean;
  /** Anyone but the author, once. */
  canReport: boolean;
  /** The viewer reported it already. */
  reported: boolean;
  /** Moderator of the channel: hide, restore, lock comments. */
  canModerate: boolean;
  /** Posts only: moderators of the channel and the communications team. */
  canPin: boolean;
}

/** Fields a post and a comment share; both are "entries" with their own globally unique id. */
export interface Entry {
  id: string;
  channel: string;
  authorId: string;
  /** Plain text with mention markup `@[Name](id)`; never HTML. */
  text: string;
  createdAt: IsoDateTime;
  editedAt?: IsoDateTime;
  /** Ids of the people mentioned in the text. */
  mentions: string[];
  /** Lower-case hashtags in the text, without `#`. */
  hashtags: string[];
  reactions: ReactionSummary;
  /**
   * Set when a moderator hid it. Only its author and the channel's moderators ever receive a
   * hidden entry (the author sees why); everyone else never gets it from any call.
   */
  hidden?: { at: IsoDateTime; by: string; reason?: ReportReason };
  viewer: EntryViewer;
}

export interface Post extends Entry {
  kind: 'post';
  attachments: Attachment[];
  /** Comments and replies visible to the viewer. */
  commentCount: number;
  /** Moderators locked comments: no new comments or replies. */
  commentsLocked: boolean;
  pin?: Pin;
}

export interface Comment extends Entry {
  kind: 'comment';
  postId: string;
  /** The comment this replies to; replies are one level deep (a reply to a reply answers its parent). */
  parentId?: string;
  /** Replies visible to the viewer (top-level comments only). */
  replyCount: number;
}

export interface PostDraft {
  /** 1 to 5,000 characters after trimming (unless there are attachments: then it may be empty). */
  text: string;
  /** Ids returned by `upload`, at most 4, each used once. */
  attachmentIds?: string[];
}

export interface CommentDraft {
  /** 1 to 2,000 characters after trimming. */
  text: string;
  /** A top-level comment of the same post to reply to. */
  parentId?: string;
}

/** What a timeline shows: a channel, optionally narrowed to a hashtag or words. */
export interface FeedQuery {
  /** `general`, or `page:` + a page's canonical URL, or any channel name (letters, digits, `-`, `_`, `:`, `/`, `.`). */
  channel: string;
  /** A hashtag without `#`, case-insensitive. */
  tag?: string;
  /** Words that must all appear (case- and accent-insensitive) in the post or one of its comments. */
  search?: string;
}

export interface Channel {
  id: string;
  /** People who moderate this channel, besides the site-wide moderators and admins. */
  moderatorIds: string[];
  viewer: { canPost: boolean; canModerate: boolean; canPin: boolean };
}

/** One entry in a moderation queue, with every report filed against it. */
export interface ModerationItem {
  entry: Post | Comment;
  reports: { reason: ReportReason; note?: string; by: string; at: IsoDateTime }[];
  /** `open` until a moderator hides, restores or dismisses. */
  status: 'open' | 'hidden' | 'dismissed';
  /** When the first report was filed (queue order, oldest open first). */
  reportedAt: IsoDateTime;
}

export type ModerationAction = 'hide' | 'restore' | 'dismiss' | 'lock' | 'unlock';

/** A hashtag and how often it was used in a period, against the period before. */
export interface TrendingTag {
  tag: string;
  count: number;
  previous: number;
}

export interface FeedApi {
  /** The channel's settings and the viewer's rights in it (any channel name exists once named). */
  channel(id: string): Promise<Channel>;
  /** Newest first, hidden posts left out (for everyone, moderators too: they use the queue). */
  list(query: FeedQuery, page?: PageRequest): Promise<Page<Post>>;
  /** Active pins and announcements of a channel, announcements first, newest pin first. */
  pinned(channel: string): Promise<Post[]>;
  /** One post; `not-found` when deleted, or hidden and the viewer is neither author nor moderator. */
  get(id: string): Promise<Post>;
  /** Uploads an image for a later `post`: `too-large` over 5 MB, `invalid` (reason `not-an-image`) for other types. */
  upload(file: Upload, options: WriteOptions): Promise<Attachment>;
  post(channel: string, draft: PostDraft, options: WriteOptions): Promise<Post>;
  /** Author only; replaces the text (attachments stay). Works on posts and comments. */
  edit(id: string, text: string, options: WriteOptions): Promise<Post | Comment>;
  /** Author or moderator; removes a post with its comments, or a comment with its replies. Removing twice is a no-op. */
  remove(id: string, options: WriteOptions): Promise<void>;
  /** Comments of a post, oldest first, each followed by nothing: ask `replies` for a comment's replies. */
  comments(postId: string, page?: PageRequest): Promise<Page<Comment>>;
  /** Replies to a top-level comment, oldest first. */
  replies(commentId: string, page?: PageRequest): Promise<Page<Comment>>;
  /** `conflict` (reason `comments-locked`) when a moderator locked the post. */
  comment(postId: string, draft: CommentDraft, options: WriteOptions): Promise<Comment>;
  /** Sets (`on`) or clears the viewer's reaction of one kind: safe to retry. */
  react(id: string, reaction: Reaction, on: boolean, options: WriteOptions): Promise<ReactionSummary>;
  /** Who reacted, newest first. */
  reactors(id: string, reaction: Reaction, page?: PageRequest): Promise<Page<Person>>;
  /** Once per person per entry (`conflict`, reason `already-reported`); not on one's own entry. */
  report(id: string, reason: ReportReason, note: string | undefined, options: WriteOptions): Promise<void>;
  /** Pins (or unpins with `null`) a post; moderators of the channel and the communications team. */
  pin(id: string, pin: { announcement: boolean; until?: IsoDateTime } | null, options: WriteOptions): Promise<Post>;
  /** Reported entries of the channels the viewer moderates (all channels for site moderators), open first. */
  queue(
    query: { channel?: string; status?: ModerationItem['status'] },
    page?: PageRequest,
  ): Promise<Page<ModerationItem>>;
  /** Moderators of the entry's channel. `lock`/`unlock` are for posts. Notifies the author of hide and restore. */
  moderate(id: string, action: ModerationAction, options: WriteOptions): Promise<Post | Comment>;
  /** Hashtags used most in `[from, to)`, counted in posts and comments, with the count in the period of equal length before. */
  trending(query: { channel?: string; from: IsoDateTime; to: IsoDateTime; limit?: number }): Promise<TrendingTag[]>;
}

// ---------------------------------------------------------------------------- notifications

/**
 * Something that happened to a person: the store emits it on the `notifications` topic of that
 * person's store only (channels such as e-mail and Teams deliver it later).
 */
export interface Notification {
  id: string;
  /** Who is told. */
  personId: string;
  /**
   * `kudos`: the person received kudos. A mention in a kudos message is a `mention` without a post.
   * `task-due-soon` / `task-overdue`: an onboarding task the person owns (for themselves, or as
   * manager or buddy of `subjectId`) is due within 3 days / passed its due date; once each.
   */
  kind: 'mention' | 'reply' | 'hidden' | 'restored' | 'kudos' | 'task-due-soon' | 'task-overdue';
  /** Who did it (the moderator for hidden and restored, the giver for kudos). */
  actorId: string;
  /** The post, comment, kudos or onboarding task concerned. */
  entryId: string;
  /** Feed notifications: the entry's post and channel. */
  postId?: string;
  channel?: string;
  /** Onboarding notifications: the campaign, and the new hire whose task it is (`entryId` is the task). */
  campaignId?: string;
  subjectId?: string;
  at: IsoDateTime;
}

// ---------------------------------------------------------------------------- kudos

/** Text an editor writes in one or more of Plein's languages; elements fall back to any language present. */
export type LocalizedText = Partial<Record<Locale, string>>;

/** What an editor fills in for one of the organisation's values. */
export interface KudosValueDraft {
  /** 1 to 40 characters in at least one language; unique among the active values. */
  name: LocalizedText;
  /** Up to 200 characters per language; may be empty. */
  description: LocalizedText;
  /** One emoji (a single grapheme, such as 🤝 or 👩🏽‍🚀), shown as the value's badge. */
  emoji: string;
  /** `#rrggbb`; elements pair it with text that stays readable. */
  color: string;
}

/** One of the company's values that kudos are given for. */
export interface KudosValue extends KudosValueDraft {
  id: string;
  /** Archived ("deleted") values stay on the kudos given for them but cannot be given anymore. */
  archived: boolean;
}

/** Public praise from one person to one or more colleagues, for one value. */
export interface Kudos {
  id: string;
  fromId: string;
  /** 1 to 10 people, never the giver. */
  toIds: string[];
  valueId: string;
  /** Plain text with mention markup `@[Name](id)`; never HTML. */
  message: string;
  /** Ids of the people mentioned in the message. */
  mentions: string[];
  /** Lower-case hashtags in the message, without `#`. */
  hashtags: string[];
  createdAt: IsoDateTime;
  reactions: ReactionSummary;
  viewer: {
    /** The giver, moderators and the communications team. */
    canDelete: boolean;
  };
}

export interface KudosDraft {
  /** 1 to 10 known people; duplicates are ignored; not the giver. */
  toIds: string[];
  /** An active (not archived) value. */
  valueId: string;
  /** 1 to 1,000 characters after trimming; may mention people and carry hashtags. */
  message: string;
}

/** Which kudos a wall shows; every filter given must match. Newest first. */
export interface KudosQuery {
  valueId?: string;
  /** Kudos this person received (the default), or gave with `direction: 'given'`. */
  personId?: string;
  direction?: 'received' | 'given';
  /** Kudos received by at least one person of this department. */
  department?: string;
}

/** How often a value was given, or a person received kudos, in a period. */
export interface LeaderboardEntry {
  /** A value id (`by: 'value'`) or a person id (`by: 'person'`). */
  id: string;
  count: number;
}

/** Settings of the kudos wall, shared by the whole site. */
export interface KudosSettings {
  /** Off by default: ranking people is a choice the communications team makes on purpose. */
  peopleLeaderboard: boolean;
}

export interface KudosApi {
  /** Every value, archived ones included (flagged), in the order they were created. */
  values(): Promise<KudosValue[]>;
  /**
   * Managers (`me().can.manageKudos`). `conflict`: reason `too-many-values` (limit 30 active),
   * `duplicate-name` (field `name`: the same name, ignoring case, as another active value in that language).
   */
  createValue(draft: KudosValueDraft, options: WriteOptions): Promise<KudosValue>;
  /** Managers; the change shows on kudos already given for it. Conflicts as `createValue`. */
  updateValue(id: string, draft: KudosValueDraft, options: WriteOptions): Promise<KudosValue>;
  /**
   * Managers; archiving is how a value is deleted (its kudos stay readable); `false` brings it
   * back, unless that would break the rules of `createValue` (same conflicts).
   */
  archiveValue(id: string, archived: boolean, options: WriteOptions): Promise<KudosValue>;
  list(query: KudosQuery, page?: PageRequest): Promise<Page<Kudos>>;
  /** One kudos; `not-found` when removed. */
  get(id: string): Promise<Kudos>;
  /**
   * Gives kudos and tells each recipient (a `kudos` notification). Refused with `invalid`:
   * field `toIds` (reasons `required`, `self`, `unknown-person`, `too-many`), field `valueId`
   * (`unknown-value`, `archived`), field `message` (`required`, `unknown-mention`; `too-large` over 1,000).
   * The same idempotency key again returns the first kudos.
   */
  give(draft: KudosDraft, options: WriteOptions): Promise<Kudos>;
  /** The giver, moderators and the communications team. Removing twice is a no-op. */
  remove(id: string, options: WriteOptions): Promise<void>;
  /** Sets (`on`) or clears the viewer's reaction of one kind: safe to retry. */
  react(id: string, reaction: Reaction, on: boolean, options: WriteOptions): Promise<ReactionSummary>;
  /**
   * Most-given values, or most-recognised people, in `[from, to)`; highest count first, ties by id.
   * `by: 'person'` is `forbidden` (reason `leaderboard-off`) unless the settings allow it.
   */
  leaderboard(query: {
    by: 'value' | 'person';
    from: IsoDateTime;
    to: IsoDateTime;
    limit?: number;
  }): Promise<LeaderboardEntry[]>;
  settings(): Promise<KudosSettings>;
  /** Managers. */
  configure(settings: KudosSettings, options: WriteOptions): Promise<KudosSettings>;
}

// ---------------------------------------------------------------------------- insights

/**
 * The adoption KPIs, in the order a dashboard shows them:
 * - `active`: people who did something in the period (posted, commented, reacted, voted in a
 *   poll that is not anonymous, gave kudos, ticked an onboarding task or filed a report), as a
 *   share of everyone in the directory.
 * - `posts`, `comments`, `reactions` (to posts, comments and kudos), `votes` (ballots, one per
 *   person and poll, anonymous polls included), `kudosGiven` (kudos), `kudosReceived` (a kudos
 *   to three people counts three), `reports` (moderation reports filed): counts.
 * - `onboarding`: onboarding tasks due in the period that are done by now, as a share of those due.
 * - `managers`: managers (people someone has as `managerId`) active in the period, as a share of all managers.
 *
 * Figures count what exists now: a deleted post, a reaction taken back or a removed kudos no
 * longer counts; a changed vote counts once, when it was last cast.
 */
export const METRICS = [
  'active',
  'posts',
  'comments',
  'reactions',
  'votes',
  'kudosGiven',
  'kudosReceived',
  'onboarding',
  'reports',
  'managers',
] as const;
export type MetricId = (typeof METRICS)[number];

/** The KPIs measured as a percentage (of people, or of due tasks); the others are counts. */
export const SHARE_METRICS: readonly MetricId[] = ['active', 'onboarding', 'managers'];

/** The length a target is set for: "60% of employees active each month". */
export const TARGET_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type TargetPeriod = (typeof TARGET_PERIODS)[number];

/**
 * A numeric goal for one KPI over one kind of period. Share KPIs: a percentage above 0 and at
 * most 100 (`invalid`, field `value`, reason `out-of-range`); counts: a whole number from 1 to
 * `INSIGHTS_LIMITS.targetMax`.
 */
export interface TargetDraft {
  metric: MetricId;
  per: TargetPeriod;
  value: number;
}

export interface Target extends TargetDraft {
  updatedAt: IsoDateTime;
  updatedBy: string;
}

/**
 * A period `[from, to)`, at most `INSIGHTS_LIMITS.days` days (`invalid`, field `to`, reason
 * `too-long`); `to` after `from` (`invalid`, field `to`, reason `end-before-start`). Elements
 * send local midnights, so days follow the viewer's time zone. The previous period is the one
 * of equal length just before `from`.
 */
export interface InsightsQuery {
  from: IsoDateTime;
  to: IsoDateTime;
}

/** One KPI over the period, against the period before and its target. */
export interface MetricFigure {
  metric: MetricId;
  /**
   * The count, or for share KPIs the percentage (0–100, unrounded). `null` when there is
   * nothing to measure (no tasks were due) or when `withheld`.
   */
  value: number | null;
  /** The same over the previous period. */
  previous: number | null;
  /** Share KPIs: the people (or done tasks) counted, and the whole they are a share of. */
  count?: number;
  of?: number;
  /**
   * The target that applies to a period of this length, when one is set: the target whose
   * period is nearest in length by ratio (week 7 days, month 30, quarter 91, year 365: 60 days
   * takes the quarter's, 20 days the month's); a count target
   * is scaled to the period's days unless the period is one of that kind (a month of 28 to 31
   * days, a quarter of 89 to 92, a year of 365 or 366); a share target is never scaled.
   */
  target?: number;
  /**
   * The value per bucket (`InsightsReport.buckets`), each bucket on its own (a share: the people
   * active that day among everyone), `null` where a share has nothing to measure.
   */
  series: (number | null)[];
  /** The group this share is about (everyone, or the managers) has fewer than `INSIGHTS_LIMITS.privacyMin` people. */
  withheld?: boolean;
}

/**
 * One department's figures in the period. Departments with fewer than `INSIGHTS_LIMITS.privacyMin`
 * people are listed with `withheld` and no figures, so nobody can read one person's activity
 * from them; people without a department form a group named `null`. Activity counts where the
 * person who did it belongs (kudos received: where the recipient belongs); onboarding counts
 * where the new hire belongs.
 */
export interface DepartmentFigures {
  name: string | null;
  /** People in the directory in this department. */
  people: number;
  withheld: boolean;
  /** Per KPI: the count, or the percentage for share KPIs (`null`: nothing to measure). Empty when withheld. */
  figures: Partial<Record<MetricId, number | null>>;
}

/** A feed channel's figures in the period (public activity: no threshold applies). */
export interface ChannelFigures {
  channel: string;
  posts: number;
  comments: number;
  reactions: number;
  /** People who posted, commented or reacted in the channel. */
  active: number;
}

/** A post discussed in the period: comments and reactions it received then, hidden posts left out. */
export interface DiscussedPost {
  postId: string;
  channel: string;
  /** The start of its text, plain (at most 140 characters, cut at a word). */
  excerpt: string;
  comments: number;
  reactions: number;
  /** Comments plus reactions in the previous period, to show what is rising. */
  previous: number;
}

export interface InsightsReport {
  from: IsoDateTime;
  to: IsoDateTime;
  /** Start of the previous period (it ends at `from`). */
  previousFrom: IsoDateTime;
  /** People in the directory. */
  people: number;
  /** Buckets are days for periods up to `INSIGHTS_LIMITS.dailyDays` days, weeks beyond. */
  bucket: 'day' | 'week';
  /** Each bucket's start; buckets follow one another from `from`, the last may be cut short by `to`. */
  buckets: IsoDateTime[];
  /** Every KPI in `METRICS` order. */
  metrics: MetricFigure[];
  /** Sorted by name, `null` last. */
  departments: DepartmentFigures[];
  /** Channels with activity in the period, busiest first. */
  channels: ChannelFigures[];
  /** Hashtags used in posts, comments and kudos in the period (hidden posts left out), most used first, at most `INSIGHTS_LIMITS.tags`. */
  tags: TrendingTag[];
  /** Most comments plus reactions in the period first, at most `INSIGHTS_LIMITS.posts`. */
  posts: DiscussedPost[];
}

/** Adoption figures for the communications team and admins (`me().can.viewInsights`; others: `forbidden`). */
export interface InsightsApi {
  report(query: InsightsQuery): Promise<InsightsReport>;
  /** Every target set, in `METRICS` then `TARGET_PERIODS` order. */
  targets(): Promise<Target[]>;
  /** Sets (or replaces) the target for one KPI and kind of period. */
  setTarget(draft: TargetDraft, options: WriteOptions): Promise<Target>;
  /** Removing a target that is not set is a no-op. */
  removeTarget(metric: MetricId, per: TargetPeriod, options: WriteOptions): Promise<void>;
}

// ---------------------------------------------------------------------------- onboarding

/** A calendar date without a time, `YYYY-MM-DD` (a start date, a due date). */
export type IsoDate = string;

/** Who does a task: the new hire, their manager or their buddy. */
export const TASK_OWNERS = ['new-hire', 'manager', 'buddy'] as const;
export type TaskOwner = (typeof TASK_OWNERS)[number];

export interface OnboardingTaskDraft {
  /** Keep the id when editing, so progress stays with the task; new tasks leave it out. */
  id?: string;
  /** 1 to 120 characters. */
  title: string;
  /** Up to 1,000 characters of plain text. */
  text?: string;
  /** An `https:` or `http:` URL. */
  link?: string;
  owner: TaskOwner;
  /** Days after the start date it is due (0 = day one, negative = before day one); -90 to 365. */
  dueDay: number;
}

export interface OnboardingPhaseDraft {
  /** Keep the id when editing; new phases leave it out. */
  id?: string;
  /** 1 to 80 characters, for example "Before day one". */
  title: string;
  tasks: OnboardingTaskDraft[];
}

/** Who a campaign is for; every part given must match. People are enrolled when the rule is saved and when they arrive. */
export interface OnboardingAudience {
  departments?: string[];
  locations?: string[];
  /** Start dates in `[startFrom, startTo]`, inclusive; people without a start date never match. */
  startFrom?: IsoDate;
  startTo?: IsoDate;
}

/** "90% of tasks done within 30 days": `percent` 1 to 100, `days` 1 to 365. */
export interface OnboardingTarget {
  percent: number;
  days: number;
}

export interface CampaignDraft {
  /** 1 to 120 characters. */
  title: string;
  /** Up to 2,000 characters. */
  description: string;
  /** 1 to 10 phases with 1 to 100 tasks in all; a phase may be empty while others have tasks. */
  phases: OnboardingPhaseDraft[];
  /** Absent: people are enrolled by hand or by import only. */
  audience?: OnboardingAudience;
  target: OnboardingTarget;
}

export interface OnboardingTask extends Required<Pick<OnboardingTaskDraft, 'id'>>, Omit<OnboardingTaskDraft, 'id'> {}

export interface OnboardingPhase {
  id: string;
  title: string;
  tasks: OnboardingTask[];
}

export interface Campaign {
  id: string;
  title: string;
  description: string;
  phases: OnboardingPhase[];
  audience?: OnboardingAudience;
  target: OnboardingTarget;
  status: 'active' | 'archived';
  createdBy: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  /** People enrolled. */
  enrolled: number;
}

/** One person in one campaign. */
export interface Enrolment {
  campaignId: string;
  personId: string;
  startDate: IsoDate;
  managerId?: string;
  buddyId?: string;
  /** How they came in. */
  source: 'audience' | 'hand' | 'import';
  enrolledAt: IsoDateTime;
}

export interface EnrolmentInput {
  personId: string;
  /** Defaults to the person's own start date; required when they have none. */
  startDate?: IsoDate;
  managerId?: string;
  buddyId?: string;
}

/**
 * Where a task stands for one person, in UTC calendar days on the store's clock: `due-soon` from
 * 3 days before the due date through the due date, `overdue` from the day after.
 */
export type TaskState = 'done' | 'overdue' | 'due-soon' | 'upcoming';

export interface ChecklistTask extends OnboardingTask {
  phaseId: string;
  /**
   * The start date plus `dueDay`; but never earlier than 3 days (`LIMITS.dueSoonDays`) after
   * the person was enrolled, so someone enrolled late never starts with overdue tasks.
   */
  dueDate: IsoDate;
  done: boolean;
  doneAt?: IsoDateTime;
  doneBy?: string;
  state: TaskState;
  /** The viewer may tick it: the task's owner for this person (the new hire, their manager or their buddy). */
  canTick: boolean;
}

/** One person's checklist in one campaign. */
export interface Checklist {
  campaign: Pick<Campaign, 'id' | 'title' | 'description' | 'status'>;
  enrolment: Enrolment;
  phases: { id: string; title: string; tasks: ChecklistTask[] }[];
  progress: { done: number; total: number; overdue: number };
}

/** One row of a people import, as read from a CSV file (see `parseCsvImport`). */
export interface ImportRow {
  name: string;
  email: string;
  startDate: IsoDate;
  department?: string;
}

/** What importing a row would do (preview) or did. Rows are numbered from 1, after the header. */
export interface ImportRowResult {
  row: number;
  email: string;
  /** `enrol`: a known colleague; `add`: a new person is added to the directory and enrolled; `skip`: already enrolled. */
  outcome: 'enrol' | 'add' | 'skip' | 'error';
  personId?: string;
  /** For `error`: which field and why (slugs as in PleinError details). */
  error?: { field: keyof ImportRow; reason: string };
}

/** How a campaign's people are doing, against its target. */
export interface CohortReport {
  campaignId: string;
  target: OnboardingTarget;
  enrolled: number;
  /**
   * Percent of the tasks due so far (due today included) that are done, over everyone enrolled;
   * null while nothing is due yet. Percentages are whole numbers rounded down, so 100 means all.
   */
  progress: number | null;
  /**
   * Percent of tasks due within `target.days` that were done within `target.days` of the start
   * date (that day counting), over the people whose window has passed (from the day after);
   * null while nobody's have.
   */
  achieved: number | null;
  /** `achieved` (or, before anyone's window has passed, `progress`) reaches the target. Null while both are null. */
  onTrack: boolean | null;
  /** In campaign order; `done` counts everyone who did it, due or not. */
  tasks: {
    taskId: string;
    phaseId: string;
    title: string;
    owner: TaskOwner;
    done: number;
    due: number;
    overdue: number;
  }[];
  /** In start-date order, ties by id. */
  people: {
    personId: string;
    startDate: IsoDate;
    done: number;
    total: number;
    overdue: number;
    state: 'done' | 'on-track' | 'behind';
  }[];
}

export interface OnboardingApi {
  /** Checklists of the viewer as a new hire, newest start date first (active campaigns). */
  mine(): Promise<Checklist[]>;
  /** Checklists of the new hires the viewer is manager or buddy for, soonest start first. */
  assigned(): Promise<Checklist[]>;
  /**
   * One person's checklist: that person, their manager or buddy, and the communications team
   * (`forbidden` for anyone else); `not-found` when not enrolled. Archived campaigns stay readable.
   */
  checklist(campaignId: string, personId: string): Promise<Checklist>;
  /**
   * Ticks or unticks a task for a person: only its owner (see `canTick`); `forbidden`
   * otherwise. Safe to retry. Ticking a ticked task keeps its first `doneAt`.
   */
  tick(
    campaignId: string,
    personId: string,
    taskId: string,
    done: boolean,
    options: WriteOptions,
  ): Promise<ChecklistTask>;

  // The communications team (`me().can.manageOnboarding`) from here on.
  campaigns(query?: { status?: Campaign['status'] }): Promise<Campaign[]>;
  campaign(id: string): Promise<Campaign>;
  /** `invalid` naming the field (`title`, `phases`, `tasks`, `dueDay`, `link`, `percent`, `days`, `startTo` …) with `index`/`phase` where it helps. */
  createCampaign(draft: CampaignDraft, options: WriteOptions): Promise<Campaign>;
  /**
   * Replaces the campaign's content. Tasks keep their progress by id; a removed task's progress
   * is kept out of sight and comes back if the task does; the audience rule enrols newcomers.
   */
  updateCampaign(id: string, draft: CampaignDraft, options: WriteOptions): Promise<Campaign>;
  /** A new active campaign with the same content (not the audience) under `title`; nobody enrolled. */
  copyCampaign(id: string, title: string, options: WriteOptions): Promise<Campaign>;
  /** Archived campaigns keep their data and disappear from checklists; `false` brings one back. */
  archiveCampaign(id: string, archived: boolean, options: WriteOptions): Promise<Campaign>;
  enrolments(campaignId: string, page?: PageRequest): Promise<Page<Enrolment>>;
  /**
   * Enrols one person; the manager defaults to the person's own. A second time replaces start
   * date, manager and buddy (progress, `enrolledAt` and `source` stay). `invalid` reason
   * `unknown-person` or `self` (field `personId`, `managerId`, `buddyId`); `conflict` reason
   * `campaign-archived`. Someone unenrolled by hand is not enrolled again by the audience rule.
   */
  enrol(campaignId: string, input: EnrolmentInput, options: WriteOptions): Promise<Enrolment>;
  /** Removes a person from a campaign; their progress is kept should they be enrolled again. */
  unenrol(campaignId: string, personId: string, options: WriteOptions): Promise<void>;
  /**
   * What `importPeople` would do with each row; saves nothing. E-mails match ignoring case. At
   * most 5,000 rows (`too-large`, field `rows`, reason `too-many-rows`).
   */
  previewImport(campaignId: string, rows: readonly ImportRow[]): Promise<ImportRowResult[]>;
  /** Enrols the rows without errors (adding unknown people to the directory, where the store can) and reports every row. */
  importPeople(campaignId: string, rows: readonly ImportRow[], options: WriteOptions): Promise<ImportRowResult[]>;
  cohort(campaignId: string): Promise<CohortReport>;
}

// ---------------------------------------------------------------------------- live updates

export type Topic =
  | { kind: 'poll'; id: string }
  | { kind: 'polls' }
  /** Posts, comments, reactions, pins and moderation in one channel. */
  | { kind: 'feed'; channel: string }
  /** New reports and moderation in every channel the viewer moderates. */
  | { kind: 'moderation' }
  /** The signed-in person's own notifications (`event.notification`). */
  | { kind: 'notifications' }
  /** Kudos given, removed or reacted to, and changes to the values and settings (`configured`). */
  | { kind: 'kudos' }
  /** A campaign: edits, enrolments, ticks (`id` is the campaign, `actorId` who). */
  | { kind: 'onboarding'; campaignId: string }
  /** The campaign list: created, copied, archived (for the communications team). */
  | { kind: 'campaigns' }
  /**
   * Anything that changes the insights: every change on the topics above (with their `type`
   * and `id`), and `configured` when a target changes (`id`: the KPI). For the communications team.
   */
  | { kind: 'insights' };

export interface ChangeEvent {
  topic: Topic;
  /** What changed; elements refetch what they show. */
  type:
    | 'created'
    | 'updated'
    | 'voted'
    | 'closed'
    | 'deleted'
    | 'reacted'
    | 'commented'
    | 'reported'
    | 'moderated'
    | 'notified'
    | 'configured';
  /** The poll, post, comment, kudos or kudos value that changed (`settings` for the kudos settings). */
  id: string;
  /** Feed events: the post the change belongs to (the post itself, or a comment's post). */
  postId?: string;
  /** Feed and kudos events: who made the change, so an element can tell its own writes from others'. */
  actorId?: string;
  /** On the `notifications` topic. */
  notification?: Notification;
  at: IsoDateTime;
}

// ---------------------------------------------------------------------------- the store

export type Feature = 'polls' | 'feed' | 'kudos' | 'onboarding' | 'insights';

/** What a backend can honestly guarantee. Elements offer only what the store can keep. */
export interface Capabilities {
  features: Feature[];
  /** Votes are stored unlinked from voters, so nobody (not even an administrator) can see who voted what. */
  anonymousPolls: boolean;
  /** Results hidden until close cannot be read by anyone before the poll closes. */
  sealedResults: boolean;
  /** How live updates arrive: pushed by the backend, or found by polling. */
  liveUpdates: 'push' | 'polling';
  /** Largest page a list call returns. */
  maxPageSize: number;
}

export interface PleinStore {
  readonly capabilities: Capabilities;
  /** The signed-in person, from the host's sign-in. */
  me(): Promise<Me>;
  readonly people: PeopleApi;
  readonly polls: PollApi;
  readonly feed?: FeedApi;
  readonly kudos?: KudosApi;
  readonly onboarding?: OnboardingApi;
  readonly insights?: InsightsApi;
  /**
   * Calls `onChange` for every change to the topic; returns the unsubscribe function.
   * `urgent`: people are watching this live (a presenter view on a big screen), so a store that
   * polls for changes checks more often while such a subscription is open.
   */
  subscribe(topic: Topic, onChange: (event: ChangeEvent) => void, options?: { urgent?: boolean }): () => void;
}
