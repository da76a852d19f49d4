/**
 * Insights' own list: the targets. Only the communications team and owners write it (the team
 * holds Full Control, `teamManage`; members and visitors only read, `readOnlyForMembers`), so a
 * member cannot set a target even over REST. Items are never updated: each set or removal adds
 * an item, and the latest item of a KPI and kind of period is its target (`Value` empty: removed).
 * Who set it is the item's `Author`, when its `Created`.
 */
import type { FieldDef, ListDef } from './schema.js';

const key: FieldDef = { name: 'WriteKey', type: 'Text', indexed: true };

const targets: ListDef = {
  title: 'Plein Insights Targets',
  fields: [
    key,
    // `<metric> <per>`: one KPI and kind of period.
    { name: 'Goal', type: 'Text', indexed: true, required: true },
    { name: 'Value', type: 'Number' },
  ],
  writeSecurity: 2,
  teamManage: true,
  readOnlyForMembers: true,
};

export const INSIGHTS_LISTS = { targets };
