/**
 * Onboarding's rules over the records (onboarding-records.ts): who owns a task, which ticks
 * count, who the audience rule takes, and the views callers get (fresh objects every time).
 */
import {
  dueDateOf,
  taskOf,
  tasksOf,
  viewEnrolment,
  matchesAudience,
  taskStateOf,
  type Campaign,
  type Checklist,
  type ChecklistTask,
  type Enrolment,
  type IsoDate,
  type OnboardingTask,
  type Person,
  type TaskOwner,
} from '@plein/core';
// The rules both stores share live in @plein/core; callers keep importing them from here.
export { taskOf, tasksOf, viewEnrolment };
import type { CampaignRecord, EnrolmentRecord, TickRecord } from './onboarding-records.js';

export type People = ReadonlyMap<string, Person>;

/** A task done: when, and by whom. */
export interface Done {
  at: string;
  by: string;
}

/** The enrolment's manager, else the person's own. */
export const managerOf = (e: Enrolment, people: People): string | undefined =>
  e.managerId ?? people.get(e.personId)?.managerId;

/** Who does a task for this person; undefined when they have no manager or buddy (nobody can tick it). */
export const ownerOf = (e: Enrolment, owner: TaskOwner, people: People): string | undefined =>
  owner === 'new-hire' ? e.personId : owner === 'buddy' ? e.buddyId : managerOf(e, people);

/** The person, their manager or buddy, and (`team`) the communications team. */
export const canSee = (viewer: string, team: boolean, e: Enrolment, people: People): boolean =>
  team || viewer === e.personId || viewer === managerOf(e, people) || viewer === e.buddyId;

/**
 * Did `by` own the task when they ticked it? The task's owner for this person now, or the
 * manager or buddy named by the enrolment in force at the time (a change of manager keeps the
 * former manager's ticks, as it keeps everyone's progress).
 */
function ownedBy(e: EnrolmentRecord, owner: TaskOwner, tick: TickRecord, people: People): boolean {
  if (tick.by === ownerOf(e, owner, people)) return true;
  if (owner === 'new-hire') return false;
  const at = Date.parse(tick.at);
  const then = e.history?.filter((h) => h.at <= at).at(-1);
  if (!then) return false;
  return tick.by === (owner === 'buddy' ? then.buddyId : (then.managerId ?? people.get(e.personId)?.managerId));
}

/**
 * The tasks done, counted from the tick items: only items whose author owned the task for this
 * person count (a colleague's item added over REST changes nothing), and the latest one decides.
 * Ticking a ticked task keeps its first time. A removed task's ticks stay for its return.
 */
export function doneOf(
  campaign: CampaignRecord,
  e: EnrolmentRecord,
  ticks: readonly TickRecord[],
  people: People,
): Map<string, Done> {
  const owners = new Map(tasksOf(campaign).map((t) => [t.id, t.owner]));
  const done = new Map<string, Done>();
  for (const tick of ticks) {
    const owner = owners.get(tick.taskId);
    if (owner === undefined || !ownedBy(e, owner, tick, people)) continue;
    if (!tick.done) done.delete(tick.taskId);
    else if (!done.has(tick.taskId)) done.set(tick.taskId, { at: tick.at, by: tick.by });
  }
  return done;
}

/**
 * The people an active campaign's audience rule takes who have no enrolment item in it yet
 * (someone unenrolled by hand has one, so stays out). They are enrolled from when the campaign
 * was last saved, or from when they arrived if later; every save writes them down as items
 * (`materialize`), so a changed rule never drops them.
 */
export function implicitEnrolments(
  campaign: CampaignRecord,
  people: People,
  arrivals: ReadonlyMap<string, number>,
  hasItem: (personId: string) => boolean,
): EnrolmentRecord[] {
  const { audience } = campaign;
  if (!audience || campaign.status !== 'active') return [];
  const saved = Date.parse(campaign.updatedAt);
  const out: EnrolmentRecord[] = [];
  for (const person of people.values()) {
    if (hasItem(person.id) || !matchesAudience(audience, person)) continue;
    const record: EnrolmentRecord = {
      campaignId: campaign.id,
      personId: person.id,
      startDate: person.startDate!,
      source: 'audience',
      enrolledAt: new Date(Math.max(saved, arrivals.get(person.id) ?? 0)).toISOString(),
      active: true,
    };
    if (person.managerId) record.managerId = person.managerId;
    out.push(record);
  }
  return out;
}

// ---------------------------------------------------------------------------- views

export function viewCampaign(record: CampaignRecord, enrolled: number): Campaign {
  const { itemId: _itemId, savedKey: _savedKey, ...campaign } = record;
  return { ...structuredClone(campaign), enrolled };
}

export interface ChecklistInput {
  campaign: CampaignRecord;
  enrolment: EnrolmentRecord;
  done: ReadonlyMap<string, Done>;
  people: People;
  viewer: string;
  today: IsoDate;
}

export function viewTask(input: ChecklistInput, phaseId: string, task: OnboardingTask): ChecklistTask {
  const { campaign, enrolment, people, viewer, today } = input;
  const done = input.done.get(task.id);
  const dueDate = dueDateOf(enrolment, task);
  return {
    ...structuredClone(task),
    phaseId,
    dueDate,
    done: done !== undefined,
    ...(done ? { doneAt: done.at, doneBy: done.by } : {}),
    state: taskStateOf(dueDate, done !== undefined, today),
    canTick: campaign.status === 'active' && enrolment.active && ownerOf(enrolment, task.owner, people) === viewer,
  };
}

export function viewChecklist(input: ChecklistInput): Checklist {
  const { id, title, description, status } = input.campaign;
  const phases = input.campaign.phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    tasks: phase.tasks.map((task) => viewTask(input, phase.id, task)),
  }));
  const tasks = phases.flatMap((phase) => phase.tasks);
  return {
    campaign: { id, title, description, status },
    enrolment: viewEnrolment(input.enrolment),
    phases,
    progress: {
      done: tasks.filter((task) => task.done).length,
      total: tasks.length,
      overdue: tasks.filter((task) => task.state === 'overdue').length,
    },
  };
}
