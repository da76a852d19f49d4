import type { KudosSettings, KudosValue, Target } from '@plein/core';
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
 * every field keeps the store in its size budget.) Versions 1 and 2 were saved without one.
 * Each version added parts to the one before, so an older save is read as it was written, with
 * what it lacks made empty; records kept since version 1 carry fields of their time that are
 * left in place, unread (revision numbers; version 2's list of notifications).
 */

/** Bumped when the stored shape changes. 2: the feed. 3: kudos. 4: onboarding. 5: insights. */
export const STORAGE_VERSION = 5;

type StoredPoll = Omit<PollRecord, 'ballots' | 'voters' | 'votedAt' | 'voteTimes'> & {
  ballots: [string, string[]][];
  voters: string[];
  votedAt?: [string, string][];
  voteTimes?: string[];
};

/** A save of any version; the comments say which version added a part. */
interface Stored {
  version: number;
  seq: number;
  people: PersonRecord[];
  polls: StoredPoll[];
  keys: [string, string][];
  /** 2: the feed. */
  channels?: ChannelRecord[];
  posts?: PostRecord[];
  comments?: CommentRecord[];
  uploads?: UploadRecord[];
  removed?: string[];
  /** 3: kudos, and the journal of changes for other tabs. */
  kudosValues?: KudosValue[];
  kudos?: KudosRecord[];
  kudosSettings?: KudosSettings;
  journal?: Change[];
  changeCount?: number;
  /** 4: onboarding. */
  campaigns?: CampaignRecord[];
  /** 5: insights targets, and the times of votes (`votedAt`, `voteTimes`) and reactions (`at`). */
  targets?: Target[];
}

/** Ends the saved object, after every other field. */
const CHECKSUM = '"checksum":';

/** FNV-1a of the saved text, in base 36: tells a save of this code from one edited or cut short since. */
export function checksum(text: string): string {
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
      votedAt: [...poll.votedAt],
      // Sorted, so the order of voters says nothing about the order of votes, nor of their times.
      voters: [...poll.voters].sort(),
      voteTimes: [...poll.voteTimes].sort(),
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
    targets: state.targets,
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
    const read = JSON.parse(raw) as Stored & { checksum?: unknown };
    const intact = at < 0 ? read.version < 3 : read.checksum === checksum(`${raw.slice(0, at)}}`);
    return intact && read.version > 0 && read.version <= STORAGE_VERSION ? toState(read) : undefined;
  } catch {
    return undefined; // not JSON, or data that lacks a part its version had
  }
}

const byId = <T extends { id: string }>(records: T[] = []): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

/** The state a save holds, with its lookups rebuilt. */
function toState(stored: Stored): State {
  const { posts = [], comments = [], kudos = [] } = stored;
  // Before version 5, reactions and votes were saved without a time: they get their holder's.
  for (const holder of [...posts, ...comments, ...kudos]) {
    for (const reaction of holder.reactions) reaction.at ??= holder.createdAt;
  }
  const state: State = {
    seq: stored.seq,
    people: byId(stored.people),
    polls: new Map(
      stored.polls.map((poll) => [
        poll.id,
        {
          ...poll,
          ballots: new Map(poll.ballots),
          voters: new Set(poll.voters),
          votedAt: new Map(poll.votedAt ?? poll.ballots.map(([by]) => [by, poll.createdAt])),
          voteTimes: poll.voteTimes ?? poll.voters.map(() => poll.createdAt),
        },
      ]),
    ),
    keys: new Map(stored.keys),
    channels: byId(stored.channels),
    posts: byId(posts),
    comments: byId(comments),
    uploads: new Map(stored.uploads?.map((upload) => [upload.attachment.id, upload])),
    removed: new Set(stored.removed),
    kudosValues: byId(stored.kudosValues),
    kudos: byId(kudos),
    kudosSettings: stored.kudosSettings ?? { peopleLeaderboard: false },
    campaigns: byId(stored.campaigns),
    targets: stored.targets ?? [],
    journal: stored.journal ?? [],
    changeCount: stored.changeCount ?? 0,
    index: emptyIndex(),
    kudosIndex: new Map(),
  };
  rebuildIndex(state);
  rebuildKudosIndex(state);
  return state;
}
