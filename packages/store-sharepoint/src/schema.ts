/**
 * What Plein keeps on a SharePoint site: lists, their fields (indexed where queries filter,
 * §3), item-level security, and the two groups. Versioned: raise `version` with every change,
 * so a store can tell cheaply whether the site needs `setUpSite` (setup.ts) again.
 * Fields are only ever added; a field that is no longer needed stays (data is never dropped).
 */
import { FEED_LISTS } from './schema-feed.js';
import { INSIGHTS_LISTS } from './schema-insights.js';
import { KUDOS_LISTS } from './schema-kudos.js';
import { ONBOARDING_LISTS } from './schema-onboarding.js';

export type FieldType = 'Text' | 'Note' | 'Integer' | 'Number' | 'DateTime' | 'Boolean' | 'User' | 'UserMulti';

export interface FieldDef {
  /** Internal name; no spaces, so the REST name is predictable. */
  name: string;
  type: FieldType;
  /** Indexed columns are the only ones queries may filter or sort on (paging.ts). */
  indexed?: boolean;
  required?: boolean;
}

export interface ListDef {
  title: string;
  fields: readonly FieldDef[];
  /** 2: everyone but owners reads only their own items (§6). Excludes unique columns. */
  readSecurity?: 1 | 2;
  /** 2: everyone but owners edits only their own items. */
  writeSecurity?: 1 | 2 | 4;
  /** Readable only by the moderators group (unique permissions), e.g. hidden posts. */
  moderatorsOnly?: boolean;
  /**
   * The moderators group may edit and remove everyone's items (Full Control on this list, over
   * WriteSecurity 2), e.g. to close anyone's poll. Everyone else keeps the list's own rules.
   */
  moderatorsManage?: boolean;
  /**
   * The "Plein communications" group may edit and remove everyone's items (Full Control on this
   * list, over WriteSecurity 2), e.g. to remove anyone's kudos or to define the kudos values.
   */
  teamManage?: boolean;
  /**
   * Only owners and the groups that manage the list (`moderatorsManage`, `teamManage`) write:
   * the site's Members and Visitors get Read on this list (unique permissions), e.g. the kudos
   * values, which members must not create or change over REST.
   */
  readOnlyForMembers?: boolean;
  /** Built-in fields to index too (`Author`, `Created`), for "mine" and date-range queries. */
  indexedBuiltIns?: readonly string[];
}

export interface SiteSchema {
  version: number;
  groups: readonly string[];
  lists: readonly ListDef[];
}

export const MODERATORS = 'Plein moderators';
export const COMMUNICATIONS = 'Plein communications';

/** The settings list holds the schema version the site was last set up with. */
export const SETTINGS: ListDef = {
  title: 'Plein Settings',
  fields: [
    { name: 'Key', type: 'Text', indexed: true, required: true },
    { name: 'Value', type: 'Note' },
  ],
  writeSecurity: 4,
};

/** Every item keyed for idempotent writes: a retried create finds its first attempt. */
const key: FieldDef = { name: 'WriteKey', type: 'Text', indexed: true };
/** Plein's own id of the record (seeded or generated), the one the contract speaks of. */
const plein: FieldDef = { name: 'PleinId', type: 'Text', indexed: true, required: true };

/**
 * Polls: the question and options are written once by the creator (WriteSecurity 2: only the
 * creator and owners may edit; moderators may close). Who created it is SharePoint's `Author`.
 */
const polls: ListDef = {
  title: 'Plein Polls',
  fields: [
    key,
    plein,
    { name: 'Question', type: 'Note' },
    // The options as JSON: [{ id, label }]. Written with the poll; frozen once anyone voted.
    { name: 'Options', type: 'Note' },
    { name: 'Kind', type: 'Text' },
    { name: 'MaxChoices', type: 'Integer' },
    { name: 'Visibility', type: 'Text' },
    { name: 'ClosesAt', type: 'DateTime', indexed: true },
    { name: 'ClosedAt', type: 'DateTime' },
  ],
  writeSecurity: 2,
  moderatorsManage: true,
  indexedBuiltIns: ['Author', 'Created'],
};

/**
 * Votes: one item per ballot, never updated. The voter is SharePoint's `Author`, so nobody can
 * vote as someone else, and only a person's latest ballot counts (a changed vote or a double
 * submit never counts twice). WriteSecurity 2: nobody changes another's ballot.
 */
const votes: ListDef = {
  title: 'Plein Votes',
  fields: [
    key,
    { name: 'PollId', type: 'Text', indexed: true, required: true },
    // `<pollId>#<n>`: shards a big poll's ballots under the view threshold (ballots.ts).
    { name: 'Box', type: 'Text', indexed: true },
    // The chosen option ids as JSON.
    { name: 'Choice', type: 'Note' },
  ],
  writeSecurity: 2,
  indexedBuiltIns: ['Author', 'Created'],
};

/**
 * The people Plein knows, by account (`PersonId`): each person's own item, written from their
 * profile on their first visit, and people an onboarding team adds.
 */
const people: ListDef = {
  title: 'Plein People',
  fields: [
    { name: 'PersonId', type: 'Text', indexed: true, required: true },
    { name: 'Email', type: 'Text' },
    { name: 'JobTitle', type: 'Text' },
    { name: 'Department', type: 'Text' },
    { name: 'Location', type: 'Text' },
    { name: 'StartDate', type: 'Text' },
    { name: 'ManagerId', type: 'Text' },
  ],
  writeSecurity: 2,
};

export const LISTS = { people, polls, votes };

export const PLEIN_SCHEMA: SiteSchema = {
  version: 3,
  groups: [MODERATORS, COMMUNICATIONS],
  lists: [
    SETTINGS,
    people,
    polls,
    ...Object.values(ONBOARDING_LISTS),
    votes,
    ...FEED_LISTS,
    ...Object.values(KUDOS_LISTS),
    ...Object.values(INSIGHTS_LISTS),
  ],
};
