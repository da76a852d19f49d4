import {
  PleinError,
  addDaysTo as addDays,
  dueDateOf,
  taskOf,
  tasksOf,
  viewEnrolment,
  taskStateOf as stateOf,
  utcDayOf as dayOf,
  type Campaign,
  type Checklist,
  type ChecklistTask,
  type Enrolment,
  type IsoDate,
  type OnboardingTask,
  type TaskOwner,
} from '@plein/core';
import { managesKudos } from './kudos-rules.js';
import type { CampaignRecord, EnrolmentRecord, PersonRecord, State } from './state.js';

/**
 * The onboarding rules as plain functions over records: dates, owners, who sees what, and the
 * views callers get (fresh objects every time). Days are UTC calendar days on the store's clock.
 */

export const DAY = 86_400_000;

// The date rules every store shares live in @plein/core (onboarding-rules.ts).
export { addDays, dayOf, dueDateOf, stateOf, taskOf, tasksOf, viewEnrolment };

/** The communications team and admins run onboarding (`me().can.manageOnboarding`). */
export const managesOnboarding = managesKudos;

export function requireManager(person: PersonRecord): void {
  if (!managesOnboarding(person)) throw new PleinError('forbidden', { reason: 'not-manager' });
}

/** Someone's enrolment, active or not. */
export const enrolmentOf = (campaign: CampaignRecord, personId: unknown): EnrolmentRecord | undefined =>
  campaign.enrolments.find((e) => e.personId === personId);

/** Someone's current enrolment, or `not-found` naming `personId`. */
export function enrolledIn(campaign: CampaignRecord, personId: unknown): EnrolmentRecord {
  const enrolment = enrolmentOf(campaign, personId);
  if (!enrolment?.active) throw new PleinError('not-found', { field: 'personId' });
  return enrolment;
}

/** The enrolment's manager, else the person's own. */
export const managerOf = (state: State, enrolment: Enrolment): string | undefined =>
  enrolment.managerId ?? state.people.get(enrolment.personId)?.managerId;

/** Who does a task for this person; undefined when they have no manager or buddy (nobody can tick it). */
export const ownerOf = (state: State, enrolment: Enrolment, owner: TaskOwner): string | undefined =>
  owner === 'new-hire' ? enrolment.personId : owner === 'buddy' ? enrolment.buddyId : managerOf(state, enrolment);

/** The person, their manager or buddy, and the communications team. */
export const canSee = (state: State, viewer: PersonRecord, enrolment: Enrolment): boolean =>
  viewer.id === enrolment.personId ||
  viewer.id === managerOf(state, enrolment) ||
  viewer.id === enrolment.buddyId ||
  managesOnboarding(viewer);

export const doneOf = (enrolment: EnrolmentRecord, taskId: string) => enrolment.done.find((d) => d.taskId === taskId);

// ---------------------------------------------------------------------------- views

export function viewCampaign({ seq: _seq, enrolments, ...campaign }: CampaignRecord): Campaign {
  return { ...structuredClone(campaign), enrolled: enrolments.filter((e) => e.active).length };
}

/** One task as `viewer` sees it in this person's checklist, on the day `today`. */
export function viewTask(
  state: State,
  campaign: CampaignRecord,
  enrolment: EnrolmentRecord,
  phaseId: string,
  task: OnboardingTask,
  viewer: PersonRecord,
  today: IsoDate,
): ChecklistTask {
  const done = doneOf(enrolment, task.id);
  const dueDate = dueDateOf(enrolment, task);
  return {
    ...task,
    phaseId,
    dueDate,
    done: done !== undefined,
    ...(done ? { doneAt: done.at, doneBy: done.by } : {}),
    state: stateOf(dueDate, done !== undefined, today),
    canTick: campaign.status === 'active' && enrolment.active && ownerOf(state, enrolment, task.owner) === viewer.id,
  };
}

export function viewChecklist(
  state: State,
  campaign: CampaignRecord,
  enrolment: EnrolmentRecord,
  viewer: PersonRecord,
  today: IsoDate,
): Checklist {
  const { id, title, description, status } = campaign;
  const phases = campaign.phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    tasks: phase.tasks.map((task) => viewTask(state, campaign, enrolment, phase.id, task, viewer, today)),
  }));
  const tasks = phases.flatMap((phase) => phase.tasks);
  return {
    campaign: { id, title, description, status },
    enrolment: viewEnrolment(enrolment),
    phases,
    progress: {
      done: tasks.filter((task) => task.done).length,
      total: tasks.length,
      overdue: tasks.filter((task) => task.state === 'overdue').length,
    },
  };
}
