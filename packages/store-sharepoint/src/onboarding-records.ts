/**
 * Onboarding's items as records, and the reads that find them (schema-onboarding.ts). Every
 * read filters on an indexed column that narrows it: a campaign's id, one person in one
 * campaign (`Enrolment`), a person, a manager or a buddy.
 */
import type { Campaign, Enrolment, OnboardingAudience, OnboardingPhase, OnboardingTarget } from '@plein/core';
import type { SpClient } from './client.js';
import { parseJson } from './context.js';
import { addItem, authorOf, dateOf, listCall, listStamp, type Row } from './lists.js';
import { readAll, readPage, type Clause } from './paging.js';
import { LISTS, type ListDef } from './schema.js';
import { ONBOARDING_LISTS as L } from './schema-onboarding.js';

export interface CampaignRecord extends Omit<Campaign, 'enrolled'> {
  itemId: number;
  /** The key of the last edit (`SavedKey`), so a retried edit applies once. */
  savedKey: string;
}

export interface EnrolmentRecord extends Enrolment {
  /** The item's ID; undefined for someone the audience rule takes who has no item yet. */
  itemId?: number;
  active: boolean;
  importKey?: string;
  added?: boolean;
  /** Every item of this person in this campaign, oldest first: who was manager and buddy when. */
  history?: { at: number; managerId?: string; buddyId?: string }[];
}

export interface TickRecord {
  itemId: number;
  taskId: string;
  done: boolean;
  at: string;
  by: string;
}

/** One person in one campaign: the `Enrolment` column of enrolments and ticks. */
export const pairOf = (campaignId: string, personId: string): string => `${campaignId}|${personId}`;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

const CAMPAIGN_SELECT = [
  'ID',
  'PleinId',
  'Title',
  'Description',
  'Content',
  'Status',
  'SavedKey',
  'Created',
  'Modified',
  'Author/Name',
];

interface Content {
  phases: OnboardingPhase[];
  audience?: OnboardingAudience;
  target: OnboardingTarget;
}

export function campaignOf(row: Row): CampaignRecord {
  const content = parseJson<Partial<Content>>(row.Content, {});
  const record: CampaignRecord = {
    itemId: Number(row.ID),
    id: String(row.PleinId),
    title: String(row.Title ?? ''),
    description: String(row.Description ?? ''),
    phases: Array.isArray(content.phases) ? content.phases : [],
    target: content.target ?? { percent: 100, days: 30 },
    status: row.Status === 'archived' ? 'archived' : 'active',
    createdBy: authorOf(row),
    createdAt: dateOf(row.Created) ?? '',
    updatedAt: dateOf(row.Modified) ?? dateOf(row.Created) ?? '',
    savedKey: String(row.SavedKey ?? ''),
  };
  if (content.audience) record.audience = content.audience;
  return record;
}

/** A campaign's fields as written. */
export const campaignFields = (c: Pick<Campaign, 'title' | 'description' | 'phases' | 'audience' | 'target'>): Row => ({
  Title: c.title,
  Description: c.description,
  Content: JSON.stringify({ phases: c.phases, ...(c.audience ? { audience: c.audience } : {}), target: c.target }),
});

/** Every campaign, oldest first (a short list: the team's campaigns). */
export async function readCampaigns(sp: SpClient): Promise<CampaignRecord[]> {
  const out: CampaignRecord[] = [];
  for await (const page of readAll(sp, L.campaigns, {
    select: CAMPAIGN_SELECT,
    expand: ['Author'],
    orderBy: { field: 'ID' },
  }))
    out.push(...page.map(campaignOf));
  return out;
}

export async function findCampaign(sp: SpClient, id: unknown): Promise<CampaignRecord | undefined> {
  if (typeof id !== 'string' || !id) return undefined;
  const page = await readPage(sp, L.campaigns, {
    where: [{ field: 'PleinId', op: 'eq', value: id }],
    select: CAMPAIGN_SELECT,
    expand: ['Author'],
    orderBy: { field: 'ID' },
    top: 1,
  });
  return page.items[0] ? campaignOf(page.items[0]) : undefined;
}

function enrolmentOf(row: Row): EnrolmentRecord {
  const record: EnrolmentRecord = {
    itemId: Number(row.ID),
    campaignId: String(row.CampaignId),
    personId: String(row.PersonId),
    startDate: String(row.StartDate ?? ''),
    source: (['audience', 'import'] as const).find((s) => s === row.Source) ?? 'hand',
    enrolledAt: dateOf(row.EnrolledAt) ?? dateOf(row.Created) ?? '',
    active: row.Active === true,
  };
  const optional = [
    ['managerId', text(row.ManagerId)],
    ['buddyId', text(row.BuddyId)],
    ['importKey', text(row.ImportKey)],
  ] as const;
  for (const [name, value] of optional) if (value !== undefined) record[name] = value;
  if (row.Added === true) record.added = true;
  return record;
}

/** An enrolment's fields as written. */
export function enrolmentFields(e: EnrolmentRecord, key: string): Row {
  return {
    Title: e.personId,
    WriteKey: key,
    CampaignId: e.campaignId,
    Enrolment: pairOf(e.campaignId, e.personId),
    PersonId: e.personId,
    ManagerId: e.managerId ?? null,
    BuddyId: e.buddyId ?? null,
    StartDate: e.startDate,
    Source: e.source,
    EnrolledAt: e.enrolledAt,
    Active: e.active,
    ImportKey: e.importKey ?? null,
    Added: e.added === true,
  };
}

/**
 * The enrolments items matching `where` say, each person in each campaign once: their latest
 * item (items are never updated, so the highest ID is the newest).
 */
export async function readEnrolments(sp: SpClient, where: Clause[]): Promise<Map<string, EnrolmentRecord>> {
  const latest = new Map<string, EnrolmentRecord>();
  for await (const page of readAll(sp, L.enrolments, { where, orderBy: { field: 'ID' } }))
    for (const row of page) {
      const record = enrolmentOf(row);
      const pair = pairOf(record.campaignId, record.personId);
      const { managerId, buddyId } = record;
      record.history = [
        ...(latest.get(pair)?.history ?? []),
        { at: Date.parse(String(row.Created)), ...(managerId ? { managerId } : {}), ...(buddyId ? { buddyId } : {}) },
      ];
      latest.set(pair, record);
    }
  return latest;
}

/** A person's ticks in a campaign, oldest first. */
export async function readTicks(sp: SpClient, campaignId: string, personId: string): Promise<TickRecord[]> {
  const out: TickRecord[] = [];
  const pages = readAll(sp, L.ticks, {
    where: [{ field: 'Enrolment', op: 'eq', value: pairOf(campaignId, personId) }],
    select: ['ID', 'TaskId', 'Done', 'Created', 'Author/Name'],
    expand: ['Author'],
    orderBy: { field: 'ID' },
  });
  for await (const page of pages)
    for (const row of page)
      out.push({
        itemId: Number(row.ID),
        taskId: String(row.TaskId),
        done: row.Done === true,
        at: dateOf(row.Created) ?? '',
        by: authorOf(row),
      });
  return out;
}

/** An earlier item of mine with this write key, in `list` (a retry finds its first write). */
export async function written(sp: SpClient, list: ListDef, key: string, me: string): Promise<Row | undefined> {
  const page = await readPage(sp, list, {
    where: [{ field: 'WriteKey', op: 'eq', value: key }],
    select: ['ID', 'Author/Name', ...(list === L.campaigns ? ['PleinId'] : [])],
    expand: ['Author'],
    top: 100,
  });
  return page.items.find((row) => authorOf(row) === me);
}

/**
 * When each person arrived: their first People item. The audience rule enrols someone who
 * arrives after a campaign was saved from the moment they arrive. Read again only when the
 * People list changed.
 */
export class Arrivals {
  private stamp: string | undefined;
  private loaded: Promise<Map<string, number>> | undefined;

  constructor(private readonly sp: SpClient) {}

  async all(): Promise<Map<string, number>> {
    const stamp = await listCall(() => listStamp(this.sp, LISTS.people));
    if (stamp !== this.stamp || !this.loaded) {
      this.stamp = stamp;
      this.loaded = this.load().catch((e: unknown) => {
        this.stamp = undefined;
        throw e;
      });
    }
    return this.loaded;
  }

  private async load(): Promise<Map<string, number>> {
    const first = new Map<string, number>();
    for await (const page of readAll(this.sp, LISTS.people, {
      select: ['ID', 'PersonId', 'Created'],
      orderBy: { field: 'ID' },
    }))
      for (const row of page) {
        const id = String(row.PersonId);
        if (!first.has(id)) first.set(id, Date.parse(String(row.Created)) || 0);
      }
    return first;
  }
}

/** Tells pollers what changed (after the write it announces went through). */
export async function logChange(
  sp: SpClient,
  campaignId: string,
  change: 'created' | 'updated' | 'people',
): Promise<void> {
  await addItem(sp, L.changes, { Title: campaignId, CampaignId: campaignId, Change: change });
}

/** Writes down the enrolments the audience rule made, so a changed rule or archive keeps them. */
export async function materialize(sp: SpClient, implicit: readonly EnrolmentRecord[], key: string): Promise<void> {
  for (const e of implicit) if (e.itemId === undefined) await addItem(sp, L.enrolments, enrolmentFields(e, key));
}
