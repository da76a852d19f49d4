import { PleinError } from './errors.js';
import { DAY } from './insights-math.js';
import { LIMITS } from './limits.js';
import type {
  Campaign,
  CohortReport,
  Enrolment,
  OnboardingTask,
  IsoDate,
  IsoDateTime,
  OnboardingAudience,
  OnboardingPhase,
  OnboardingTarget,
  Person,
  TaskState,
} from './types.js';

/**
 * Onboarding's date and progress rules, for every store: pure functions over plain shapes.
 * Days are UTC calendar days on the store's clock.
 */

/** Every task of a campaign, phase by phase. */
export const tasksOf = (campaign: Pick<Campaign, 'phases'>): OnboardingTask[] =>
  campaign.phases.flatMap((phase) => phase.tasks);

/** A task of the campaign, or `not-found` naming `taskId`. */
export function taskOf(campaign: Pick<Campaign, 'phases'>, taskId: unknown): OnboardingTask {
  const task = tasksOf(campaign).find((t) => t.id === taskId);
  if (!task) throw new PleinError('not-found', { field: 'taskId' });
  return task;
}

/** An enrolment as the API returns it: its own fields only, whatever the store keeps beside them. */
export function viewEnrolment(record: Enrolment): Enrolment {
  const { campaignId, personId, startDate, managerId, buddyId, source, enrolledAt } = record;
  return {
    campaignId,
    personId,
    startDate,
    ...(managerId === undefined ? {} : { managerId }),
    ...(buddyId === undefined ? {} : { buddyId }),
    source,
    enrolledAt,
  };
}

/** The UTC calendar day of a time. */
export const utcDayOf = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

export const addDaysTo = (date: IsoDate, days: number): IsoDate => utcDayOf(Date.parse(date) + days * DAY);

/** The start date plus `dueDay`, but never earlier than 3 days after the day they were enrolled. */
export function dueDateOf(
  enrolment: { startDate: IsoDate; enrolledAt: IsoDateTime },
  task: { dueDay: number },
): IsoDate {
  // In milliseconds, so only one date is formatted (insights read every task of everyone enrolled).
  const due = Date.parse(enrolment.startDate) + task.dueDay * DAY;
  const earliest = Date.parse(enrolment.enrolledAt.slice(0, 10)) + LIMITS.dueSoonDays * DAY;
  return utcDayOf(Math.max(due, earliest));
}

/** Overdue once its day has passed; due soon from 3 days before it. */
export function taskStateOf(dueDate: IsoDate, done: boolean, today: IsoDate): TaskState {
  if (done) return 'done';
  if (dueDate < today) return 'overdue';
  return dueDate <= addDaysTo(today, LIMITS.dueSoonDays) ? 'due-soon' : 'upcoming';
}

/** Does an audience rule take this person? Every part given must match; no start date, no match. */
export function matchesAudience(
  audience: OnboardingAudience,
  person: Pick<Person, 'startDate' | 'department' | 'location'>,
): boolean {
  const { startDate } = person;
  const among = (names: string[] | undefined, name: string | undefined) =>
    !names || names.some((n) => n.toLocaleLowerCase() === name?.toLocaleLowerCase());
  return (
    startDate !== undefined &&
    among(audience.departments, person.department) &&
    among(audience.locations, person.location) &&
    (audience.startFrom === undefined || startDate >= audience.startFrom) &&
    (audience.startTo === undefined || startDate <= audience.startTo)
  );
}

/** One enrolled person as the cohort report counts them: the tasks done, and when. */
export interface CohortMember {
  personId: string;
  startDate: IsoDate;
  enrolledAt: IsoDateTime;
  done: readonly { taskId: string; at: IsoDateTime }[];
}

/**
 * How a campaign's people are doing, on the day `today`:
 * - a task is due so far when its due date is today or earlier, overdue once that day passed;
 * - someone's target window ends `target.days` after their start date: it has passed from the
 *   day after; tasks due by then count, done when ticked on that day or earlier;
 * - percentages are whole numbers, rounded down (89.9% is 89%, so a target is never shown as met
 *   when it is not), and null when there is nothing to count;
 * - a person is `done` with every task done, `behind` with any task overdue, else `on-track`.
 */
export function cohortReport(
  campaign: { id: string; target: OnboardingTarget; phases: readonly OnboardingPhase[] },
  members: readonly CohortMember[],
  today: IsoDate,
): CohortReport {
  const tasks = campaign.phases.flatMap((phase) => phase.tasks);
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
  const people = members
    .map((member) => {
      const end = addDaysTo(member.startDate, campaign.target.days);
      const windowPassed = end < today;
      const person = {
        personId: member.personId,
        startDate: member.startDate,
        done: 0,
        total: tasks.length,
        overdue: 0,
      };
      for (const task of tasks) {
        const row = rows.get(task.id)!;
        const dueDate = dueDateOf(member, task);
        const done = member.done.find((d) => d.taskId === task.id);
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
    enrolled: members.length,
    progress: percent(progress),
    achieved: percent(achieved),
    onTrack: reached === null ? null : reached >= campaign.target.percent,
    tasks: [...rows.values()],
    people,
  };
}
