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

export interface Post {
  id: string;
  channel: string;
  authorId: string;
  text: string;
  createdAt: IsoDateTime;
  editedAt?: IsoDateTime;
}

export interface FeedApi {
  list(channel: string, page?: PageRequest): Promise<Page<Post>>;
  post(channel: string, text: string, options: WriteOptions): Promise<Post>;
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

export type Topic = { kind: 'poll'; id: string } | { kind: 'polls' } | { kind: 'feed'; channel: string };

export interface ChangeEvent {
  topic: Topic;
  /** What changed; elements refetch what they show. */
  type: 'created' | 'updated' | 'voted' | 'closed' | 'deleted';
  id: string;
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
