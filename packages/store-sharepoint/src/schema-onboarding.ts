/**
 * Onboarding's lists. Campaigns and enrolments are the communications team's (`teamManage`,
 * `readOnlyForMembers`: the team holds Full Control, members and visitors only read, so nobody
 * else creates a campaign or enrols anyone, even over REST). Ticks are everyone's own items (WriteSecurity 2): a tick counts only when its
 * `Author` is the task's owner for that person. The change log tells pollers what changed, in
 * the order it happened, across the three lists.
 */
import type { FieldDef, ListDef } from './schema.js';

const key: FieldDef = { name: 'WriteKey', type: 'Text', indexed: true };
const campaignId: FieldDef = { name: 'CampaignId', type: 'Text', indexed: true, required: true };
/** `<campaignId>|<personId>`: one person in one campaign, the narrowest filter (past 5,000 items too). */
const enrolment: FieldDef = { name: 'Enrolment', type: 'Text', indexed: true, required: true };

/**
 * One item per campaign: its title in `Title`, its content as JSON (phases and tasks with their
 * ids, audience, target). Who created it is `Author`; `Modified` is when it was last saved.
 */
const campaigns: ListDef = {
  title: 'Plein Campaigns',
  fields: [
    key,
    { name: 'PleinId', type: 'Text', indexed: true, required: true },
    { name: 'Description', type: 'Note' },
    { name: 'Content', type: 'Note' },
    { name: 'Status', type: 'Text', indexed: true },
    // The key of the last edit, so a retried edit applies once.
    { name: 'SavedKey', type: 'Text' },
  ],
  writeSecurity: 2,
  teamManage: true,
  readOnlyForMembers: true,
};

/**
 * Enrolments, never updated: each enrol, re-enrol or unenrol adds an item, and the latest item
 * of a person in a campaign is their enrolment (`Active` false: unenrolled by hand).
 */
const enrolments: ListDef = {
  title: 'Plein Enrolments',
  fields: [
    key,
    campaignId,
    enrolment,
    { name: 'PersonId', type: 'Text', indexed: true, required: true },
    { name: 'ManagerId', type: 'Text', indexed: true },
    { name: 'BuddyId', type: 'Text', indexed: true },
    { name: 'StartDate', type: 'Text' },
    { name: 'Source', type: 'Text' },
    { name: 'EnrolledAt', type: 'DateTime' },
    { name: 'Active', type: 'Boolean' },
    // The key of the import that enrolled them, and whether it added them to the directory.
    { name: 'ImportKey', type: 'Text' },
    { name: 'Added', type: 'Boolean' },
  ],
  writeSecurity: 2,
  teamManage: true,
  readOnlyForMembers: true,
};

/** Ticks and unticks, never updated: the latest counted item of a task decides. */
const ticks: ListDef = {
  title: 'Plein Ticks',
  fields: [
    key,
    campaignId,
    enrolment,
    { name: 'TaskId', type: 'Text', required: true },
    { name: 'Done', type: 'Boolean' },
  ],
  writeSecurity: 2,
  indexedBuiltIns: ['Created'],
};

/**
 * What changed, one item per write, by whoever wrote: `Change` is `created` or `updated` (a
 * campaign) or `people` (enrolments and ticks). Only a signal to refetch: an item a colleague
 * adds by hand changes no data.
 */
const changes: ListDef = {
  title: 'Plein Onboarding Changes',
  fields: [campaignId, { name: 'Change', type: 'Text' }],
  writeSecurity: 2,
};

export const ONBOARDING_LISTS = { campaigns, enrolments, ticks, changes };
