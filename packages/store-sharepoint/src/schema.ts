/**
 * What Plein keeps on a SharePoint site: lists, their fields (indexed where queries filter,
 * §3), item-level security, and the two groups. Versioned: raise `version` with every change,
 * so a store can tell cheaply whether the site needs `setUpSite` (setup.ts) again.
 * Fields are only ever added; a field that is no longer needed stays (data is never dropped).
 */
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
const at: FieldDef = { name: 'At', type: 'DateTime', indexed: true };
const channel: FieldDef = { name: 'Channel', type: 'Text', indexed: true };

const postFields: readonly FieldDef[] = [
  key,
  at,
  channel,
  { name: 'Body', type: 'Note' },
  { name: 'Mentions', type: 'UserMulti' },
  { name: 'Tags', type: 'Note' },
  { name: 'PinnedAt', type: 'DateTime', indexed: true },
  { name: 'EditedAt', type: 'DateTime' },
];

const votes = (title: string, readSecurity: 1 | 2): ListDef => ({
  title,
  fields: [
    key,
    at,
    { name: 'PollId', type: 'Integer', indexed: true, required: true },
    { name: 'OptionId', type: 'Integer', required: true },
    { name: 'Voter', type: 'User', indexed: true },
  ],
  readSecurity,
  writeSecurity: 2,
});

export const PLEIN_SCHEMA: SiteSchema = {
  version: 1,
  groups: [MODERATORS, COMMUNICATIONS],
  lists: [
    SETTINGS,
    {
      title: 'Plein Polls',
      fields: [
        key,
        at,
        channel,
        { name: 'Question', type: 'Note' },
        { name: 'Kind', type: 'Text' },
        { name: 'Visibility', type: 'Text' },
        { name: 'ClosesAt', type: 'DateTime', indexed: true },
        { name: 'ClosedAt', type: 'DateTime' },
      ],
      writeSecurity: 2,
    },
    {
      title: 'Plein Poll Options',
      fields: [
        key,
        { name: 'PollId', type: 'Integer', indexed: true, required: true },
        { name: 'Position', type: 'Integer' },
      ],
      writeSecurity: 2,
    },
    // Public polls: votes readable by all, live results. Hidden polls: "read own items", so
    // colleagues cannot see who voted what (site owners can; capabilities say so).
    votes('Plein Votes', 1),
    votes('Plein Private Votes', 2),
    { title: 'Plein Posts', fields: postFields, writeSecurity: 2 },
    {
      title: 'Plein Hidden Posts',
      fields: [
        ...postFields,
        { name: 'PostId', type: 'Integer', indexed: true },
        { name: 'HiddenBy', type: 'User' },
        { name: 'Reason', type: 'Note' },
      ],
      moderatorsOnly: true,
    },
    {
      title: 'Plein Comments',
      fields: [
        key,
        at,
        { name: 'PostId', type: 'Integer', indexed: true, required: true },
        { name: 'Body', type: 'Note' },
        { name: 'Mentions', type: 'UserMulti' },
      ],
      writeSecurity: 2,
    },
    {
      title: 'Plein Reactions',
      fields: [
        key,
        at,
        // `post:12` or `comment:40`: one indexed column for both targets.
        { name: 'Target', type: 'Text', indexed: true, required: true },
        { name: 'Reaction', type: 'Text', required: true },
        { name: 'By', type: 'User', indexed: true },
      ],
      writeSecurity: 2,
    },
  ],
};
