import type {
  Attachment,
  Reaction,
  ReportReason,
  Capabilities,
  IsoDateTime,
  KudosSettings,
  KudosValue,
  Person,
  PleinStore,
  PollKind,
  PollOption,
  ResultsVisibility,
  Role,
} from '../types.js';
import type { ManualClock } from '../clock.js';
import type { ErrorCode } from '../errors.js';

/** A person to seed, with the roles the backend grants them (member when left out). */
export interface SeedPerson extends Person {
  roles?: Role[];
}

/** A poll to seed as it stands: options carry fixed ids so the seeded votes can name them. */
export interface SeedPoll {
  id: string;
  createdBy: string;
  question: string;
  options: PollOption[];
  kind: PollKind;
  /** Defaults to 1 for single and every option for multiple. */
  maxChoices?: number;
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  createdAt: IsoDateTime;
  /** May lie in the past: a seed skips the rules a creator must follow. */
  closesAt?: IsoDateTime;
  closedAt?: IsoDateTime;
  /** Votes cast so far. An anonymous poll keeps only the tally and who voted, never the link. */
  votes?: { by: string; optionIds: string[]; at?: IsoDateTime }[];
}

/** A channel's own moderators (site-wide moderators and admins moderate every channel anyway). */
export interface SeedChannel {
  id: string;
  moderatorIds: string[];
}

/** A reaction to seed; `at` defaults to when its post, comment or kudos was created. */
export interface SeedReaction {
  by: string;
  reaction: Reaction;
  at?: IsoDateTime;
}

/** A comment or reply to seed (replies name a top-level comment of the same post as parent). */
export interface SeedComment {
  id: string;
  authorId: string;
  text: string;
  createdAt: IsoDateTime;
  parentId?: string;
  reactions?: SeedReaction[];
}

/** A post to seed as it stands, with its comments, reactions, pin and reports. */
export interface SeedPost {
  id: string;
  channel: string;
  authorId: string;
  text: string;
  createdAt: IsoDateTime;
  /** Images as data URLs. */
  attachments?: { name: string; type: Attachment['type']; url: string; alt?: string }[];
  comments?: SeedComment[];
  reactions?: SeedReaction[];
  pin?: { announcement: boolean; until?: IsoDateTime; by: string };
  /** `at` defaults to the post's `createdAt`. */
  reports?: { by: string; reason: ReportReason; note?: string; at?: IsoDateTime }[];
  hidden?: { by: string };
  commentsLocked?: boolean;
}

/** Kudos to seed as given: the rules a giver must follow (self, archived values) are skipped. */
export interface SeedKudos {
  id: string;
  fromId: string;
  toIds: string[];
  valueId: string;
  /** Mention markup and hashtags are read from the text, as when given. */
  message: string;
  createdAt: IsoDateTime;
  reactions?: SeedReaction[];
}

export interface SeedData {
  people: SeedPerson[];
  polls?: SeedPoll[];
  channels?: SeedChannel[];
  /** Oldest first is not required: posts are ordered by `createdAt`. */
  posts?: SeedPost[];
  /** In display order; `archived` defaults to false. */
  kudosValues?: (Omit<KudosValue, 'archived'> & { archived?: boolean })[];
  kudos?: SeedKudos[];
  kudosSettings?: KudosSettings;
}

/** Makes the backend misbehave on purpose. Faults apply to every API call of every person's store. */
export interface Faults {
  /** The next call (or `count` calls) rejects with `code`; `retryAfter` in seconds. */
  failNext(code: ErrorCode, options?: { count?: number; retryAfter?: number }): void;
  /** Calls hang until `release()`. */
  stall(): void;
  release(): void;
  /** Forgets pending failures and releases stalled calls. */
  clear(): void;
}

/** One backend with its data, seen through stores that act as different people. */
export interface World {
  /** A store signed in as `personId`, over this world's shared data. */
  as(personId: string): PleinStore;
  /** Adds people and polls directly, bypassing validation, faults and permissions. */
  seed(data: SeedData): Promise<void>;
  /** The only time the backend knows. */
  clock: ManualClock;
  faults: Faults;
  capabilities: Capabilities;
  dispose?(): Promise<void>;
}

export interface ContractSuiteOptions {
  /** Names the store in test titles. */
  name: string;
  /** A fresh, empty world per test. */
  createWorld(): World | Promise<World>;
  /** node:test's or mocha's `describe` and `it`. */
  describe(name: string, fn: () => void): unknown;
  it(name: string, fn: () => Promise<void>): unknown;
}

/** The cast the suite seeds into every world. */
export const CONTRACT_PEOPLE = {
  alice: {
    id: 'p-alice',
    displayName: 'Alice Andersen',
    email: 'alice.andersen@example.org',
    jobTitle: 'Controller',
    department: 'Finance',
    location: 'Utrecht',
    roles: ['member'],
  },
  bob: {
    id: 'p-bob',
    displayName: 'Bob de Bruijn',
    email: 'bob.debruijn@example.org',
    jobTitle: 'Service desk engineer',
    department: 'IT',
    location: 'Amsterdam',
    roles: ['member'],
  },
  mo: {
    id: 'p-mo',
    displayName: 'Mo Haddou',
    email: 'mo.haddou@example.org',
    jobTitle: 'HR advisor',
    department: 'HR',
    location: 'Rotterdam',
    roles: ['member', 'moderator'],
  },
  cara: {
    id: 'p-cara',
    displayName: 'Cara Jansen',
    email: 'cara.jansen@example.org',
    jobTitle: 'Internal communications lead',
    department: 'Communicatie',
    location: 'Utrecht',
    roles: ['member', 'communications'],
  },
  ada: {
    id: 'p-ada',
    displayName: 'Ada Visser',
    email: 'ada.visser@example.org',
    jobTitle: 'Platform owner',
    department: 'IT',
    location: 'Remote',
    roles: ['member', 'admin'],
  },
  zoe: {
    id: 'p-zoe',
    displayName: 'Zoë van Dijk',
    email: 'zoe.vandijk@example.org',
    jobTitle: 'Account manager',
    department: 'Sales',
    location: 'Amsterdam',
    roles: ['member'],
  },
} satisfies Record<string, SeedPerson & { roles: Role[] }>;

export type CastName = keyof typeof CONTRACT_PEOPLE;

// ---------------------------------------------------------------------------- onboarding seeds
// Declared apart from SeedData above (interfaces merge), with their own imports.
import type { Campaign, Enrolment, TargetDraft } from '../types.js';

/** A campaign to seed as it stands: phases and tasks carry fixed ids, so enrolments and ticks can name them. */
export interface SeedCampaign extends Omit<Campaign, 'enrolled' | 'status' | 'updatedAt'> {
  /** Defaults to `active`. */
  status?: Campaign['status'];
  /** Defaults to `createdAt`. */
  updatedAt?: IsoDateTime;
}

/** One person in one seeded campaign, as enrolled (the rules of enrolling are skipped). */
export interface SeedEnrolment extends Omit<Enrolment, 'source'> {
  /** Defaults to `hand`. */
  source?: Enrolment['source'];
}

/** A task done for an enrolled person: when, and by whom (defaults to the task's owner for them). */
export interface SeedTick {
  campaignId: string;
  personId: string;
  taskId: string;
  at: IsoDateTime;
  by?: string;
}

export interface SeedData {
  /**
   * Onboarding as it stands: reminders whose moment passed before the seed count as sent.
   * People seeded while campaigns exist arrive as new people do: audience rules enrol them.
   */
  campaigns?: SeedCampaign[];
  enrolments?: SeedEnrolment[];
  ticks?: SeedTick[];
  /** Insights targets as set (`updatedBy` defaults to the first person). */
  targets?: (TargetDraft & { updatedAt?: IsoDateTime; updatedBy?: string })[];
}
