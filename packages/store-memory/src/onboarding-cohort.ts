import type { CohortReport, IsoDate } from '@plein/core';
import { addDays, doneOf, dueDateOf, tasksOf } from './onboarding-rules.js';
import type { CampaignRecord } from './state.js';

/**
 * How a campaign's people are doing, on the day `today` (UTC, the store's clock):
 * - a task is due so far when its due date is today or earlier, overdue once that day passed;
 * - someone's target window ends `target.days` after their start date: it has passed from the
 *   day after; tasks due by then count, done when ticked on that day or earlier;
 * - percentages are whole numbers, rounded down (89.9% is 89%, so a target is never shown as met
 *   when it is not), and null when there is nothing to count;
 * - a person is `done` with every task done, `behind` with any task overdue, else `on-track`.
 */
export function cohortOf(campaign: CampaignRecord, today: IsoDate): CohortReport {
  const tasks = tasksOf(campaign);
  const enrolments = campaign.enrolments.filter((e) => e.active);
  const rows = new Map(
    campaign.phases.flatMap((phase) =>
      phase.tasks.map((task) => [
        task.id,
        { taskId: task.id, phaseId: phase.id, title: task.title, owner: task.owner, done: 0, due: 0, overdue: 0 },
      ]),
    ),
  );
  const progress = { done: 0, due: 0 };
  const achieved = { done: 0, due: 0 };
  const people = enrolments
    .map((enrolment) => {
      const end = addDays(enrolment.startDate, campaign.target.days);
      const windowPassed = end < today;
      const person = {
        personId: enrolment.personId,
        startDate: enrolment.startDate,
        done: 0,
        total: tasks.length,
        overdue: 0,
      };
      for (const task of tasks) {
        const row = rows.get(task.id)!;
        const dueDate = dueDateOf(enrolment, task);
        const done = doneOf(enrolment, task.id);
        if (done) {
          person.done++;
          row.done++;
        }
        if (dueDate <= today) {
          row.due++;
          progress.due++;
          if (done) progress.done++;
          else if (dueDate < today) {
            person.overdue++;
            row.overdue++;
          }
        }
        if (windowPassed && dueDate <= end) {
          achieved.due++;
          if (done && done.at.slice(0, 10) <= end) achieved.done++;
        }
      }
      const state = person.done === person.total ? 'done' : person.overdue ? 'behind' : 'on-track';
      return { ...person, state: state as CohortReport['people'][number]['state'] };
    })
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.personId.localeCompare(b.personId));
  const percent = ({ done, due }: { done: number; due: number }) => (due ? Math.floor((done * 100) / due) : null);
  const reached = percent(achieved) ?? percent(progress);
  return {
    campaignId: campaign.id,
    target: { ...campaign.target },
    enrolled: enrolments.length,
    progress: percent(progress),
    achieved: percent(achieved),
    onTrack: reached === null ? null : reached >= campaign.target.percent,
    tasks: [...rows.values()],
    people,
  };
}
