import type { CohortReport } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import {
  NEW_HIRES as H,
  campaignDraft,
  draftOf,
  key,
  onboardingSuite,
  setDay,
  taskIds,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

type Counts = [done: number, due: number, overdue: number];
type PersonRow = [personId: string, done: number, total: number, overdue: number, state: string];

/** The report's figures in a compact form: people sorted by id (their order is not part of the contract). */
function figures(report: CohortReport) {
  return {
    enrolled: report.enrolled,
    progress: report.progress,
    achieved: report.achieved,
    onTrack: report.onTrack,
    tasks: report.tasks.map((t): Counts => [t.done, t.due, t.overdue]),
    people: report.people
      .map((p): PersonRow => [p.personId, p.done, p.total, p.overdue, p.state])
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
}

const people = (rows: PersonRow[]) => rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));

export function onboardingCohortContract(context: SuiteContext): void {
  const { describe, test } = onboardingSuite(context);

  describe('onboarding: cohort report', () => {
    test('figures are exact on a known cohort as the weeks go by', async ({ world, cara, nina, tom, bob, alice }) => {
      // Target: 60% of the tasks due within 10 days done within 10 days of the start date.
      // Tasks (dueDay): contract (-2, new hire), talk (1, manager), laptop (5, new hire), lunch (12, buddy).
      //   nina starts 01-19: due 01-17, 01-20, 01-24, 01-31; her target window ends 01-29 (start + 10).
      //   tom  starts 01-26: due 01-24, 01-27, 01-31, 02-07; his window ends 02-05.
      //   eva  starts 02-16: due 02-14, 02-17, 02-21, 02-28.
      // Everyone is enrolled on 01-12, so no due date moves.
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract, talk, laptop, lunch] = taskIds(campaign) as [string, string, string, string];
      for (const personId of [H.nina.id, H.tom.id, H.eva.id]) {
        await cara.enrol(campaign.id, { personId, buddyId: P.alice.id }, key());
      }
      const head = { campaignId: campaign.id, target: { percent: 60, days: 10 } };
      const report = await cara.cohort(campaign.id);
      deepEqual({ campaignId: report.campaignId, target: report.target }, head);
      deepEqual(
        report.tasks.map((t) => [t.taskId, t.phaseId, t.title, t.owner]),
        campaign.phases.flatMap((p) => p.tasks.map((t) => [t.id, p.id, t.title, t.owner])),
        'one row per task, in the campaign’s order',
      );
      deepEqual(report.people.map((p) => [p.personId, p.startDate]).sort(), [
        [H.eva.id, '2026-02-16'],
        [H.nina.id, '2026-01-19'],
        [H.tom.id, '2026-01-26'],
      ]);

      // 01-12: nothing is due yet, nobody's window has passed.
      deepEqual(figures(report), {
        enrolled: 3,
        progress: null,
        achieved: null,
        onTrack: null,
        tasks: [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
        people: people([
          [H.nina.id, 0, 4, 0, 'on-track'],
          [H.tom.id, 0, 4, 0, 'on-track'],
          [H.eva.id, 0, 4, 0, 'on-track'],
        ]),
      });

      setDay(world, '2026-01-16');
      await nina.tick(campaign.id, H.nina.id, contract, true, key());
      setDay(world, '2026-01-20');
      await bob.tick(campaign.id, H.nina.id, talk, true, key());
      setDay(world, '2026-01-21');
      // Due so far: nina's contract and talk (tom's first task is due 01-24): 2 of 2 done = 100%.
      // Nobody's first 10 days have passed: on track by progress (100 >= 60).
      deepEqual(figures(await cara.cohort(campaign.id)), {
        enrolled: 3,
        progress: 100,
        achieved: null,
        onTrack: true,
        tasks: [
          [1, 1, 0],
          [1, 1, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
        people: people([
          [H.nina.id, 2, 4, 0, 'on-track'],
          [H.tom.id, 0, 4, 0, 'on-track'],
          [H.eva.id, 0, 4, 0, 'on-track'],
        ]),
      });

      setDay(world, '2026-01-23');
      await nina.tick(campaign.id, H.nina.id, laptop, true, key());
      setDay(world, '2026-01-28');
      await alice.tick(campaign.id, H.nina.id, lunch, true, key());
      setDay(world, '2026-01-30');
      // Due so far: nina's contract, talk, laptop (lunch is due 01-31) and tom's contract and talk:
      // 3 of 5 done = 60%. nina's first 10 days have passed: contract, talk and laptop fall within
      // them (lunch, day 12, does not), all 3 done in time: achieved 3 / 3 = 100% >= 60: on track.
      // nina has done all 4 (the lunch early); tom is 2 behind.
      deepEqual(figures(await cara.cohort(campaign.id)), {
        enrolled: 3,
        progress: 60,
        achieved: 100,
        onTrack: true,
        tasks: [
          [1, 2, 1],
          [1, 2, 1],
          [1, 1, 0],
          [1, 0, 0],
        ],
        people: people([
          [H.nina.id, 4, 4, 0, 'done'],
          [H.tom.id, 0, 4, 2, 'behind'],
          [H.eva.id, 0, 4, 0, 'on-track'],
        ]),
      });

      setDay(world, '2026-02-09');
      await tom.tick(campaign.id, H.tom.id, laptop, true, key());
      setDay(world, '2026-02-10');
      // Due so far: all 4 of nina's (4 done) and all 4 of tom's (1 done, the laptop); none of eva's:
      // 5 of 8 = 62.5%, rounded down to 62. Both windows have passed: nina 3 of 3 in time, tom 0 of
      // 3 (his laptop came on 02-09, after 02-05): achieved 3 / 6 = 50% < 60: not on track.
      const late = await cara.cohort(campaign.id);
      deepEqual(figures(late), {
        enrolled: 3,
        progress: 62,
        achieved: 50,
        onTrack: false,
        tasks: [
          [1, 2, 1],
          [1, 2, 1],
          [2, 2, 0],
          [1, 2, 1],
        ],
        people: people([
          [H.nina.id, 4, 4, 0, 'done'],
          [H.tom.id, 1, 4, 3, 'behind'],
          [H.eva.id, 0, 4, 0, 'on-track'],
        ]),
      });

      // A target of exactly 50% is reached.
      await cara.updateCampaign(campaign.id, { ...draftOf(campaign), target: { percent: 50, days: 10 } }, key());
      const lower = await cara.cohort(campaign.id);
      deepEqual(lower.target, { percent: 50, days: 10 });
      deepEqual(figures(lower), { ...figures(late), onTrack: true });
    });

    test('percentages are rounded down, so 100 means everything and onTrack agrees with the figure', async ({
      world,
      cara,
      nina,
      tom,
      eva,
    }) => {
      // One task, due on day 0. Three new hires starting 01-19, two tick it: 2 / 3 = 66.67%.
      const campaign = await cara.createCampaign(
        campaignDraft({
          phases: [{ title: 'Day one', tasks: [{ title: 'Say hello', owner: 'new-hire', dueDay: 0 }] }],
          target: { percent: 67, days: 5 },
        }),
        key(),
      );
      const [hello] = taskIds(campaign) as [string];
      for (const personId of [H.nina.id, H.tom.id, H.eva.id]) {
        await cara.enrol(campaign.id, { personId, startDate: '2026-01-19' }, key());
      }
      setDay(world, '2026-01-19');
      await nina.tick(campaign.id, H.nina.id, hello, true, key());
      await tom.tick(campaign.id, H.tom.id, hello, true, key());
      setDay(world, '2026-01-20');
      let report = await cara.cohort(campaign.id);
      deepEqual([report.progress, report.achieved, report.onTrack], [66, null, false], '66.67% is not 67%');
      setDay(world, '2026-01-30');
      report = await cara.cohort(campaign.id);
      deepEqual([report.progress, report.achieved, report.onTrack], [66, 66, false]);
      await eva.tick(campaign.id, H.eva.id, hello, true, key());
      report = await cara.cohort(campaign.id);
      deepEqual(
        [report.progress, report.achieved, report.onTrack],
        [100, 66, false],
        'done late: in progress, not in achieved',
      );
    });

    test('the target window: tasks due by its last day count, ticks on that day are in time, it passes the day after', async ({
      world,
      cara,
      nina,
      tom,
    }) => {
      // Target: 50% within 10 days. nina and tom both start 01-19, so the window ends 01-29.
      // "On the edge" is due on day 10 (01-29): inside. "Just after" is due on day 11 (01-30): outside.
      const campaign = await cara.createCampaign(
        campaignDraft({
          phases: [
            {
              title: 'Week two',
              tasks: [
                { title: 'On the edge', owner: 'new-hire', dueDay: 10 },
                { title: 'Just after', owner: 'new-hire', dueDay: 11 },
              ],
            },
          ],
          target: { percent: 50, days: 10 },
        }),
        key(),
      );
      const [edge, after] = taskIds(campaign) as [string, string];
      for (const personId of [H.nina.id, H.tom.id]) {
        await cara.enrol(campaign.id, { personId, startDate: '2026-01-19' }, key());
      }
      setDay(world, '2026-01-29');
      let report = await cara.cohort(campaign.id);
      // Due so far includes today: both edges are due, none done: 0 of 2 = 0% (not null).
      deepEqual([report.progress, report.achieved, report.onTrack], [0, null, false], 'the last day of the window');
      setDay(world, '2026-01-29', '23:00');
      await nina.tick(campaign.id, H.nina.id, edge, true, key());
      await nina.tick(campaign.id, H.nina.id, after, true, key());
      await tom.tick(campaign.id, H.tom.id, after, true, key());
      setDay(world, '2026-01-30', '00:30');
      await tom.tick(campaign.id, H.tom.id, edge, true, key());
      report = await cara.cohort(campaign.id);
      // Progress: all 4 due by 01-30 and done: 100%. Achieved: only "on the edge" is in the
      // window; nina ticked it on its last day (in time), tom the day after (late): 1 / 2 = 50%.
      // (Counting "just after" too would give 3 / 4 = 75%; a window that ended a day early, 0%.)
      deepEqual([report.progress, report.achieved, report.onTrack], [100, 50, true]);
    });

    test('the report follows unenrolments and edits; an empty campaign has no figures', async ({
      world,
      cara,
      ada,
      nina,
    }) => {
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract, , , lunch] = taskIds(campaign) as [string, string, string, string];
      let report = await ada.cohort(campaign.id);
      deepEqual(figures(report), {
        enrolled: 0,
        progress: null,
        achieved: null,
        onTrack: null,
        tasks: [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
        people: [],
      });
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      await cara.enrol(campaign.id, { personId: H.tom.id }, key());
      await nina.tick(campaign.id, H.nina.id, contract, true, key());
      setDay(world, '2026-01-18');
      // Due so far: nina's contract (01-17), done: 1 / 1.
      equal((await cara.cohort(campaign.id)).progress, 100);
      await cara.unenrol(campaign.id, H.nina.id, key());
      report = await cara.cohort(campaign.id);
      deepEqual(
        [report.enrolled, report.progress, report.people.map((p) => p.personId)],
        [1, null, [H.tom.id]],
        'only tom is left, and nothing of his is due',
      );
      const draft = draftOf(campaign);
      draft.phases[2]!.tasks = [];
      await cara.updateCampaign(campaign.id, draft, key());
      report = await cara.cohort(campaign.id);
      deepEqual(
        report.tasks.map((t) => t.taskId),
        taskIds(campaign).filter((id) => id !== lunch),
        'a removed task leaves the report',
      );
      equal(report.people[0]?.total, 3);
      await rejectsWith(cara.cohort('campaign-unknown'), 'not-found');
    });
  });
}
