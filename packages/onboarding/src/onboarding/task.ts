import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Checklist, ChecklistTask, IsoDate, TaskState } from '@plein/core';
import type { ChecklistStrings } from './checklist.strings.js';
import { domId, type ChecklistContext } from './context.js';
import { daysBetween, stateOf } from './due.js';

/** Small icons drawn in `currentColor`, so they follow the text's colour (and forced colours). */
const ICONS: Record<TaskState, TemplateResult> = {
  overdue: html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    <path d="M8 6v3.5M8 11.3v.2" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
  </svg>`,
  'due-soon': html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" />
    <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
  </svg>`,
  upcoming: html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.4" />
    <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" stroke="currentColor" stroke-width="1.4" />
  </svg>`,
  done: html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="m3 8.5 3 3 7-7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
  </svg>`,
};

const DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };

/** A calendar date in the viewer's language ("Mon 2 Feb"; with the year when it is not this year's). */
export function dayText(ctx: ChecklistContext, date: IsoDate): string {
  const options = date.slice(0, 4) === ctx.today().slice(0, 4) ? DATE : { ...DATE, year: 'numeric' as const };
  return ctx.locale().format.date(`${date}T00:00:00Z`, options);
}

/** "Due tomorrow", "Due in 5 days", "2 days overdue", "Done 14 Jan". */
export function dueText(ctx: ChecklistContext, task: ChecklistTask, state: TaskState): string {
  const t = ctx.strings();
  const { format } = ctx.locale();
  if (state === 'done') {
    const on = task.doneAt ? format.date(task.doneAt, { day: 'numeric', month: 'short' }) : '';
    const by = task.doneBy && task.doneBy !== ctx.viewerId() ? ctx.person(task.doneBy)?.displayName : undefined;
    if (!on) return t.stateDone;
    return by ? t.doneBy(by, on) : t.doneOn(on);
  }
  const days = daysBetween(ctx.today(), task.dueDate);
  if (days < 0) return t.overdueBy(-days, format);
  if (days === 0) return t.dueToday;
  if (days === 1) return t.dueTomorrow;
  if (days < 7) return t.dueIn(days, format);
  return t.dueOn(dayText(ctx, task.dueDate));
}

/** Who does a task the viewer does not, in their words ("Your manager, Bob, does this"); '' for their own. */
export function ownerText(ctx: ChecklistContext, checklist: Checklist, task: ChecklistTask): string {
  const t = ctx.strings();
  const { enrolment } = checklist;
  const name = (id: string | undefined) => (id ? ctx.person(id)?.displayName : undefined);
  const self = enrolment.personId === ctx.viewerId();
  const owner = { 'new-hire': enrolment.personId, manager: enrolment.managerId, buddy: enrolment.buddyId }[task.owner];
  if (owner !== undefined && owner === ctx.viewerId()) return '';
  switch (task.owner) {
    case 'manager':
      return self ? t.yourManager(name(enrolment.managerId)) : t.theirManager(name(enrolment.managerId));
    case 'buddy':
      return self ? t.yourBuddy(name(enrolment.buddyId)) : t.theirBuddy(name(enrolment.buddyId));
    default:
      return t.newHireDoes(name(enrolment.personId) ?? t.someone);
  }
}

export interface TaskOptions {
  /** Whether the viewer may tick here (false in a read-only copy of a checklist). */
  interactive: boolean;
}

/**
 * One task: a real checkbox for the viewer's own tasks (its label the title; due date, owner
 * and a failed tick described by it), or a read-only mark saying who does it. Overdue is told
 * by an icon and words, never by colour alone.
 */
export function renderTask(
  ctx: ChecklistContext,
  checklist: Checklist,
  task: ChecklistTask,
  { interactive }: TaskOptions,
): TemplateResult {
  const t = ctx.strings();
  const done = ctx.ticks.done(checklist, task);
  const state = stateOf(task, done, ctx.today());
  const tickable = interactive && task.canTick && checklist.campaign.status === 'active';
  const id = domId(checklist.campaign.id, checklist.enrolment.personId, task.id);
  // Once done, "Done by …" says who; before, who will.
  const owner = done ? '' : ownerText(ctx, checklist, task);
  const failure = tickable ? ctx.ticks.failure(checklist, task) : undefined;
  const busy = ctx.ticks.busy(checklist, task);
  const described = [`${id}-due`, owner ? `${id}-owner` : '', failure !== undefined ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const control = tickable
    ? html`<label class="tick">
        <input
          type="checkbox"
          id=${id}
          part="checkbox"
          .checked=${live(done)}
          aria-describedby=${described}
          @click=${(event: Event) => {
            // One call per task at a time: the box keeps its state until the store answers.
            if (busy) event.preventDefault();
          }}
          @change=${(event: Event) => ctx.tick(checklist, task, (event.target as HTMLInputElement).checked)}
        />
      </label>`
    : html`<span class="tick mark ${done ? 'is-done' : ''}" role="img" aria-label=${done ? t.stateDone : t.stateOpen}
        >${done ? ICONS.done : nothing}</span
      >`;
  const title = tickable
    ? html`<label class="task-title" for=${id}>${task.title}</label>`
    : html`<span class="task-title">${task.title}</span>`;
  return html`<li
    class="task state-${state} ${tickable ? 'own' : 'read-only'}"
    part="task"
    data-task=${task.id}
    aria-busy=${busy ? 'true' : 'false'}
  >
    ${control}
    <div class="task-body">
      ${title} ${task.text ? html`<p class="task-text">${task.text}</p>` : nothing}
      <p class="task-meta">
        <span class="due" part="due" id=${`${id}-due`}>${ICONS[state]}<span>${dueText(ctx, task, state)}</span></span>
        ${owner ? html`<span class="owner" id=${`${id}-owner`}>${owner}</span>` : nothing}
      </p>
      ${renderLink(t, task.link)}
      ${
        failure !== undefined
          ? html`<p class="task-error" id=${`${id}-error`}>${t.notSaved(ctx.errorText(failure))}</p>`
          : nothing
      }
    </div>
  </li>`;
}

/** The task's link, only for web addresses, in a new tab without handing it this page. */
function renderLink(t: ChecklistStrings, link: string | undefined): TemplateResult | typeof nothing {
  if (!link || !/^https?:\/\//i.test(link)) return nothing;
  let host: string;
  try {
    host = new URL(link).host;
  } catch {
    return nothing;
  }
  return html`<a class="task-link" href=${link} target="_blank" rel="noopener noreferrer"
    ><span class="link-label">${t.openLink}</span
    ><svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" fill="none" stroke="currentColor" stroke-width="1.5" /></svg
    ><span class="link-host">${host}</span> <span class="visually-hidden">${t.newTab}</span></a
  >`;
}
