import { Catalog, coreCatalog, type Formatters } from '@plein/core';
import { count } from './count.js';

const core = coreCatalog.get('en');

/**
 * What the checklist says: the new hire's own checklist, the people a manager or buddy is
 * onboarding, due dates, reminders and the celebration. English is inline; Dutch is a chunk of
 * its own (`checklist.strings.nl.ts`), loaded where an element speaks it.
 */
const en = {
  loading: 'Loading your checklist…',
  retry: core.tryAgain,
  region: 'Onboarding',
  emptyHeading: 'You have no onboarding checklist',
  emptyMessage:
    'When you join the organisation or start a new role, your checklist appears here: what to do and when, from before your first day.',
  personEmptyHeading: 'No onboarding checklist',
  personEmptyMessage: 'There is no checklist for this person that you can see.',
  personHeading: (name: string) => `Onboarding of ${name}`,
  archived: 'This onboarding has been archived. Everything that was done is kept; tasks can no longer be ticked.',
  archivedBadge: 'Archived',
  firstDay: (date: string) => `Your first day: ${date}`,
  startsOn: (date: string) => `Starts ${date}`,
  startedOn: (date: string) => `Started ${date}`,
  progressLabel: (title: string) => `Progress of ${title}`,
  progress: (done: number, total: number, format: Formatters) =>
    `${format.number(done)} of ${count(format, total, 'task', 'tasks')} done`,
  overdueCount: (n: number, format: Formatters) => `${format.number(n)} overdue`,
  allDone: 'All done. Welcome aboard!',
  phaseProgress: (done: number, total: number, format: Formatters) =>
    `${format.number(done)} of ${format.number(total)} done`,
  phaseComplete: 'Complete',
  phaseEmpty: 'Nothing to do in this phase.',
  phaseCelebrated: (phase: string) => `${phase}: complete. Well done!`,
  allCelebrated: (title: string) => `You finished everything in ${title}. Well done!`,
  dueToday: 'Due today',
  dueTomorrow: 'Due tomorrow',
  dueIn: (n: number, format: Formatters) => `Due in ${count(format, n, 'day', 'days')}`,
  dueOn: (date: string) => `Due ${date}`,
  overdueBy: (n: number, format: Formatters) => (n === 0 ? 'Overdue' : `${count(format, n, 'day', 'days')} overdue`),
  doneOn: (date: string) => `Done ${date}`,
  doneBy: (name: string, date: string) => `Done by ${name}, ${date}`,
  stateDone: 'Done',
  stateOpen: 'Not done yet',
  yourManager: (name: string | undefined) => (name ? `Your manager, ${name}, does this` : 'Your manager does this'),
  yourBuddy: (name: string | undefined) => (name ? `Your buddy, ${name}, does this` : 'Your buddy does this'),
  theirManager: (name: string | undefined) => (name ? `${name} (manager) does this` : 'Their manager does this'),
  theirBuddy: (name: string | undefined) => (name ? `${name} (buddy) does this` : 'Their buddy does this'),
  newHireDoes: (name: string) => `${name} does this`,
  someone: 'Someone',
  newTab: '(opens in a new tab)',
  openLink: 'Open link',
  notSaved: (reason: string) => `Not saved. ${reason}`,
  tickUndone: (title: string, done: boolean, reason: string) =>
    `“${title}” ${done ? 'was not ticked off' : 'is still ticked off'}. ${reason}`,
  tickedBy: (name: string, title: string) => `${name} ticked off “${title}”.`,
  reminderSoon: (title: string) => `Reminder: “${title}” is due soon.`,
  reminderOverdue: (title: string) => `Reminder: “${title}” is overdue.`,
  assignedHeading: 'People you are onboarding',
  asManager: 'You are their manager',
  asBuddy: 'You are their buddy',
  yourTasks: 'Your tasks',
  noTasksForYou: 'You have no tasks in this checklist.',
  wholeChecklist: 'Whole checklist',
};

export type ChecklistStrings = typeof en;

/** English inline; each other language a chunk of its own, loaded where an element speaks it. */
export const checklistCatalog = new Catalog<ChecklistStrings>(en, {
  nl: () => import('./checklist.strings.nl.js').then((module) => module.strings),
});
