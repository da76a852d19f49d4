import type { ChangeEvent } from '../types.js';
import { deepEqual, equal, ok } from './assert.js';
import {
  NEW_HIRES as H,
  campaignDraft,
  draftOf,
  eventually,
  key,
  notificationsIn,
  onboardingSuite,
  record,
  setDay,
  taskIds,
  type OnboardingCast,
  type OnboardingName,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** Onboarding reminders as `kind taskId subjectId`, for readable comparisons. */
const reminders = (events: ChangeEvent[]) =>
  notificationsIn(events)
    .filter((n) => n.kind === 'task-due-soon' || n.kind === 'task-overdue')
    .map((n) => [n.kind, n.entryId, n.subjectId]);

/** Events as `type id actorId`. */
const brief = (events: ChangeEvent[]) => events.map((e) => [e.type, e.id, e.actorId]);

/** Everyone's notifications, recorded from the start. */
function listen(stores: OnboardingCast['stores']) {
  const names = Object.keys(stores) as OnboardingName[];
  const heard = Object.fromEntries(names.map((name) => [name, record(stores[name], { kind: 'notifications' })]));
  return {
    heard: heard as Record<OnboardingName, ReturnType<typeof record>>,
    stop: () => names.forEach((name) => heard[name]!.stop()),
  };
}

export function onboardingLiveContract(context: SuiteContext): void {
  const { describe, test } = onboardingSuite(context);

  describe('onboarding: reminders', () => {
    test('due-soon and overdue reminders reach the task’s owner once each, on their own topic only', async ({
      world,
      stores,
      cara,
      bob,
    }) => {
      const { heard, stop } = listen(stores);
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract, talk, laptop, lunch] = taskIds(campaign) as [string, string, string, string];
      // nina starts 01-19: contract (hers) due 01-17, talk (bob's) 01-20, laptop (hers) 01-24, lunch (alice's) 01-31.
      await cara.enrol(campaign.id, { personId: H.nina.id, buddyId: P.alice.id }, key());
      const expect = async (what: string, expected: Partial<Record<OnboardingName, unknown[][]>>) => {
        const want = (name: OnboardingName) => expected[name] ?? [];
        await eventually(
          world,
          () =>
            (Object.keys(heard) as OnboardingName[]).every((n) => reminders(heard[n].events).length >= want(n).length),
          what,
        );
        for (const name of Object.keys(heard) as OnboardingName[]) {
          deepEqual(reminders(heard[name].events), want(name), `${what}: ${name}`);
        }
      };

      setDay(world, '2026-01-13', '23:00');
      await expect('nothing before 3 days ahead', {});
      setDay(world, '2026-01-14');
      const ninas = [['task-due-soon', contract, H.nina.id]];
      await expect('the contract is due soon (3 days before 01-17)', { nina: ninas });
      setDay(world, '2026-01-17');
      const bobs = [['task-due-soon', talk, H.nina.id]];
      await expect('nothing new for nina on the due date; the talk is due soon, for bob', { nina: ninas, bob: bobs });
      setDay(world, '2026-01-18');
      ninas.push(['task-overdue', contract, H.nina.id]);
      await expect('the contract is overdue the day after', { nina: ninas, bob: bobs });
      await bob.tick(campaign.id, H.nina.id, talk, true, key());
      setDay(world, '2026-01-21');
      ninas.push(['task-due-soon', laptop, H.nina.id]);
      await expect('the laptop is due soon; the ticked talk is never overdue', { nina: ninas, bob: bobs });
      setDay(world, '2026-01-25');
      ninas.push(['task-overdue', laptop, H.nina.id]);
      await expect('the laptop is overdue', { nina: ninas, bob: bobs });
      setDay(world, '2026-01-28');
      const alices = [['task-due-soon', lunch, H.nina.id]];
      await expect('the lunch is due soon, for the buddy', { nina: ninas, bob: bobs, alice: alices });
      setDay(world, '2026-03-31');
      alices.push(['task-overdue', lunch, H.nina.id]);
      await expect('the lunch is overdue, and nothing repeats', { nina: ninas, bob: bobs, alice: alices });

      const note = notificationsIn(heard.nina.events)[0]!;
      ok(note.id, 'a notification has an id');
      deepEqual(
        [note.personId, note.kind, note.entryId, note.campaignId, note.subjectId, note.at.slice(0, 10)],
        [H.nina.id, 'task-due-soon', contract, campaign.id, H.nina.id, '2026-01-14'],
      );
      equal(note.actorId, P.cara.id, 'sent on behalf of the campaign’s creator');
      const bobsNote = notificationsIn(heard.bob.events)[0]!;
      deepEqual(
        [bobsNote.personId, bobsNote.campaignId, bobsNote.subjectId, bobsNote.at.slice(0, 10)],
        [P.bob.id, campaign.id, H.nina.id, '2026-01-17'],
        'the manager is told about the new hire’s task',
      );
      const everyone: Record<OnboardingName, { id: string }> = { ...P, ...H };
      for (const name of Object.keys(heard) as OnboardingName[]) {
        for (const n of notificationsIn(heard[name].events))
          equal(n.personId, everyone[name].id, `${name} hears only their own`);
      }
      stop();
    });

    test('no reminders for tasks done in time, people unenrolled, or archived campaigns', async ({
      world,
      stores,
      cara,
      nina,
    }) => {
      const { heard, stop } = listen(stores);
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const archived = await cara.createCampaign(campaignDraft({ title: 'Archived' }), key());
      const [contract] = taskIds(campaign) as [string];
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      await cara.enrol(campaign.id, { personId: H.tom.id }, key());
      await cara.enrol(archived.id, { personId: H.nina.id }, key());
      await cara.archiveCampaign(archived.id, true, key());
      await nina.tick(campaign.id, H.nina.id, contract, true, key());
      await cara.unenrol(campaign.id, H.tom.id, key());
      // nina's contract is done; the talk (bob's, due 01-20) is due soon from 01-17.
      setDay(world, '2026-01-17');
      await eventually(world, () => reminders(heard.bob.events).length > 0, 'bob’s reminder');
      deepEqual(reminders(heard.bob.events), [['task-due-soon', taskIds(campaign)[1], H.nina.id]]);
      deepEqual(notificationsIn(heard.bob.events)[0]?.campaignId, campaign.id, 'not the archived campaign');
      deepEqual(reminders(heard.nina.events), [], 'nina’s contract was done in time');
      deepEqual(reminders(heard.tom.events), [], 'tom was unenrolled');
      stop();
    });

    test('a late enrolment is reminded from its moved due date', async ({ world, stores, cara }) => {
      const { heard, stop } = listen(stores);
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract, talk] = taskIds(campaign) as [string, string];
      // Enrolled 01-23 with a start on 01-26: the contract (01-24) moves to 01-26, due soon at
      // once (reminded on enrolment or by the next morning); the talk (01-27) is due soon from 01-24.
      setDay(world, '2026-01-23');
      await cara.enrol(campaign.id, { personId: H.tom.id }, key());
      setDay(world, '2026-01-24');
      await eventually(
        world,
        () => reminders(heard.tom.events).length > 0 && reminders(heard.bob.events).length > 0,
        'tom’s and bob’s reminders',
      );
      deepEqual(reminders(heard.tom.events), [['task-due-soon', contract, H.tom.id]], 'due soon, never overdue');
      deepEqual(reminders(heard.bob.events), [['task-due-soon', talk, H.tom.id]]);
      setDay(world, '2026-01-27');
      await eventually(world, () => reminders(heard.tom.events).length > 1, 'tom’s overdue contract');
      deepEqual(reminders(heard.tom.events), [
        ['task-due-soon', contract, H.tom.id],
        ['task-overdue', contract, H.tom.id],
      ]);
      deepEqual(reminders(heard.bob.events), [['task-due-soon', talk, H.tom.id]], 'the talk is due today, not overdue');
      stop();
    });
  });

  describe('onboarding: live events', () => {
    test('campaign subscribers see edits, enrolments and ticks, with the actor', async ({
      world,
      stores,
      cara,
      ada,
      nina,
    }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const other = await cara.createCampaign(campaignDraft({ title: 'Other' }), key());
      const [contract] = taskIds(campaign) as [string];
      const seen = record(stores.cara, { kind: 'onboarding', campaignId: campaign.id });
      const elsewhere = record(stores.ada, { kind: 'onboarding', campaignId: other.id });
      const stopped = record(stores.ada, { kind: 'onboarding', campaignId: campaign.id });
      stopped.stop();
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      await nina.tick(campaign.id, H.nina.id, contract, true, key());
      await ada.updateCampaign(campaign.id, { ...draftOf(campaign), title: 'Renamed' }, key());
      await cara.importPeople(
        campaign.id,
        [{ name: 'Lisa Kok', email: 'lisa.kok@example.org', startDate: '2026-03-02' }],
        key(),
      );
      await cara.unenrol(campaign.id, H.nina.id, key());
      await eventually(world, () => seen.events.length >= 5, 'five events');
      deepEqual(
        brief(seen.events).map(([, id, actor]) => [id, actor]),
        [
          [campaign.id, P.cara.id],
          [campaign.id, H.nina.id],
          [campaign.id, P.ada.id],
          [campaign.id, P.cara.id],
          [campaign.id, P.cara.id],
        ],
        'enrol, tick, edit, import, unenrol: each names the campaign and who',
      );
      ok(
        seen.events.every((e) => e.topic.kind === 'onboarding' && e.topic.campaignId === campaign.id),
        'each event names its topic',
      );
      deepEqual(elsewhere.events, [], 'another campaign’s subscribers hear nothing');
      deepEqual(stopped.events, [], 'no events after unsubscribe');
      seen.stop();
      elsewhere.stop();
    });

    test('campaign-list subscribers see campaigns created, copied, edited and archived', async ({
      world,
      stores,
      cara,
      ada,
    }) => {
      const seen = record(stores.ada, { kind: 'campaigns' });
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const copy = await ada.copyCampaign(campaign.id, 'Copy', key());
      await cara.updateCampaign(campaign.id, { ...draftOf(campaign), title: 'Renamed' }, key());
      await cara.archiveCampaign(copy.id, true, key());
      await eventually(world, () => seen.events.length >= 4, 'four events');
      deepEqual(brief(seen.events), [
        ['created', campaign.id, P.cara.id],
        ['created', copy.id, P.ada.id],
        ['updated', campaign.id, P.cara.id],
        ['updated', copy.id, P.cara.id],
      ]);
      ok(
        seen.events.every((e) => e.topic.kind === 'campaigns'),
        'each event names its topic',
      );
      seen.stop();
    });

    test('a refused or failed write is heard by nobody', async ({ world, stores, cara, zoe, nina }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract] = taskIds(campaign) as [string];
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      const seen = record(stores.cara, { kind: 'onboarding', campaignId: campaign.id });
      const list = record(stores.cara, { kind: 'campaigns' });
      await zoe.tick(campaign.id, H.nina.id, contract, true, key()).catch(() => undefined);
      await cara.createCampaign(campaignDraft({ phases: [] }), key()).catch(() => undefined);
      world.faults.failNext('unavailable');
      await nina.tick(campaign.id, H.nina.id, contract, true, key()).catch(() => undefined);
      await nina.tick(campaign.id, H.nina.id, contract, true, key());
      await eventually(world, () => seen.events.length > 0, 'the one tick');
      deepEqual(
        brief(seen.events).map(([, , actor]) => actor),
        [H.nina.id],
        'only the tick that went through',
      );
      deepEqual(list.events, []);
      seen.stop();
      list.stop();
    });
  });
}
