import { LIMITS, newId, type Notification } from '@plein/core';
import type { Change, MemoryDb } from './db.js';
import { DAY, dueDateOf, ownerOf, tasksOf } from './onboarding-rules.js';
import type { CampaignRecord, EnrolmentRecord, State } from './state.js';

/**
 * Reminders: `task-due-soon` and `task-overdue` notifications to a task's owner, each once per
 * task, person and kind, sent as the store's clock passes its moment. One timer (MemoryDb.arm)
 * waits for the next moment; every onboarding write and every catch-up with another tab re-arms
 * it, and moments that passed while nobody had the rules loaded are sent when they load.
 */

export interface Reminder {
  campaign: CampaignRecord;
  enrolment: EnrolmentRecord;
  taskId: string;
  kind: 'task-due-soon' | 'task-overdue';
  /** Who is told. */
  to: string;
  /** When: the start of the day 3 days before the due date (due soon), or of the day after it (overdue). */
  at: number;
  /** The start of the day after the due date: a due-soon reminder not sent by then is stale. */
  late: number;
}

/** Reminders not sent yet, of tasks not done, in active campaigns, for owners who exist. */
export function* pending(state: State): Generator<Reminder> {
  for (const campaign of state.campaigns.values()) {
    if (campaign.status !== 'active') continue;
    for (const enrolment of campaign.enrolments) {
      if (!enrolment.active) continue;
      const sent = new Set(enrolment.reminded);
      const done = new Set(enrolment.done.map((d) => d.taskId));
      for (const task of tasksOf(campaign)) {
        const to = ownerOf(state, enrolment, task.owner);
        if (done.has(task.id) || to === undefined) continue;
        const due = Date.parse(dueDateOf(enrolment, task));
        const base = { campaign, enrolment, taskId: task.id, to, late: due + DAY };
        if (!sent.has(`${task.id} task-due-soon`)) {
          yield { ...base, kind: 'task-due-soon', at: due - LIMITS.dueSoonDays * DAY };
        }
        if (!sent.has(`${task.id} task-overdue`)) yield { ...base, kind: 'task-overdue', at: due + DAY };
      }
    }
  }
}

/** Marks a reminder as sent. */
export const markSent = (reminder: Reminder): number =>
  reminder.enrolment.reminded.push(`${reminder.taskId} ${reminder.kind}`);

/** The earliest moment of a reminder not sent yet. */
function nextMoment(state: State): number | undefined {
  let next: number | undefined;
  for (const { at } of pending(state)) if (next === undefined || at < next) next = at;
  return next;
}

/** Sends every reminder whose moment has passed (a due-soon one past its due date is only marked), then waits for the next. */
function send(db: MemoryDb): void {
  try {
    const now = db.clock.now();
    if (!((nextMoment(db.state) ?? Infinity) <= now)) return remind(db);
    db.write((state) => {
      const changes: Change[] = [];
      for (const reminder of [...pending(state)]) {
        if (reminder.at > now) continue;
        markSent(reminder);
        if (reminder.kind === 'task-due-soon' && reminder.late <= now) continue;
        const notification: Notification = {
          id: newId('note'),
          personId: reminder.to,
          kind: reminder.kind,
          actorId: reminder.campaign.createdBy,
          entryId: reminder.taskId,
          campaignId: reminder.campaign.id,
          subjectId: reminder.enrolment.personId,
          at: new Date(now).toISOString(),
        };
        changes.push({ kind: 'notification', notification });
      }
      return { result: undefined, changes };
    });
  } catch {
    return; // disposed, or the storage is full: the next write tries again
  }
  remind(db);
}

/** Waits for the next moment; sends at once (after this turn) what is due already. */
export function remind(db: MemoryDb): void {
  const next = () => nextMoment(db.state);
  const at = next();
  if (at !== undefined && at <= db.clock.now()) queueMicrotask(() => send(db));
  else db.arm('onboarding:reminders', next, () => send(db));
}

/** Starts the reminders of a db, once the onboarding rules are loaded. */
export function start(db: MemoryDb): void {
  db.remind = () => remind(db);
  remind(db);
}
