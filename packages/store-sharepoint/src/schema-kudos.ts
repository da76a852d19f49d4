/**
 * The kudos' lists. Who gave, reacted or removed is always SharePoint's `Author`; counts
 * (reactions, leaderboards) are counted from items, never read from an aggregate.
 *
 * - Values (and the wall's settings) are written by the communications team only: members
 *   and visitors read the list (`readOnlyForMembers`), the team holds Full Control (`teamManage`).
 * - A kudos is its giver's own item (WriteSecurity 2); moderators and the team may delete anyone's
 *   (`moderatorsManage`, `teamManage`). Its `From` column must equal its `Author` (else the
 *   store ignores the item), so nobody gives kudos in someone else's name.
 * - One recipient row per recipient, written by the giver with the kudos: the indexed way to
 *   find kudos received by a person or a department. The store believes a row only where the
 *   kudos item itself names that recipient.
 */
import type { FieldDef, ListDef } from './schema.js';

const key: FieldDef = { name: 'WriteKey', type: 'Text', indexed: true };
const plein: FieldDef = { name: 'PleinId', type: 'Text', indexed: true, required: true };
const from: FieldDef = { name: 'From', type: 'Text', indexed: true };
const valueId: FieldDef = { name: 'ValueId', type: 'Text', indexed: true };

/** Values, in creation order (ID), and one item `PleinId` `settings` with the wall's settings. */
const values: ListDef = {
  title: 'Plein Kudos Values',
  fields: [
    key,
    plein,
    // The last update's key: a retried update finds it (by `Editor`), another value refuses it.
    { name: 'EditKey', type: 'Text', indexed: true },
    // Localized texts as JSON: { en, nl }.
    { name: 'Name', type: 'Note' },
    { name: 'Description', type: 'Note' },
    { name: 'Emoji', type: 'Text' },
    { name: 'Color', type: 'Text' },
    { name: 'Archived', type: 'Boolean' },
    // The settings item only: KudosSettings as JSON.
    { name: 'Settings', type: 'Note' },
  ],
  teamManage: true,
  readOnlyForMembers: true,
};

/**
 * Kudos. `Week` (whole weeks since 1970, from the giver's clock) buckets the date-range queries
 * of leaderboards, so each query's first clause matches one week, not every kudos since `from`
 * (a one-sided `Created ge` would pass 5,000 items on a busy site).
 */
const kudos: ListDef = {
  title: 'Plein Kudos',
  fields: [
    key,
    plein,
    from,
    valueId,
    // Recipient ids as JSON, in the order named.
    { name: 'Recipients', type: 'Note' },
    { name: 'Message', type: 'Note' },
    { name: 'Week', type: 'Integer', indexed: true },
  ],
  writeSecurity: 2,
  moderatorsManage: true,
  teamManage: true,
  indexedBuiltIns: ['Created'],
};

/** Who received which kudos (`KudosItem`: the kudos' item ID, which orders the wall). */
const recipients: ListDef = {
  title: 'Plein Kudos Recipients',
  fields: [
    { name: 'KudosItem', type: 'Integer', indexed: true, required: true },
    { name: 'KudosId', type: 'Text' },
    { name: 'To', type: 'Text', indexed: true },
    // The recipient's department when given; the store also checks the current one.
    { name: 'Department', type: 'Text', indexed: true },
    valueId,
    from,
  ],
  writeSecurity: 2,
  moderatorsManage: true,
  teamManage: true,
};

/** One item per person, kudos and reaction kind, switched by `On` (so live updates see who). */
const reactions: ListDef = {
  title: 'Plein Kudos Reactions',
  fields: [
    key,
    { name: 'Target', type: 'Text', indexed: true, required: true },
    { name: 'Reaction', type: 'Text', required: true },
    { name: 'On', type: 'Boolean' },
  ],
  writeSecurity: 2,
  indexedBuiltIns: ['Created'],
};

/**
 * A note per removed kudos, written by who removed it: "removing twice is a no-op", and live
 * updates can name a kudos whose item is gone. It never hides anything: only deleting does.
 */
const removals: ListDef = {
  title: 'Plein Kudos Removals',
  fields: [
    { name: 'KudosId', type: 'Text', indexed: true, required: true },
    { name: 'KudosItem', type: 'Integer' },
    from,
  ],
  writeSecurity: 2,
};

export const KUDOS_LISTS = { values, kudos, recipients, reactions, removals };
