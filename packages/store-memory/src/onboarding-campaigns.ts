import {
  PleinError,
  newId,
  parseCampaignDraft,
  type CampaignDraft,
  type ChangeEvent,
  type OnboardingApi,
} from '@plein/core';
import { found, type PersonContext } from './context.js';
import type { Change } from './db.js';
import { enrolAudience } from './onboarding-enrol.js';
import { requireManager, viewCampaign } from './onboarding-rules.js';
import type { CampaignRecord, State } from './state.js';

/** Campaigns, for the communications team: listed, read, created, edited, copied and archived. */

/** A change to a campaign, announced on the campaign list and on the campaign's own topic. */
export const campaignChanges = (id: string, type: ChangeEvent['type'], actorId: string): Change[] => [
  { kind: 'campaigns', id, type, actorId },
  { kind: 'onboarding', id, type, actorId },
];

/** A draft's content as a record holds it: new phases and tasks get ids, kept ones keep theirs (and their progress). */
function applyDraft(campaign: CampaignRecord, draft: CampaignDraft): void {
  campaign.title = draft.title;
  campaign.description = draft.description;
  campaign.phases = draft.phases.map((phase) => ({
    id: phase.id ?? newId('phase'),
    title: phase.title,
    tasks: phase.tasks.map((task) => ({ ...task, id: task.id ?? newId('task') })),
  }));
  if (draft.audience) campaign.audience = draft.audience;
  else delete campaign.audience;
  campaign.target = draft.target;
}

/** The campaign as a draft again, every id left out: the content of a copy. */
function freshDraft(campaign: CampaignRecord, title: unknown): CampaignDraft {
  return {
    title: title as string,
    description: campaign.description,
    phases: campaign.phases.map((phase) => ({
      title: phase.title,
      tasks: phase.tasks.map(({ id: _id, ...task }) => task),
    })),
    target: campaign.target,
  };
}

export function campaignApi(
  context: PersonContext,
): Pick<
  OnboardingApi,
  'campaigns' | 'campaign' | 'createCampaign' | 'updateCampaign' | 'copyCampaign' | 'archiveCampaign'
> {
  const { personId, iso, reading, writing, replayed, remember } = context;

  /** A new active campaign from a checked draft; its audience rule enrols whoever it takes. */
  const create = (state: State, draft: CampaignDraft, key: string, operation: string) => {
    const at = iso();
    const campaign: CampaignRecord = {
      id: newId('campaign'),
      seq: ++state.seq,
      title: '',
      description: '',
      phases: [],
      target: draft.target,
      status: 'active',
      createdBy: personId,
      createdAt: at,
      updatedAt: at,
      enrolments: [],
    };
    applyDraft(campaign, draft);
    state.campaigns.set(campaign.id, campaign);
    enrolAudience(state, campaign, state.people.values(), at);
    remember(state, operation, key, campaign.id);
    return { result: viewCampaign(campaign), changes: campaignChanges(campaign.id, 'created', personId) };
  };

  return {
    campaigns: (query) =>
      reading((state, me) => {
        requireManager(me);
        const status = (query as { status?: unknown } | undefined)?.status;
        if (status !== undefined && status !== 'active' && status !== 'archived') {
          throw new PleinError('invalid', { field: 'status', reason: 'unknown-value' });
        }
        return [...state.campaigns.values()]
          .filter((campaign) => status === undefined || campaign.status === status)
          .sort((a, b) => b.seq - a.seq)
          .map(viewCampaign);
      }),

    campaign: (id) =>
      reading((state, me) => {
        requireManager(me);
        return viewCampaign(found(state.campaigns, id));
      }),

    createCampaign: (draft, options) =>
      writing(options, (state, me, key) => {
        const first = replayed(state, 'onboarding.create', key);
        if (first !== undefined) return { result: viewCampaign(found(state.campaigns, first)) };
        requireManager(me);
        return create(state, parseCampaignDraft(draft), key, 'onboarding.create');
      }),

    updateCampaign: (id, draft, options) =>
      writing(options, (state, me, key) => {
        requireManager(me);
        const campaign = found(state.campaigns, id);
        if (replayed(state, 'onboarding.update', key, campaign.id)) return { result: viewCampaign(campaign) };
        applyDraft(campaign, parseCampaignDraft(draft));
        campaign.updatedAt = iso();
        enrolAudience(state, campaign, state.people.values(), campaign.updatedAt);
        remember(state, 'onboarding.update', key, campaign.id);
        return { result: viewCampaign(campaign), changes: campaignChanges(campaign.id, 'updated', personId) };
      }),

    copyCampaign: (id, title, options) =>
      writing(options, (state, me, key) => {
        requireManager(me);
        const source = found(state.campaigns, id);
        const first = replayed(state, 'onboarding.copy', key);
        if (first !== undefined) return { result: viewCampaign(found(state.campaigns, first)) };
        // Without the audience: a copy enrols nobody until its own rule is set.
        return create(state, parseCampaignDraft(freshDraft(source, title)), key, 'onboarding.copy');
      }),

    archiveCampaign: (id, archived, options) =>
      writing(options, (state, me, key) => {
        requireManager(me);
        const campaign = found(state.campaigns, id);
        if (typeof archived !== 'boolean') throw new PleinError('invalid', { field: 'archived', reason: 'wrong-type' });
        const status = archived ? 'archived' : 'active';
        if (replayed(state, 'onboarding.archive', key, campaign.id) || campaign.status === status) {
          return { result: viewCampaign(campaign) };
        }
        campaign.status = status;
        campaign.updatedAt = iso();
        // Back from the archive, the rule takes whoever arrived meanwhile.
        enrolAudience(state, campaign, state.people.values(), campaign.updatedAt);
        remember(state, 'onboarding.archive', key, campaign.id);
        return { result: viewCampaign(campaign), changes: campaignChanges(campaign.id, 'updated', personId) };
      }),
  };
}
