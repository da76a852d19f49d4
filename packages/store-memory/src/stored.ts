import { IMAGE_TYPES, REACTIONS, REPORT_REASONS, type Notification } from '@plein/core';
import { rebuildIndex } from './feed-index.js';
import {
  emptyIndex,
  type ChannelRecord,
  type CommentRecord,
  type PersonRecord,
  type PollRecord,
  type PostRecord,
  type State,
  type UploadRecord,
} from './state.js';

/**
 * The stored form of the state: JSON with Maps and Sets as arrays, versioned. Data read back
 * is shape-checked: another version, a hand edit or a half-written value is ignored, never
 * misread. Version 1 (polls only) is migrated. (Plain checks keep valibot out of this package.)
 */

/** Bumped when the stored shape changes. 2: the feed. */
export const STORAGE_VERSION = 2;

type StoredPoll = Omit<PollRecord, 'ballots' | 'voters'> & { ballots: [string, string[]][]; voters: string[] };

interface StoredV1 {
  version: 1;
  seq: number;
  people: PersonRecord[];
  polls: StoredPoll[];
  keys: [string, string][];
}

interface Stored extends Omit<StoredV1, 'version'> {
  version: typeof STORAGE_VERSION;
  channels: ChannelRecord[];
  posts: PostRecord[];
  comments: CommentRecord[];
  uploads: UploadRecord[];
  removed: string[];
  notifications: Notification[];
}

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isBoolean: Check = (value) => typeof value === 'boolean';
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  (...values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const tuple =
  (...checks: Check[]): Check =>
  (value) =>
    Array.isArray(value) && value.length === checks.length && checks.every((check, i) => check(value[i]));
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(fields).every(([key, check]) => check((value as Record<string, unknown>)[key]));

const CHANGE_TYPES = [
  'created',
  'updated',
  'voted',
  'closed',
  'deleted',
  'reacted',
  'commented',
  'reported',
  'moderated',
  'notified',
] as const;

const isPerson = shape({
  id: isString,
  displayName: isString,
  email: optional(isString),
  jobTitle: optional(isString),
  department: optional(isString),
  location: optional(isString),
  avatarUrl: optional(isString),
  locale: optional(isString),
  roles: arrayOf(oneOf('member', 'moderator', 'communications', 'admin')),
});

const isPoll = shape({
  id: isString,
  seq: isNumber,
  question: isString,
  options: arrayOf(shape({ id: isString, label: isString, votes: isNumber })),
  nextOption: isNumber,
  kind: oneOf('single', 'multiple'),
  maxChoices: isNumber,
  anonymous: isBoolean,
  resultsVisibility: oneOf('always', 'after-vote', 'after-close'),
  createdBy: isString,
  createdAt: isString,
  updatedAt: isString,
  closesAt: optional(isString),
  closedAt: optional(isString),
  ballots: arrayOf(tuple(isString, arrayOf(isString))),
  voters: arrayOf(isString),
  rev: isNumber,
  change: oneOf(...CHANGE_TYPES),
});

const entryFields = {
  id: isString,
  seq: isNumber,
  channel: isString,
  authorId: isString,
  text: isString,
  createdAt: isString,
  editedAt: optional(isString),
  mentions: arrayOf(isString),
  hashtags: arrayOf(isString),
  reactions: arrayOf(shape({ by: isString, reaction: oneOf(...REACTIONS), seq: isNumber })),
  reports: arrayOf(shape({ by: isString, reason: oneOf(...REPORT_REASONS), note: optional(isString), at: isString })),
  review: oneOf('open', 'dismissed'),
  hidden: optional(shape({ at: isString, by: isString, reason: optional(oneOf(...REPORT_REASONS)) })),
  rev: isNumber,
  change: oneOf(...CHANGE_TYPES),
  changedBy: isString,
};

const isPost = shape({
  ...entryFields,
  kind: oneOf('post'),
  attachmentIds: arrayOf(isString),
  commentsLocked: isBoolean,
  pin: optional(shape({ announcement: isBoolean, until: optional(isString), by: isString, at: isString })),
});

const isComment = shape({ ...entryFields, kind: oneOf('comment'), postId: isString, parentId: optional(isString) });

const isUpload = shape({
  attachment: shape({
    id: isString,
    kind: oneOf('image'),
    name: isString,
    type: oneOf(...IMAGE_TYPES),
    size: isNumber,
    url: isString,
    alt: isString,
  }),
  ownerId: isString,
  createdAt: isString,
  postId: optional(isString),
});

const isNotification = shape({
  id: isString,
  personId: isString,
  kind: oneOf('mention', 'reply', 'hidden', 'restored'),
  actorId: isString,
  entryId: isString,
  postId: isString,
  channel: isString,
  at: isString,
});

const v1Fields = {
  seq: isNumber,
  people: arrayOf(isPerson),
  polls: arrayOf(isPoll),
  keys: arrayOf(tuple(isString, isString)),
};

const isStoredV1 = shape({ version: oneOf(1), ...v1Fields }) as (value: unknown) => value is StoredV1;

const isStored = shape({
  version: oneOf(STORAGE_VERSION),
  ...v1Fields,
  channels: arrayOf(shape({ id: isString, moderatorIds: arrayOf(isString) })),
  posts: arrayOf(isPost),
  comments: arrayOf(isComment),
  uploads: arrayOf(isUpload),
  removed: arrayOf(isString),
  notifications: arrayOf(isNotification),
}) as (value: unknown) => value is Stored;

export function serialize(state: State): string {
  const stored: Stored = {
    version: STORAGE_VERSION,
    seq: state.seq,
    people: [...state.people.values()],
    polls: [...state.polls.values()].map((poll) => ({
      ...poll,
      ballots: [...poll.ballots],
      // Sorted, so the order of voters says nothing about the order of votes.
      voters: [...poll.voters].sort(),
    })),
    keys: [...state.keys],
    channels: [...state.channels.values()],
    posts: [...state.posts.values()],
    comments: [...state.comments.values()],
    uploads: [...state.uploads.values()],
    removed: [...state.removed],
    notifications: state.notifications,
  };
  return JSON.stringify(stored);
}

/** The state in `raw`, or undefined when it is missing, corrupt or of an unknown version. */
export function deserialize(raw: string | null): State | undefined {
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const stored = isStored(json) ? json : isStoredV1(json) ? migrateV1(json) : undefined;
  if (!stored) return undefined;
  const state: State = {
    seq: stored.seq,
    people: new Map(stored.people.map((person) => [person.id, person])),
    polls: new Map(
      stored.polls.map((poll) => [poll.id, { ...poll, ballots: new Map(poll.ballots), voters: new Set(poll.voters) }]),
    ),
    keys: new Map(stored.keys),
    channels: new Map(stored.channels.map((channel) => [channel.id, channel])),
    posts: new Map(stored.posts.map((post) => [post.id, post])),
    comments: new Map(stored.comments.map((comment) => [comment.id, comment])),
    uploads: new Map(stored.uploads.map((upload) => [upload.attachment.id, upload])),
    removed: new Set(stored.removed),
    notifications: stored.notifications,
    index: emptyIndex(),
  };
  rebuildIndex(state);
  return state;
}

/** Version 1 held people and polls only: the feed starts empty. */
function migrateV1(stored: StoredV1): Stored {
  return {
    ...stored,
    version: STORAGE_VERSION,
    channels: [],
    posts: [],
    comments: [],
    uploads: [],
    removed: [],
    notifications: [],
  };
}
