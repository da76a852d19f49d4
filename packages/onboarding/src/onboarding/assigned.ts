import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { avatar } from '@plein/ui';
import type { Checklist } from '@plein/core';
import { domId, type ChecklistContext } from './context.js';
import { daysBetween } from './due.js';
import { allTasks, progressBar, renderPhases, tally } from './phases.js';
import { dayText, renderTask } from './task.js';

/**
 * "People you are onboarding", for managers and buddies: each new hire with their start date,
 * progress and overdue count, the tasks the viewer does for them (tickable), and the whole
 * checklist to read on demand.
 */
export function renderAssigned(ctx: ChecklistContext, checklists: readonly Checklist[]): TemplateResult {
  const t = ctx.strings();
  return html`<section class="assigned" part="assigned" aria-labelledby="assigned-heading">
    <h2 class="section-heading" id="assigned-heading">${t.assignedHeading}</h2>
    <ul class="people">
      ${repeat(
        checklists,
        (checklist) => `${checklist.campaign.id}\n${checklist.enrolment.personId}`,
        (checklist) => renderPerson(ctx, checklist),
      )}
    </ul>
  </section>`;
}

function renderPerson(ctx: ChecklistContext, checklist: Checklist): TemplateResult {
  const t = ctx.strings();
  const { enrolment, campaign } = checklist;
  const person = ctx.person(enrolment.personId);
  const name = person?.displayName ?? t.someone;
  const started = daysBetween(ctx.today(), enrolment.startDate) <= 0;
  const start = (started ? t.startedOn : t.startsOn)(dayText(ctx, enrolment.startDate));
  const role = enrolment.managerId === ctx.viewerId() ? t.asManager : t.asBuddy;
  const tasks = allTasks(checklist);
  const counts = tally(ctx, checklist, tasks);
  const mine = tasks.filter((task) => task.canTick && task.owner !== 'new-hire');
  const id = domId('a', campaign.id, enrolment.personId);
  return html`<li class="person card" aria-labelledby=${`${id}-name`}>
    <header class="person-head">
      <span aria-hidden="true">${avatar(person)}</span>
      <div class="person-text">
        <h3 class="person-name" id=${`${id}-name`}>${name}</h3>
        <p class="person-detail">${[start, role, campaign.title].join(' · ')}</p>
      </div>
    </header>
    <div class="person-progress">
      ${progressBar(ctx, t.progressLabel(name), counts)} ${counts.overdue ? overdueBadge(ctx, counts.overdue) : nothing}
      ${campaign.status === 'archived' ? html`<span class="badge">${t.archivedBadge}</span>` : nothing}
    </div>
    <h4 class="your-tasks">${t.yourTasks}</h4>
    ${
      mine.length
        ? html`<ul class="tasks">
            ${repeat(
              mine,
              (task) => task.id,
              (task) => renderTask(ctx, checklist, task, { interactive: true }),
            )}
          </ul>`
        : html`<p class="phase-empty">${t.noTasksForYou}</p>`
    }
    <details class="whole">
      <summary>
        <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="m6 3.5 4.5 4.5L6 12.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
        ${t.wholeChecklist}
      </summary>
      ${renderPhases(ctx, checklist, { interactive: false, level: 4 })}
    </details>
  </li>`;
}

/** "2 overdue", with an icon, in the calm danger colour. */
export function overdueBadge(ctx: ChecklistContext, n: number): TemplateResult {
  return html`<span class="overdue-badge">
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      <path d="M8 6v3.5M8 11.3v.2" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
    ${ctx.strings().overdueCount(n, ctx.locale().format)}
  </span>`;
}
