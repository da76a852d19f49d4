import { LIMITS, type ChecklistTask, type IsoDate, type TaskState } from '@plein/core';

const DAY_MS = 24 * 3600e3;

/** The viewer's calendar date at `now` (their own time zone: a due date is a day on their calendar). */
export function today(now: number): IsoDate {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Milliseconds from `now` until the viewer's next midnight, when every "due in …" moves on a day. */
export function untilMidnight(now: number): number {
  const next = new Date(now);
  next.setHours(24, 0, 0, 0);
  return Math.max(1000, next.getTime() - now);
}

/**
 * Where a task stands today, by the rule the store uses (done; overdue after its due date; due
 * soon within `LIMITS.dueSoonDays`), worked out on the element's clock, so a checklist left
 * open moves from "due soon" to "overdue" at midnight without asking the store.
 */
export function stateOf(task: Pick<ChecklistTask, 'dueDate'>, done: boolean, day: IsoDate): TaskState {
  if (done) return 'done';
  const days = daysBetween(day, task.dueDate);
  if (days < 0) return 'overdue';
  return days <= LIMITS.dueSoonDays ? 'due-soon' : 'upcoming';
}
