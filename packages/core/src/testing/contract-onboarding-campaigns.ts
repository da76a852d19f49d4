import type { Campaign, CampaignDraft } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import {
  NEW_HIRES as H,
  campaignDraft,
  draftOf,
  idsOf,
  key,
  nowIso,
  onboardingSuite,
  taskIds,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** A campaign's content without ids, for comparing what was drafted with what was stored. */
const content = (campaign: Campaign | CampaignDraft) => ({
  title: campaign.title,
  description: campaign.description,
  audience: campaign.audience,
  target: campaign.target,
  phases: campaign.phases.map((phase) => ({
    title: phase.title,
    tasks: phase.tasks.map((task) => ({ ...task, id: undefined })),
  })),
});

export function onboardingCampaignsContract(context: SuiteContext): void {
  const { describe, test } = onboardingSuite(context);

  describe('onboarding: campaigns', () => {
    test('the communications team and admins manage onboarding; members, moderators and managers do not', async ({
      stores,
    }) => {
      const can = async (name: keyof typeof stores) => (await stores[name].me()).can.manageOnboarding;
      equal(await can('cara'), true, 'communications');
      equal(await can('ada'), true, 'admins');
      for (const name of ['alice', 'bob', 'mo', 'zoe', 'nina'] as const) equal(await can(name), false, name);
    });

    test('createCampaign stores the draft with ids for every phase and task, for its creator', async ({
      world,
      cara,
      ada,
    }) => {
      const draft = campaignDraft({ audience: { departments: ['Sales'], startFrom: '2026-06-01' } });
      const campaign = await cara.createCampaign(draft, key());
      ok(campaign.id, 'a campaign has an id');
      deepEqual(content(campaign), content(draft), 'the content reads back');
      const ids = [...campaign.phases.map((p) => p.id), ...taskIds(campaign)];
      ok(
        ids.every((id) => typeof id === 'string' && id.length > 0),
        'every phase and task has an id',
      );
      equal(new Set(ids).size, ids.length, 'ids are distinct');
      deepEqual(
        {
          ...campaign,
          phases: undefined,
          audience: undefined,
          target: undefined,
          title: undefined,
          description: undefined,
        },
        {
          id: campaign.id,
          status: 'active',
          createdBy: P.cara.id,
          createdAt: nowIso(world),
          updatedAt: nowIso(world),
          enrolled: 0,
        },
      );
      deepEqual(await ada.campaign(campaign.id), campaign, 'another manager reads the same campaign');
      deepEqual(idsOf(await ada.campaigns()), [campaign.id]);
    });

    test('titles and texts are trimmed; a campaign without an audience enrols nobody', async ({ cara }) => {
      const draft = campaignDraft({
        title: '  Welkom bij Noordlicht \n',
        description: '  Alles voor je eerste maand. ',
      });
      draft.phases[0]!.title = '  Voor dag één ';
      draft.phases[0]!.tasks[0]!.title = ' Teken je contract ';
      const campaign = await cara.createCampaign(draft, key());
      deepEqual(
        [campaign.title, campaign.description, campaign.phases[0]?.title, campaign.phases[0]?.tasks[0]?.title],
        ['Welkom bij Noordlicht', 'Alles voor je eerste maand.', 'Voor dag één', 'Teken je contract'],
      );
      equal(campaign.audience, undefined);
      equal(campaign.enrolled, 0);
      deepEqual((await cara.enrolments(campaign.id)).items, []);
    });

    test('campaigns() lists every campaign, or those of one status, newest first', async ({ world, cara, ada }) => {
      const first = await cara.createCampaign(campaignDraft({ title: 'First' }), key());
      world.clock.advance(1000);
      const second = await ada.createCampaign(campaignDraft({ title: 'Second' }), key());
      world.clock.advance(1000);
      const third = await cara.createCampaign(campaignDraft({ title: 'Third' }), key());
      await ada.archiveCampaign(second.id, true, key());
      await cara.updateCampaign(first.id, campaignDraft({ title: 'First, edited' }), key());
      deepEqual(idsOf(await cara.campaigns()), [third.id, second.id, first.id], 'by creation, not by edit');
      deepEqual(idsOf(await cara.campaigns({})), [third.id, second.id, first.id]);
      deepEqual(idsOf(await cara.campaigns({ status: 'active' })), [third.id, first.id]);
      deepEqual(idsOf(await ada.campaigns({ status: 'archived' })), [second.id]);
      await rejectsWith(ada.campaigns({ status: 'closed' as 'active' }), 'invalid', 'unknown-value');
    });

    test('updateCampaign replaces the content, keeps id, creator and creation time, and ids of kept tasks', async ({
      world,
      cara,
      ada,
    }) => {
      const created = await cara.createCampaign(campaignDraft(), key());
      world.clock.advance(60_000);
      const draft = draftOf(created);
      draft.title = 'Welcome, updated';
      draft.description = '';
      draft.target = { percent: 90, days: 30 };
      draft.phases[1]!.tasks.push({
        title: 'Meet the team',
        owner: 'new-hire',
        dueDay: 2,
        link: 'http://wiki.example.org/team',
      });
      draft.phases.push({ title: 'Later', tasks: [] });
      const updated = await ada.updateCampaign(created.id, draft, key());
      deepEqual(content(updated), content(draft));
      deepEqual(
        [updated.id, updated.createdBy, updated.createdAt, updated.updatedAt, updated.status],
        [created.id, P.cara.id, created.createdAt, nowIso(world), 'active'],
      );
      deepEqual(taskIds(updated).slice(0, 3), taskIds(created).slice(0, 3), 'kept tasks keep their ids');
      deepEqual(taskIds(updated)[4], taskIds(created)[3]);
      const added = taskIds(updated)[3];
      ok(added && !taskIds(created).includes(added), 'a new task gets a new id');
      deepEqual(
        updated.phases.slice(0, 3).map((p) => p.id),
        created.phases.map((p) => p.id),
        'kept phases keep their ids',
      );
      ok(updated.phases[3]?.id, 'an empty phase is kept, with an id');
      deepEqual(await cara.campaign(created.id), updated);
    });

    test('copyCampaign: a new active campaign with the same content and the given title, nobody enrolled', async ({
      world,
      cara,
      ada,
    }) => {
      const source = await cara.createCampaign(campaignDraft(), key());
      await cara.enrol(source.id, { personId: H.nina.id }, key());
      await cara.archiveCampaign(source.id, true, key());
      world.clock.advance(60_000);
      const copy = await ada.copyCampaign(source.id, '  Welcome (copy) ', key());
      ok(copy.id !== source.id, 'a new id');
      deepEqual(
        { ...content(copy), audience: undefined },
        { ...content(source), title: 'Welcome (copy)', audience: undefined },
        'same phases, tasks and target; the caller’s title',
      );
      deepEqual([copy.status, copy.createdBy, copy.createdAt, copy.enrolled], ['active', P.ada.id, nowIso(world), 0]);
      deepEqual((await cara.enrolments(copy.id)).items, [], 'nobody is enrolled in the copy');
      const original = await cara.campaign(source.id);
      deepEqual(
        [original.status, original.enrolled, original.title],
        ['archived', 1, source.title],
        'the source is untouched',
      );
      const error = await rejectsWith(ada.copyCampaign(source.id, '   ', key()), 'invalid', 'required');
      equal(error.details.field, 'title');
      equal((await cara.campaigns()).length, 2, 'a refused copy saves nothing');
    });

    test('archiving keeps the data; unarchiving brings the campaign back; each twice is a no-op', async ({
      world,
      cara,
    }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      world.clock.advance(60_000);
      const archived = await cara.archiveCampaign(campaign.id, true, key());
      deepEqual(
        { ...archived, status: 'active', updatedAt: undefined },
        { ...campaign, enrolled: 1, updatedAt: undefined },
        'only the status changes',
      );
      equal(archived.status, 'archived');
      equal((await cara.archiveCampaign(campaign.id, true, key())).status, 'archived');
      equal((await cara.enrolments(campaign.id)).items.length, 1, 'enrolments are kept');
      equal((await cara.archiveCampaign(campaign.id, false, key())).status, 'active');
      equal((await cara.archiveCampaign(campaign.id, false, key())).status, 'active');
      equal((await cara.campaign(campaign.id)).status, 'active');
    });

    test('unknown campaigns are not found', async ({ cara }) => {
      const unknown = 'campaign-unknown';
      await rejectsWith(cara.campaign(unknown), 'not-found');
      await rejectsWith(cara.updateCampaign(unknown, campaignDraft(), key()), 'not-found');
      await rejectsWith(cara.copyCampaign(unknown, 'Copy', key()), 'not-found');
      await rejectsWith(cara.archiveCampaign(unknown, true, key()), 'not-found');
      await rejectsWith(cara.enrolments(unknown), 'not-found');
      await rejectsWith(cara.enrol(unknown, { personId: H.nina.id }, key()), 'not-found');
      await rejectsWith(cara.unenrol(unknown, H.nina.id, key()), 'not-found');
      await rejectsWith(cara.previewImport(unknown, []), 'not-found');
      await rejectsWith(cara.importPeople(unknown, [], key()), 'not-found');
      await rejectsWith(cara.cohort(unknown), 'not-found');
      await rejectsWith(cara.checklist(unknown, H.nina.id), 'not-found');
      await rejectsWith(cara.tick(unknown, H.nina.id, 'task', true, key()), 'not-found');
      deepEqual(await cara.campaigns(), []);
    });

    test('the same key twice creates one campaign; another manager’s same key creates their own', async ({
      cara,
      ada,
    }) => {
      const once = key();
      const first = await cara.createCampaign(campaignDraft(), once);
      deepEqual(await cara.createCampaign(campaignDraft(), once), first, 'the retry answers with the first campaign');
      const replay = await cara.createCampaign(campaignDraft({ title: 'Something else' }), once);
      equal(replay.id, first.id, 'a key reused with another draft replays the first');
      deepEqual(idsOf(await cara.campaigns()), [first.id]);
      const adas = await ada.createCampaign(campaignDraft(), once);
      ok(adas.id !== first.id, 'keys belong to the person who sent them');
      const copying = key();
      const copy = await cara.copyCampaign(first.id, 'Copy', copying);
      equal((await cara.copyCampaign(first.id, 'Copy', copying)).id, copy.id, 'a retried copy copies once');
      equal((await cara.campaigns()).length, 3);
    });

    test('returned campaigns are copies', async ({ cara }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      campaign.title = 'Changed';
      campaign.phases[0]!.tasks[0]!.title = 'Changed';
      campaign.phases.pop();
      campaign.target.percent = 1;
      const fresh = await cara.campaign(campaign.id);
      deepEqual(content(fresh), content(campaignDraft()));
      (await cara.campaigns())[0]!.phases.length = 0;
      equal((await cara.campaign(campaign.id)).phases.length, 3);
    });
  });
}
