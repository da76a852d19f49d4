import type {
  Attachment,
  Campaign,
  Enrolment,
  IsoDateTime,
  KudosSettings,
  KudosValue,
  Person,
  Pin,
  PollKind,
  Reaction,
  ReportReason,
  ResultsVisibility,
  Role,
  Target,
} from '@plein/core';
import type { Change } from './db.js';

/** What the memory store keeps. Maps and Sets at run time; persistence turns them into arrays. */
export interface State {
  people: Map<string, PersonRecord>;
  polls: Map<string, PollRecord>;
  /** Creation counter: orders polls, posts, comments and reactions, and makes cursors. */
  seq: number;
  /** `person \n operation \n key` → id of the first result, oldest first (bounded). */
  keys: Map<string, string>;
  /** Channels with settings of their own; any other channel exists with the defaults. */
  channels: Map<string, ChannelRecord>;
  posts: Map<string, PostRecord>;
  comments: Map<string, CommentRecord>;
  /** Uploaded images: waiting for a post (no `postId`) or attached to one. */
  uploads: Map<string, UploadRecord>;
  /** Ids of removed posts, comments and kudos, so removing twice is a no-op rather than `not-found`. */
  removed: Set<string>;
  /** The organisation's values, in the order they were created (archived ones stay). */
  kudosValues: Map<string, KudosValue>;
  kudos: Map<string, KudosRecord>;
  kudosSettings: KudosSettings;
  /** Onboarding campaigns, each with everyone ever enrolled in it. */
  campaigns: Map<string, CampaignRecord>;
  /** Insights targets, one per KPI and kind of period, in `METRICS` then `TARGET_PERIODS` order. */
  targets: Target[];
  /**
   * The latest changes, oldest first (bounded), and how many were ever made: another tab
   * announces the ones it has not seen yet (notifications included).
   */
  journal: Change[];
  changeCount: number;
  /** Derived from the records above; never stored, rebuilt on load. */
  index: FeedIndex;
  kudosIndex: KudosIndex;
}

export interface PersonRecord extends Person {
  roles: Role[];
}

export interface PollRecord {
  id: string;
  seq: number;
  question: string;
  /** Each option carries its own tally. */
  options: { id: string; label: string; votes: number }[];
  /** Next number for an option id (`o1`, `o2`, ...), so edited options never reuse an id. */
  nextOption: number;
  kind: PollKind;
  maxChoices: number;
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  createdBy: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  closesAt?: IsoDateTime;
  /** Closed by hand; a passed deadline is derived from the clock instead. */
  closedAt?: IsoDateTime;
  /** Public polls: each voter's choice. Always empty for anonymous polls. */
  ballots: Map<string, string[]>;
  /** Anonymous polls: who voted, never what (the tally lives on the options). Empty for public polls. */
  voters: Set<string>;
  /** Public polls: when each voter last cast their ballot. Empty for anonymous polls. */
  votedAt: Map<string, IsoDateTime>;
  /** Anonymous polls: when each ballot was cast, never by whom (stored sorted). Empty for public polls. */
  voteTimes: IsoDateTime[];
}

export interface ChannelRecord {
  id: string;
  moderatorIds: string[];
}

/** One person's reaction of one kind; `seq` orders reactors newest first. */
export interface ReactionRecord {
  by: string;
  reaction: Reaction;
  seq: number;
  /** When it was made, in `toISOString()` form. */
  at: IsoDateTime;
}

export interface ReportRecord {
  by: string;
  reason: ReportReason;
  note?: string;
  at: IsoDateTime;
}

/** What a post and a comment share. `createdAt` is always `toISOString()` form, so strings sort by time. */
export interface EntryRecord {
  id: string;
  seq: number;
  channel: string;
  authorId: string;
  text: string;
  createdAt: IsoDateTime;
  editedAt?: IsoDateTime;
  mentions: string[];
  hashtags: string[];
  reactions: ReactionRecord[];
  reports: ReportRecord[];
  /** The reports' state in the queue: `dismissed` until a new report reopens it. */
  review: 'open' | 'dismissed';
  hidden?: { at: IsoDateTime; by: string; reason?: ReportReason };
}

export interface PostRecord extends EntryRecord {
  kind: 'post';
  /** Upload ids, in the author's order. */
  attachmentIds: string[];
  commentsLocked: boolean;
  /** Set until unpinned; a pin whose `until` passed is inactive (derived from the clock). */
  pin?: Pin;
}

export interface CommentRecord extends EntryRecord {
  kind: 'comment';
  postId: string;
  parentId?: string;
}

export interface UploadRecord {
  attachment: Attachment;
  ownerId: string;
  createdAt: IsoDateTime;
  /** The post it was attached to; an upload is used once. */
  postId?: string;
}

/** `createdAt` in `toISOString()` form, as for feed entries. */
export interface KudosRecord {
  id: string;
  seq: number;
  fromId: string;
  toIds: string[];
  valueId: string;
  message: string;
  createdAt: IsoDateTime;
  mentions: string[];
  hashtags: string[];
  reactions: ReactionRecord[];
}

/** A campaign with its people: unenrolled people stay (inactive) with their progress, should they come back. */
export interface CampaignRecord extends Omit<Campaign, 'enrolled'> {
  seq: number;
  enrolments: EnrolmentRecord[];
}

export interface EnrolmentRecord extends Enrolment {
  /** Orders the people of a campaign (newest first) and makes their cursors. */
  seq: number;
  /** False once unenrolled. */
  active: boolean;
  /** Tasks done, by task id; also of tasks removed from the campaign since (they come back with the task). */
  done: { taskId: string; at: IsoDateTime; by: string }[];
  /** Reminders sent, as `taskId kind`: each once. */
  reminded: string[];
  /** The import (its idempotency key) that enrolled them, and whether it added them to the directory. */
  importKey?: string;
  added?: boolean;
}

/**
 * Kudos lists, each oldest first by (createdAt, seq), under `*` (all), `v:` + value id,
 * `r:` + recipient id and `g:` + giver id: a filtered wall pages through the shortest one.
 */
export type KudosIndex = Map<string, KudosRecord[]>;

/** Lookups kept beside the records so a page never scans everything. */
export interface FeedIndex {
  /** Channel → its posts, oldest first by (createdAt, seq): pages binary-search their cursor. */
  timelines: Map<string, PostRecord[]>;
  /** Post id → its top-level comments; comment id → its replies; oldest first by (createdAt, seq). */
  threads: Map<string, CommentRecord[]>;
  /** Posts with a pin, active or expired. */
  pinned: Set<string>;
  /** Entries with at least one report. */
  reported: Set<string>;
}

export function emptyIndex(): FeedIndex {
  return { timelines: new Map(), threads: new Map(), pinned: new Set(), reported: new Set() };
}

export function emptyState(): State {
  return {
    people: new Map(),
    polls: new Map(),
    seq: 0,
    keys: new Map(),
    channels: new Map(),
    posts: new Map(),
    comments: new Map(),
    uploads: new Map(),
    removed: new Set(),
    kudosValues: new Map(),
    kudos: new Map(),
    kudosSettings: { peopleLeaderboard: false },
    campaigns: new Map(),
    targets: [],
    journal: [],
    changeCount: 0,
    index: emptyIndex(),
    kudosIndex: new Map(),
  };
}

/** How many idempotency keys are remembered; the oldest are forgotten first. */
export const KEYS_KEPT = 500;

/** How many changes are kept for other tabs to pick up. */
export const JOURNAL_KEPT = 200;
