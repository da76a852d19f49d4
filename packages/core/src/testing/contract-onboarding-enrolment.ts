import type { Enrolment } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import {
  NEW_HIRES as H,
  allPages,
  campaignDraft,
  draftOf,
  key,
  nowIso,
  onboardingSuite,
  taskIds,
  taskIn,
  type OnboardingCast,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** Everyone enrolled in a campaign, by person id, read page by page. */
async function enrolled(cara: OnboardingCast['cara'], campaignId: string): Promise<Map<string, Enrolment>> {
  const { items } = await allPages((page) => cara.enrolments(campaignId, page), 2);
  const byPerson = new Map(items.map((e) => [e.personId, e]));
  equal(byPerson.size, items.length, 'each person is listed once');
  return byPerson;
}

const sortedKeys = (map: Map<string, unknown>) => [...map.keys()].sort();

/** People beyond the cast and the new hires, for audience rules. */
const NEWCOMERS = {
  // Sales, Amsterdam, starting in March: matches the audience rules below.
  lisa: {
    id: 'p-lisa',
    displayName: 'Lisa Kok',
    department: 'Sales',
    location: 'Amsterdam',
    startDate: '2026-03-02',
    managerId: 'p-bob',
  },
  // Sales, Amsterdam, no start date: never enrolled by an audience.
  sem: { id: 'p-sem', displayName: 'Sem de Wit', department: 'Sales', location: 'Amsterdam' },
  // Finance, Utrecht, starting in March.
  joep: {
    id: 'p-joep',
    displayName: 'Joep Peters',
    department: 'Finance',
    location: 'Utrecht',
    startDate: '2026-03-09',
  },
};

export function onboardingEnrolmentContract(context: SuiteContext): void {
  const { describe, test } = onboardingSuite(context);

  describe('onboarding: enrolment by hand', () => {
    test('enrol takes the person’s own start date and manager unless given; source `hand`', async ({ world, cara }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const nina = await cara.enrol(campaign.id, { personId: H.nina.id, buddyId: P.alice.id }, key());
      deepEqual(nina, {
        campaignId: campaign.id,
        personId: H.nina.id,
        startDate: H.nina.startDate,
        managerId: P.bob.id,
        buddyId: P.alice.id,
        source: 'hand',
        enrolledAt: nowIso(world),
      });
      const eva = await cara.enrol(
        campaign.id,
        { personId: H.eva.id, startDate: '2026-03-02', managerId: P.mo.id },
        key(),
      );
      deepEqual([eva.startDate, eva.managerId, eva.buddyId], ['2026-03-02', P.mo.id, undefined], 'given values win');
      const zoe = await cara.enrol(campaign.id, { personId: P.zoe.id, startDate: '2026-02-02' }, key());
      deepEqual([zoe.startDate, zoe.managerId], ['2026-02-02', undefined], 'someone without a start date, given one');
      const all = await enrolled(cara, campaign.id);
      deepEqual(all.get(H.nina.id), nina);
      deepEqual(sortedKeys(all), [H.eva.id, H.nina.id, P.zoe.id].sort());
      equal((await cara.campaign(campaign.id)).enrolled, 3);
    });

    test('enrolments page with limit and cursor', async ({ cara }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const people = [H.nina.id, H.tom.id, H.eva.id, P.alice.id, P.bob.id];
      for (const personId of people) await cara.enrol(campaign.id, { personId, startDate: '2026-02-02' }, key());
      const { items, sizes } = await allPages((page) => cara.enrolments(campaign.id, page), 2);
      deepEqual(sizes, [2, 2, 1]);
      deepEqual(items.map((e) => e.personId).sort(), [...people].sort(), 'each once');
    });

    test('enrolling again updates start date, manager and buddy; progress and enrolment time stay', async ({
      world,
      cara,
      nina,
    }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract] = taskIds(campaign);
      const first = await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      await nina.tick(campaign.id, H.nina.id, contract!, true, key());
      world.clock.advance(3_600_000);
      const again = await cara.enrol(
        campaign.id,
        { personId: H.nina.id, startDate: '2026-02-02', managerId: P.mo.id, buddyId: P.zoe.id },
        key(),
      );
      deepEqual(again, { ...first, startDate: '2026-02-02', managerId: P.mo.id, buddyId: P.zoe.id });
      equal((await cara.campaign(campaign.id)).enrolled, 1, 'still one person');
      const checklist = await nina.checklist(campaign.id, H.nina.id);
      equal(taskIn(checklist, contract!).done, true, 'progress stays');
      equal(taskIn(checklist, contract!).dueDate, '2026-01-31', 'due dates follow the new start date');
      deepEqual(checklist.enrolment, again);
      const plain = await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      deepEqual(
        [plain.startDate, plain.managerId, plain.buddyId, plain.enrolledAt],
        [H.nina.startDate, P.bob.id, undefined, first.enrolledAt],
        'an enrolment is replaced as a whole: what is left out goes back to the defaults',
      );
    });

    test('unenrol removes the person and keeps their progress for a later enrolment', async ({ cara, nina }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract, , laptop] = taskIds(campaign);
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      await cara.enrol(campaign.id, { personId: H.tom.id }, key());
      await nina.tick(campaign.id, H.nina.id, contract!, true, key());
      await nina.tick(campaign.id, H.nina.id, laptop!, true, key());
      await cara.unenrol(campaign.id, H.nina.id, key());
      deepEqual(sortedKeys(await enrolled(cara, campaign.id)), [H.tom.id]);
      equal((await cara.campaign(campaign.id)).enrolled, 1);
      deepEqual(await nina.mine(), [], 'her checklist is gone');
      await rejectsWith(cara.checklist(campaign.id, H.nina.id), 'not-found');
      await cara.unenrol(campaign.id, H.nina.id, key());
      equal((await cara.campaign(campaign.id)).enrolled, 1, 'unenrolling twice is a no-op');
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      const back = await nina.checklist(campaign.id, H.nina.id);
      deepEqual(
        [taskIn(back, contract!).done, taskIn(back, laptop!).done, back.progress.done],
        [true, true, 2],
        'her progress is back',
      );
    });

    test('bad enrolments are refused, naming the field, and save nothing', async ({ cara }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const refuse = async (input: Parameters<typeof cara.enrol>[1], field: string, reason: string) => {
        const error = await rejectsWith(cara.enrol(campaign.id, input, key()), 'invalid', reason);
        equal(error.details.field, field, `field for ${JSON.stringify(input)}`);
      };
      await refuse({ personId: 'p-nobody' }, 'personId', 'unknown-person');
      await refuse({ personId: P.zoe.id }, 'startDate', 'required');
      await refuse({ personId: H.nina.id, startDate: '2026-02-30' }, 'startDate', 'invalid-date');
      await refuse({ personId: H.nina.id, startDate: '30-01-2026' }, 'startDate', 'invalid-date');
      await refuse({ personId: H.nina.id, managerId: 'p-nobody' }, 'managerId', 'unknown-person');
      await refuse({ personId: H.nina.id, buddyId: 'p-nobody' }, 'buddyId', 'unknown-person');
      await refuse({ personId: H.nina.id, managerId: H.nina.id }, 'managerId', 'self');
      await refuse({ personId: H.nina.id, buddyId: H.nina.id }, 'buddyId', 'self');
      await rejectsWith(cara.enrol(campaign.id, null as unknown as { personId: string }, key()), 'invalid');
      await rejectsWith(cara.enrol(campaign.id, { personId: H.nina.id }, { idempotencyKey: '' }), 'invalid');
      deepEqual((await cara.enrolments(campaign.id)).items, []);
      equal((await cara.campaign(campaign.id)).enrolled, 0);
    });

    test('an archived campaign enrols nobody (conflict `campaign-archived`)', async ({ cara }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      await cara.archiveCampaign(campaign.id, true, key());
      await rejectsWith(cara.enrol(campaign.id, { personId: H.nina.id }, key()), 'conflict', 'campaign-archived');
      await rejectsWith(
        cara.importPeople(campaign.id, [{ name: 'Nina', email: H.nina.email, startDate: '2026-01-19' }], key()),
        'conflict',
        'campaign-archived',
      );
      deepEqual((await cara.enrolments(campaign.id)).items, []);
    });
  });

  describe('onboarding: the audience rule', () => {
    test('saving a campaign enrols the people its audience matches (source `audience`)', async ({ world, cara }) => {
      await world.seed({ people: Object.values(NEWCOMERS) });
      const rules = {
        sales: { departments: ['sales'] },
        amsterdam: { locations: ['Amsterdam'] },
        january: { startFrom: '2026-01-19', startTo: '2026-01-26' },
        salesInMarch: { departments: ['Sales', 'Marketing'], startFrom: '2026-03-01', startTo: '2026-03-31' },
        itOrFinanceInUtrecht: { departments: ['IT', 'Finance'], locations: ['Utrecht'] },
      };
      const expected = {
        // Names match ignoring case. zoe and sem (Sales) have no start date: never enrolled by an audience.
        sales: [H.nina.id, H.tom.id, NEWCOMERS.lisa.id],
        amsterdam: [H.nina.id, H.eva.id, NEWCOMERS.lisa.id],
        // The range is inclusive at both ends.
        january: [H.nina.id, H.tom.id],
        salesInMarch: [NEWCOMERS.lisa.id],
        itOrFinanceInUtrecht: [NEWCOMERS.joep.id],
      };
      for (const [name, audience] of Object.entries(rules)) {
        const campaign = await cara.createCampaign(campaignDraft({ title: name, audience }), key());
        const all = await enrolled(cara, campaign.id);
        deepEqual(sortedKeys(all), expected[name as keyof typeof expected].sort(), name);
        equal(campaign.enrolled, all.size, `${name}: the saved campaign counts them`);
        for (const enrolment of all.values()) {
          equal(enrolment.source, 'audience');
          equal(enrolment.enrolledAt, nowIso(world));
        }
      }
      const lisa = (await enrolled(cara, (await cara.campaigns()).find((c) => c.title === 'salesInMarch')!.id)).get(
        NEWCOMERS.lisa.id,
      );
      deepEqual([lisa?.startDate, lisa?.managerId], [NEWCOMERS.lisa.startDate, P.bob.id], 'from the directory');
    });

    test('an update enrols newcomers to the rule and never unenrols anyone', async ({ cara }) => {
      const campaign = await cara.createCampaign(campaignDraft({ audience: { departments: ['IT'] } }), key());
      await cara.enrol(campaign.id, { personId: H.tom.id }, key());
      deepEqual(sortedKeys(await enrolled(cara, campaign.id)), [H.eva.id, H.tom.id].sort());
      const updated = await cara.updateCampaign(
        campaign.id,
        { ...draftOf(campaign), audience: { departments: ['Sales'], startTo: '2026-01-19' } },
        key(),
      );
      const all = await enrolled(cara, campaign.id);
      deepEqual(sortedKeys(all), [H.eva.id, H.nina.id, H.tom.id].sort(), 'nina joins, eva stays');
      equal(updated.enrolled, 3);
      deepEqual(
        [all.get(H.nina.id)?.source, all.get(H.tom.id)?.source, all.get(H.eva.id)?.source],
        ['audience', 'hand', 'audience'],
        'who was enrolled keeps how they came in',
      );
    });

    test('an unenrolled person stays out when the campaign is saved again', async ({ cara }) => {
      const campaign = await cara.createCampaign(campaignDraft({ audience: { departments: ['Sales'] } }), key());
      await cara.unenrol(campaign.id, H.nina.id, key());
      await cara.updateCampaign(campaign.id, { ...draftOf(campaign), title: 'Renamed' }, key());
      deepEqual(sortedKeys(await enrolled(cara, campaign.id)), [H.tom.id], 'a hand-made exception holds');
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      ok((await enrolled(cara, campaign.id)).has(H.nina.id), 'until enrolled by hand again');
    });
  });
}
