import type { Checklist, OnboardingApi, TaskState } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import {
  NEW_HIRES as H,
  campaignDraft,
  draftOf,
  key,
  nowIso,
  onboardingSuite,
  setDay,
  taskIds,
  taskIn,
  tasksOf,
  type OnboardingCast,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/**
 * The standard campaign with nina enrolled (buddy alice; bob is her manager in the directory),
 * on the world's first day, 2026-01-12. Her tasks are due 01-17, 01-20, 01-24 and 01-31.
 */
async function ninaEnrolled({ cara }: OnboardingCast) {
  const campaign = await cara.createCampaign(campaignDraft(), key());
  const [contract, talk, laptop, lunch] = taskIds(campaign) as [string, string, string, string];
  await cara.enrol(campaign.id, { personId: H.nina.id, buddyId: P.alice.id }, key());
  return { campaign, contract, talk, laptop, lunch };
}

const states = (checklist: Checklist): TaskState[] => tasksOf(checklist).map((t) => t.state);

export function onboardingChecklistContract(context: SuiteContext): void {
  const { describe, test } = onboardingSuite(context);

  describe('onboarding: checklists', () => {
    test('a checklist follows the campaign’s phases, with due dates from the start date', async (cast) => {
      const { campaign, contract, talk, laptop, lunch } = await ninaEnrolled(cast);
      const checklist = await cast.nina.checklist(campaign.id, H.nina.id);
      deepEqual(checklist.campaign, {
        id: campaign.id,
        title: campaign.title,
        description: campaign.description,
        status: 'active',
      });
      equal(checklist.enrolment.personId, H.nina.id);
      deepEqual(
        checklist.phases.map((p) => [p.id, p.title, p.tasks.map((t) => t.id)]),
        campaign.phases.map((p) => [p.id, p.title, p.tasks.map((t) => t.id)]),
      );
      const [phase] = campaign.phases;
      deepEqual(taskIn(checklist, contract), {
        ...phase!.tasks[0]!,
        phaseId: phase!.id,
        dueDate: '2026-01-17',
        done: false,
        state: 'upcoming',
        canTick: true,
      });
      deepEqual(
        tasksOf(checklist).map((t) => [t.id, t.dueDate]),
        [
          // nina starts 2026-01-19: dueDay -2, 1, 5 and 12.
          [contract, '2026-01-17'],
          [talk, '2026-01-20'],
          [laptop, '2026-01-24'],
          [lunch, '2026-01-31'],
        ],
      );
      deepEqual(checklist.progress, { done: 0, total: 4, overdue: 0 });
    });

    test('tasks due before someone was enrolled are due 3 days after enrolment, so nothing starts overdue', async ({
      world,
      cara,
      tom,
    }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract, talk, laptop, lunch] = taskIds(campaign);
      // Tom starts Monday 01-26 and is enrolled on Friday 01-23, so nothing is due before 01-26:
      // the contract (start - 2 = 01-24) moves to 01-26; talk, laptop and lunch keep their dates.
      setDay(world, '2026-01-23');
      await cara.enrol(campaign.id, { personId: H.tom.id }, key());
      const checklist = await tom.checklist(campaign.id, H.tom.id);
      deepEqual(
        tasksOf(checklist).map((t) => [t.id, t.dueDate, t.state]),
        [
          [contract, '2026-01-26', 'due-soon'],
          [talk, '2026-01-27', 'upcoming'],
          [laptop, '2026-01-31', 'upcoming'],
          [lunch, '2026-02-07', 'upcoming'],
        ],
      );
      // Someone who started long ago: every task is due 3 days after enrolment at the earliest.
      const late = await cara.enrol(campaign.id, { personId: P.zoe.id, startDate: '2025-11-03' }, key());
      equal(late.startDate, '2025-11-03');
      const zoes = await cara.checklist(campaign.id, P.zoe.id);
      deepEqual(
        tasksOf(zoes).map((t) => t.dueDate),
        ['2026-01-26', '2026-01-26', '2026-01-26', '2026-01-26'],
      );
      equal(zoes.progress.overdue, 0);
    });

    test('states follow the clock: upcoming, due soon from 3 days before, overdue the day after', async (cast) => {
      const { world, nina } = cast;
      const { campaign, contract } = await ninaEnrolled(cast);
      const state = async () => taskIn(await nina.checklist(campaign.id, H.nina.id), contract).state;
      // The contract is due 2026-01-17.
      setDay(world, '2026-01-13', '23:59');
      equal(await state(), 'upcoming', '4 days before');
      setDay(world, '2026-01-14', '00:00');
      equal(await state(), 'due-soon', '3 days before');
      setDay(world, '2026-01-17', '23:59');
      equal(await state(), 'due-soon', 'on the due date');
      setDay(world, '2026-01-18', '00:00');
      equal(await state(), 'overdue', 'the day after');
      const checklist = await nina.checklist(campaign.id, H.nina.id);
      deepEqual(states(checklist), ['overdue', 'due-soon', 'upcoming', 'upcoming'], 'talk is due 01-20');
      deepEqual(checklist.progress, { done: 0, total: 4, overdue: 1 });
      await nina.tick(campaign.id, H.nina.id, contract, true, key());
      equal(await state(), 'done', 'done wins over overdue');
      deepEqual((await nina.checklist(campaign.id, H.nina.id)).progress, { done: 1, total: 4, overdue: 0 });
      await nina.tick(campaign.id, H.nina.id, contract, false, key());
      equal(await state(), 'overdue', 'unticked, it is overdue again');
    });

    test('the owner ticks and unticks: done, who and when', async (cast) => {
      const { world, nina, bob } = cast;
      const { campaign, contract, talk } = await ninaEnrolled(cast);
      const ticked = await nina.tick(campaign.id, H.nina.id, contract, true, key());
      deepEqual(
        [ticked.id, ticked.done, ticked.doneAt, ticked.doneBy, ticked.state, ticked.canTick],
        [contract, true, nowIso(world), H.nina.id, 'done', true],
      );
      deepEqual(taskIn(await bob.checklist(campaign.id, H.nina.id), contract), { ...ticked, canTick: false });
      world.clock.advance(60_000);
      const talked = await bob.tick(campaign.id, H.nina.id, talk, true, key());
      deepEqual([talked.doneBy, talked.doneAt], [P.bob.id, nowIso(world)], 'the manager ticks the manager’s task');
      const unticked = await nina.tick(campaign.id, H.nina.id, contract, false, key());
      deepEqual([unticked.done, unticked.doneAt, unticked.doneBy], [false, undefined, undefined]);
      deepEqual((await nina.checklist(campaign.id, H.nina.id)).progress, { done: 1, total: 4, overdue: 0 });
    });

    test('only the task’s owner may tick: others are forbidden and change nothing', async (cast) => {
      const { campaign, contract, talk, laptop, lunch } = await ninaEnrolled(cast);
      const owners: Record<string, string> = { [contract]: 'nina', [talk]: 'bob', [laptop]: 'nina', [lunch]: 'alice' };
      const who = ['nina', 'bob', 'alice', 'cara', 'ada', 'zoe', 'mo', 'tom'] as const;
      for (const name of who) {
        for (const taskId of [contract, talk, laptop, lunch]) {
          if (owners[taskId] === name) continue;
          await rejectsWith(cast[name].tick(campaign.id, H.nina.id, taskId, true, key()), 'forbidden');
        }
      }
      deepEqual(
        (await cast.cara.checklist(campaign.id, H.nina.id)).progress,
        { done: 0, total: 4, overdue: 0 },
        'nothing was ticked',
      );
      for (const taskId of [contract, talk, laptop, lunch]) {
        const owner = cast[owners[taskId] as 'nina' | 'bob' | 'alice'];
        equal((await owner.tick(campaign.id, H.nina.id, taskId, true, key())).done, true);
      }
      deepEqual((await cast.cara.checklist(campaign.id, H.nina.id)).progress, { done: 4, total: 4, overdue: 0 });
    });

    test('canTick tells each viewer which tasks are theirs to tick', async (cast) => {
      const { campaign } = await ninaEnrolled(cast);
      const canTick = async (api: OnboardingApi) =>
        tasksOf(await api.checklist(campaign.id, H.nina.id)).map((t) => t.canTick);
      deepEqual(await canTick(cast.nina), [true, false, true, false], 'the new hire');
      deepEqual(await canTick(cast.bob), [false, true, false, false], 'the manager');
      deepEqual(await canTick(cast.alice), [false, false, false, true], 'the buddy');
      deepEqual(await canTick(cast.cara), [false, false, false, false], 'the communications team');
      deepEqual(await canTick(cast.ada), [false, false, false, false], 'an admin');
    });

    test('ticks follow the enrolment’s manager and buddy as they change', async (cast) => {
      const { cara, bob, mo, alice, zoe } = cast;
      const { campaign, talk, lunch } = await ninaEnrolled(cast);
      await cara.enrol(campaign.id, { personId: H.nina.id, managerId: P.mo.id, buddyId: P.zoe.id }, key());
      await rejectsWith(bob.tick(campaign.id, H.nina.id, talk, true, key()), 'forbidden');
      await rejectsWith(alice.tick(campaign.id, H.nina.id, lunch, true, key()), 'forbidden');
      equal((await mo.tick(campaign.id, H.nina.id, talk, true, key())).doneBy, P.mo.id);
      equal((await zoe.tick(campaign.id, H.nina.id, lunch, true, key())).doneBy, P.zoe.id);
    });

    test('ticking twice keeps the first time; a retry after a failure ticks once', async (cast) => {
      const { world, nina } = cast;
      const { campaign, contract, laptop } = await ninaEnrolled(cast);
      const first = await nina.tick(campaign.id, H.nina.id, contract, true, key());
      world.clock.advance(60_000);
      const again = await nina.tick(campaign.id, H.nina.id, contract, true, key());
      deepEqual(again, first, 'ticking a ticked task keeps its first doneAt');
      const once = key();
      world.faults.failNext('unavailable');
      await rejectsWith(nina.tick(campaign.id, H.nina.id, laptop, true, once), 'unavailable');
      equal(taskIn(await nina.checklist(campaign.id, H.nina.id), laptop).done, false, 'a failed tick changes nothing');
      const retried = await nina.tick(campaign.id, H.nina.id, laptop, true, once);
      deepEqual(await nina.tick(campaign.id, H.nina.id, laptop, true, once), retried);
      await nina.tick(campaign.id, H.nina.id, laptop, false, key());
      const unticked = await nina.tick(campaign.id, H.nina.id, laptop, false, key());
      equal(unticked.done, false, 'unticking twice is a no-op');
      deepEqual((await nina.checklist(campaign.id, H.nina.id)).progress, { done: 1, total: 4, overdue: 0 });
    });

    test('unknown tasks and people not enrolled are not found', async (cast) => {
      const { nina, tom, cara } = cast;
      const { campaign, contract } = await ninaEnrolled(cast);
      await rejectsWith(nina.tick(campaign.id, H.nina.id, 'task-unknown', true, key()), 'not-found');
      await rejectsWith(tom.tick(campaign.id, H.tom.id, contract, true, key()), 'not-found');
      await rejectsWith(tom.checklist(campaign.id, H.tom.id), 'not-found');
      await rejectsWith(cara.checklist(campaign.id, H.tom.id), 'not-found');
      await rejectsWith(cara.checklist(campaign.id, 'p-nobody'), 'not-found');
    });

    test('a checklist is for the new hire, their manager and buddy, and the communications team: others are forbidden', async (cast) => {
      const { campaign } = await ninaEnrolled(cast);
      for (const name of ['nina', 'bob', 'alice', 'cara', 'ada'] as const) {
        equal((await cast[name].checklist(campaign.id, H.nina.id)).enrolment.personId, H.nina.id, name);
      }
      for (const name of ['zoe', 'mo', 'tom'] as const) {
        await rejectsWith(cast[name].checklist(campaign.id, H.nina.id), 'forbidden');
      }
    });

    test('an archived campaign refuses ticks and leaves mine() and assigned(); its checklist stays readable', async (cast) => {
      const { cara, nina, bob, alice } = cast;
      const { campaign, contract, talk } = await ninaEnrolled(cast);
      await nina.tick(campaign.id, H.nina.id, contract, true, key());
      await cara.archiveCampaign(campaign.id, true, key());
      await rejectsWith(nina.tick(campaign.id, H.nina.id, contract, false, key()), 'conflict', 'campaign-archived');
      await rejectsWith(bob.tick(campaign.id, H.nina.id, talk, true, key()), 'conflict', 'campaign-archived');
      deepEqual(await nina.mine(), []);
      deepEqual(await bob.assigned(), []);
      deepEqual(await alice.assigned(), []);
      const kept = await cara.checklist(campaign.id, H.nina.id);
      deepEqual([kept.campaign.status, kept.progress.done, taskIn(kept, contract).done], ['archived', 1, true]);
      await cara.archiveCampaign(campaign.id, false, key());
      equal((await nina.mine()).length, 1, 'back with the campaign');
      equal((await bob.tick(campaign.id, H.nina.id, talk, true, key())).done, true);
    });
  });

  describe('onboarding: mine() and assigned()', () => {
    test('mine() holds the viewer’s checklists in active campaigns, newest start date first', async ({
      cara,
      nina,
      alice,
    }) => {
      const first = await cara.createCampaign(campaignDraft({ title: 'Company' }), key());
      const second = await cara.createCampaign(campaignDraft({ title: 'Sales team' }), key());
      const third = await cara.createCampaign(campaignDraft({ title: 'Archived' }), key());
      await cara.enrol(first.id, { personId: H.nina.id }, key());
      await cara.enrol(second.id, { personId: H.nina.id, startDate: '2026-02-02' }, key());
      await cara.enrol(third.id, { personId: H.nina.id }, key());
      await cara.archiveCampaign(third.id, true, key());
      await cara.enrol(first.id, { personId: H.tom.id }, key());
      const mine = await nina.mine();
      deepEqual(
        mine.map((c) => [c.campaign.id, c.enrolment.startDate]),
        [
          [second.id, '2026-02-02'],
          [first.id, '2026-01-19'],
        ],
      );
      ok(
        mine.every((c) => c.enrolment.personId === H.nina.id),
        'only her own',
      );
      deepEqual(await alice.mine(), [], 'someone enrolled nowhere has none');
    });

    test('assigned() holds the checklists of the new hires the viewer manages or is buddy for, soonest start first', async ({
      cara,
      bob,
      alice,
      ada,
      zoe,
      nina,
    }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      await cara.enrol(campaign.id, { personId: H.tom.id, buddyId: P.alice.id }, key());
      await cara.enrol(campaign.id, { personId: H.eva.id, buddyId: P.alice.id }, key());
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      const who = async (api: OnboardingApi) => (await api.assigned()).map((c) => c.enrolment.personId);
      deepEqual(await who(bob), [H.nina.id, H.tom.id], 'bob manages nina (01-19) and tom (01-26)');
      deepEqual(await who(alice), [H.tom.id, H.eva.id], 'alice is buddy of tom (01-26) and eva (02-16)');
      deepEqual(await who(ada), [H.eva.id], 'ada manages eva');
      deepEqual(await who(zoe), []);
      deepEqual(await who(nina), [], 'a new hire is not assigned to herself');
      const bobs = await bob.assigned();
      deepEqual(
        tasksOf(bobs[0]!).map((t) => t.canTick),
        [false, true, false, false],
        'as seen by the manager',
      );
    });
  });

  describe('onboarding: edits keep progress', () => {
    test('tasks keep their progress by id through edits; a removed task’s progress comes back with it', async (cast) => {
      const { world, cara, nina } = cast;
      const { campaign, contract, talk, laptop, lunch } = await ninaEnrolled(cast);
      const first = await nina.tick(campaign.id, H.nina.id, contract, true, key());
      world.clock.advance(60_000);
      await nina.tick(campaign.id, H.nina.id, laptop, true, key());
      world.clock.advance(60_000);

      // Rename the contract, move the laptop into the first phase, drop the lunch, add a task.
      const draft = draftOf(campaign);
      const [before, week, month] = draft.phases as [
        (typeof draft.phases)[0],
        (typeof draft.phases)[0],
        (typeof draft.phases)[0],
      ];
      before.tasks[0]!.title = 'Sign your contract (digitally)';
      before.tasks.push(week.tasks.pop()!);
      month.tasks = [{ title: 'Visit the office', owner: 'new-hire', dueDay: 3 }];
      const edited = await cara.updateCampaign(campaign.id, draft, key());
      const visit = edited.phases[2]!.tasks[0]!.id;
      let checklist = await nina.checklist(campaign.id, H.nina.id);
      deepEqual(
        tasksOf(checklist).map((t) => [t.id, t.done]),
        [
          [contract, true],
          [laptop, true],
          [talk, false],
          [visit, false],
        ],
      );
      deepEqual(
        [taskIn(checklist, contract).title, taskIn(checklist, contract).doneAt],
        ['Sign your contract (digitally)', first.doneAt],
      );
      equal(taskIn(checklist, laptop).phaseId, campaign.phases[0]!.id, 'a moved task follows its phase');
      deepEqual(checklist.progress, { done: 2, total: 4, overdue: 0 });

      // Remove the laptop (ticked), then bring it back with its id.
      const removed = draftOf(edited);
      const laptopDraft = removed.phases[0]!.tasks.pop()!;
      await cara.updateCampaign(campaign.id, removed, key());
      checklist = await nina.checklist(campaign.id, H.nina.id);
      deepEqual(checklist.progress, { done: 1, total: 3, overdue: 0 }, 'a removed task leaves the counts');
      removed.phases[1]!.tasks.push(laptopDraft);
      await cara.updateCampaign(campaign.id, removed, key());
      checklist = await nina.checklist(campaign.id, H.nina.id);
      equal(taskIn(checklist, laptop).done, true, 'its progress came back');
      deepEqual(checklist.progress, { done: 2, total: 4, overdue: 0 });
      ok(!tasksOf(checklist).some((t) => t.id === lunch), 'the lunch stays removed');
    });

    test('a changed due day moves the due date, and a changed owner moves who may tick', async (cast) => {
      const { cara, nina, bob } = cast;
      const { campaign, talk } = await ninaEnrolled(cast);
      const draft = draftOf(campaign);
      draft.phases[1]!.tasks[0] = { ...draft.phases[1]!.tasks[0]!, owner: 'new-hire', dueDay: 10 };
      await cara.updateCampaign(campaign.id, draft, key());
      const task = taskIn(await nina.checklist(campaign.id, H.nina.id), talk);
      deepEqual([task.owner, task.dueDate, task.canTick], ['new-hire', '2026-01-29', true]);
      await rejectsWith(bob.tick(campaign.id, H.nina.id, talk, true, key()), 'forbidden');
      equal((await nina.tick(campaign.id, H.nina.id, talk, true, key())).done, true);
    });
  });
}
