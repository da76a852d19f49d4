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
}

/** The signed-in person, with the roles the backend grants them. */
export interface Me extends Person {
  roles: Role[];
  /** What the backend lets this person do; elements hide what is not allowed (and the store still refuses it). */
  can: {
    /** Create polls (the memory store lets everyone; a server or SharePoint site may limit it to some roles). */
    createPolls: boolean;
  };
}

export interface PeopleApi {
  /** People whose name, e-mail or department matches; at most `limit` (default 10). */
  search(query: string, options?: { limit?: number }): Promise<Person[]>;
  /** One person; `not-found` when unknown. */
  get(id: string): Promise<Person>;
  /** Several people at once; unknown ids are left out. */
  getMany(ids: readonly string[]): Promise<Person[]>;
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
  kind: 'mention' | 'reply' | 'hidden' | 'restored';
  /** Who did it (the moderator for hidden and restored). */
  actorId: string;
  /** The post or comment concerned, and its post. */
  entryId: string;
  postId: string;
  channel: string;
  at: IsoDateTime;
}

export interface Kudos {
  id: string;
  fromId: string;
  toIds: string[];
  valueId: string;
  message: string;
  createdAt: IsoDateTime;
}

export interface KudosApi {
  list(wall: string, page?: PageRequest): Promise<Page<Kudos>>;
  give(input: Omit<Kudos, 'id' | 'fromId' | 'createdAt'>, options: WriteOptions): Promise<Kudos>;
}

export interface ChecklistTask {
  id: string;
  title: string;
  dueAt?: IsoDateTime;
  done: boolean;
}

export interface OnboardingApi {
  myChecklist(): Promise<ChecklistTask[]>;
  tick(taskId: string, done: boolean, options: WriteOptions): Promise<ChecklistTask>;
}

export interface MetricValue {
  metric: string;
  value: number;
  previous?: number;
  target?: number;
}

export interface InsightsApi {
  metrics(period: { from: IsoDateTime; to: IsoDateTime }): Promise<MetricValue[]>;
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
  | { kind: 'notifications' };

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
    | 'notified';
  /** The poll, post or comment that changed. */
  id: string;
  /** Feed events: the post the change belongs to (the post itself, or a comment's post). */
  postId?: string;
  /** Feed events: who made the change, so an element can tell its own writes from others'. */
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
  /** Calls `onChange` for every change to the topic; returns the unsubscribe function. */
  subscribe(topic: Topic, onChange: (event: ChangeEvent) => void): () => void;
}
