/**
 * Campaigns, for the communications team: listed, read, created, edited, copied and archived.
 * The list is the team's (`teamManage`), so nobody else writes one, even over REST.
 */
import {
  PleinError,
  newId,
  parseCampaignDraft,
  parseWriteOptions,
  type Campaign,
  type CampaignDraft,
  type OnboardingApi,
} from '@plein/core';
import { updateWithEtag } from './etag.js';
import { addItem, itemPath, listCall } from './lists.js';
import { dataFor, type Data, type OnboardingContext } from './onboarding-data.js';
import { campaignFields, logChange, materialize, written, type CampaignRecord } from './onboarding-records.js';
import { viewCampaign } from './onboarding-rules.js';
import { ONBOARDING_LISTS as L } from './schema-onboarding.js';

/** A draft's content as stored: new phases and tasks get ids, kept ones keep theirs (and their progress). */
function withIds(draft: CampaignDraft): Pick<Campaign, 'title' | 'description' | 'phases' | 'audience' | 'target'> {
  return {
    title: draft.title,
    description: draft.description,
    phases: draft.phases.map((phase) => ({
      id: phase.id ?? newId('phase'),
      title: phase.title,
      tasks: phase.tasks.map((task) => ({ ...task, id: task.id ?? newId('task') })),
    })),
    ...(draft.audience ? { audience: draft.audience } : {}),
    target: draft.target,
  };
}

/** The campaign as a draft again, every id and the audience left out: the content of a copy. */
const freshDraft = (campaign: CampaignRecord, title: unknown): CampaignDraft => ({
  title: title as string,
  description: campaign.description,
  phases: campaign.phases.map((phase) => ({
    title: phase.title,
    tasks: phase.tasks.map(({ id: _id, ...task }) => task),
  })),
  target: campaign.target,
});

/** A campaign as callers see it, with the number of people enrolled. */
export async function campaignView(data: Data, campaign: CampaignRecord): Promise<Campaign> {
  return viewCampaign(campaign, (await data.activeIn(campaign)).length);
}

export function campaignApi(
  context: OnboardingContext,
): Pick<
  OnboardingApi,
  'campaigns' | 'campaign' | 'createCampaign' | 'updateCampaign' | 'copyCampaign' | 'archiveCampaign'
> {
  const { sp } = context;
  const keyOf = (options: unknown): string => parseWriteOptions(options).idempotencyKey;

  async function create(data: Data, draft: CampaignDraft, key: string): Promise<Campaign> {
    const id = newId('campaign');
    await addItem(sp, L.campaigns, { ...campaignFields(withIds(draft)), PleinId: id, WriteKey: key, Status: 'active' });
    await logChange(sp, id, 'created');
    return campaignView(data, await data.campaign(id));
  }

  /** Saves a change to a campaign: the audience rule's people are written down first. */
  async function save(data: Data, campaign: CampaignRecord, key: string, fields: Record<string, unknown>) {
    const everyone = await data.enrolmentsIn(campaign);
    await materialize(sp, [...everyone.values()], key);
    await updateWithEtag(sp, itemPath(L.campaigns, campaign.itemId), () => ({ ...fields, SavedKey: key }));
    await logChange(sp, campaign.id, 'updated');
    return campaignView(data, await data.campaign(campaign.id));
  }

  return {
    campaigns: (query) =>
      listCall(async () => {
        const data = dataFor(context);
        await data.team();
        const status = (query as { status?: unknown } | undefined)?.status;
        if (status !== undefined && status !== 'active' && status !== 'archived')
          throw new PleinError('invalid', { field: 'status', reason: 'unknown-value' });
        const all = (await data.campaigns()).filter((c) => status === undefined || c.status === status).reverse();
        return Promise.all(all.map((c) => campaignView(data, c)));
      }),

    campaign: (id) =>
      listCall(async () => {
        const data = dataFor(context);
        await data.team();
        return campaignView(data, await data.campaign(id));
      }),

    createCampaign: (draft, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const data = dataFor(context);
        const me = await data.team();
        const first = await written(sp, L.campaigns, key, me.personId);
        if (first) return campaignView(data, await data.campaign(String(first.PleinId)));
        return create(data, parseCampaignDraft(draft), key);
      }),

    updateCampaign: (id, draft, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const data = dataFor(context);
        await data.team();
        const campaign = await data.campaign(id);
        if (campaign.savedKey === key) return campaignView(data, campaign);
        const parsed = parseCampaignDraft(draft);
        return save(data, campaign, key, campaignFields(withIds(parsed)));
      }),

    copyCampaign: (id, title, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const data = dataFor(context);
        const me = await data.team();
        const source = await data.campaign(id);
        const first = await written(sp, L.campaigns, key, me.personId);
        if (first) return campaignView(data, await data.campaign(String(first.PleinId)));
        return create(data, parseCampaignDraft(freshDraft(source, title)), key);
      }),

    archiveCampaign: (id, archived, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const data = dataFor(context);
        await data.team();
        const campaign = await data.campaign(id);
        if (typeof archived !== 'boolean') throw new PleinError('invalid', { field: 'archived', reason: 'wrong-type' });
        const status = archived ? 'archived' : 'active';
        if (campaign.status === status || campaign.savedKey === key) return campaignView(data, campaign);
        return save(data, campaign, key, { Status: status });
      }),
  };
}
