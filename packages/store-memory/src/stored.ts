import type { KudosSettings, KudosValue } from '@plein/core';
import type { Change } from './db.js';
import { rebuildIndex } from './feed-index.js';
import { rebuildKudosIndex } from './kudos-index.js';
import {
  emptyIndex,
  type CampaignRecord,
  type ChannelRecord,
  type CommentRecord,
  type KudosRecord,
  type PersonRecord,
  type PollRecord,
  type PostRecord,
  type State,
  type UploadRecord,
} from './state.js';

/**
 * The stored form of the state: JSON with Maps and Sets as arrays, versioned, after a checksum
 * of that JSON. Data read back is used only when the checksum matches: another version, a hand
 * edit or a half-written value is ignored, never misread. (A checksum instead of a check of
 * every field keeps the store in its size budget.) Versions 1 (polls only) and 2 (no kudos),
 * saved without a checksum, are migrated as they were written; version 3 is version 4 without
 * onboarding.
 */

/** Bumped when the stored shape changes. 2: the feed. 3: kudos. 4: onboarding. */
export const STORAGE_VERSION = 4;

type StoredPoll = Omit<PollRecord, 'ballots' | 'voters'> & { ballots: [string, string[]][]; voters: string[] };

interface StoredV1 {
  version: 1;
  seq: number;
  people: PersonRecord[];
  polls: StoredPoll[];
  keys: [string, string][];
}

interface StoredV2 extends Omit<StoredV1, 'version'> {
  version: 2;
  channels: ChannelRecord[];
  posts: PostRecord[];
  comments: CommentRecord[];
  uploads: UploadRecord[];
  removed: string[];
}

interface Stored extends Omit<StoredV2, 'version'> {
  version: typeof STORAGE_VERSION | 3;
  kudosValues: KudosValue[];
  kudos: KudosRecord[];
  kudosSettings: KudosSettings;
  journal: Change[];
  changeCount: number;
  /** Absent in version 3. */
  campaigns?: CampaignRecord[];
}

/** Ends the saved object, after every other field. */
const CHECKSUM = '"checksum":';

/** FNV-1a of the saved text, in base 36: tells a save of this code from one edited or cut short since. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

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
    kudosValues: [...state.kudosValues.values()],
    kudos: [...state.kudos.values()],
    kudosSettings: state.kudosSettings,
    campaigns: [...state.campaigns.values()],
    journal: state.journal,
    changeCount: state.changeCount,
  };
  const json = JSON.stringify(stored);
  return `${json.slice(0, -1)},${CHECKSUM}"${checksum(json)}"}`;
}

/** The state in `raw`, or undefined when it is missing, corrupt, changed by hand or of an unknown version. */
export function deserialize(raw: string | null): State | undefined {
  if (raw === null) return undefined;
  // The checksum covers the saved object without it (JSON escapes every `"` in a string value).
  const at = raw.lastIndexOf(`,${CHECKSUM}"`);
  try {
    const read = JSON.parse(raw) as (Stored | StoredV2 | StoredV1) & { checksum?: unknown };
    let stored: Stored | undefined;
    if (at >= 0) {
      const intact = read.checksum === checksum(`${raw.slice(0, at)}}`);
      stored = intact && (read.version === STORAGE_VERSION || read.version === 3) ? (read as Stored) : undefined;
    } else if (read.version === 2) stored = migrateV2(read);
    else if (read.version === 1) stored = migrateV2(migrateV1(read));
    return stored && toState(stored);
  } catch {
    return undefined; // not JSON, or older data that lacks a part
  }
}

const byId = <T extends { id: string }>(records: T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

/** The state a save holds, with its lookups rebuilt. */
function toState(stored: Stored): State {
  const state: State = {
    seq: stored.seq,
    people: byId(stored.people),
    polls: new Map(
      stored.polls.map((poll) => [poll.id, { ...poll, ballots: new Map(poll.ballots), voters: new Set(poll.voters) }]),
    ),
    keys: new Map(stored.keys),
    channels: byId(stored.channels),
    posts: byId(stored.posts),
    comments: byId(stored.comments),
    uploads: new Map(stored.uploads.map((upload) => [upload.attachment.id, upload])),
    removed: new Set(stored.removed),
    kudosValues: byId(stored.kudosValues),
    kudos: byId(stored.kudos),
    kudosSettings: stored.kudosSettings,
    campaigns: byId(stored.campaigns ?? []),
    journal: stored.journal,
    changeCount: stored.changeCount,
    index: emptyIndex(),
    kudosIndex: new Map(),
  };
  rebuildIndex(state);
  rebuildKudosIndex(state);
  return state;
}

/** Version 1 held people and polls only: the feed starts empty. */
function migrateV1(stored: StoredV1): StoredV2 {
  return {
    ...stored,
    version: 2,
    channels: [],
    posts: [],
    comments: [],
    uploads: [],
    removed: [],
  };
}

/**
 * Version 2 had no kudos, and told other tabs of changes by revision numbers on each record
 * (left in place, unread) and a list of notifications: the journal starts empty.
 */
function migrateV2(stored: StoredV2): Stored {
  return {
    ...stored,
    version: STORAGE_VERSION,
    kudosValues: [],
    kudos: [],
    kudosSettings: { peopleLeaderboard: false },
    journal: [],
    changeCount: 0,
  };
}
