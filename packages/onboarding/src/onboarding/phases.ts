import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '@plein/ui';
import type { Checklist, ChecklistTask } from '@plein/core';
import { domId, type ChecklistContext } from './context.js';
import { stateOf } from './due.js';
import { renderTask } from './task.js';

type Phase = Checklist['phases'][number];

/** Done and total of some tasks as the viewer sees them (their own ticks count at once), and how many are overdue. */
export function tally(
  ctx: ChecklistContext,
  checklist: Checklist,
  tasks: readonly ChecklistTask[],
): { done: number; total: number; overdue: number } {
  const today = ctx.today();
  let done = 0;
  let overdue = 0;
  for (const task of tasks) {
    const state = stateOf(task, ctx.ticks.done(checklist, task), today);
    if (state === 'done') done++;
    else if (state === 'overdue') overdue++;
  }
  return { done, total: tasks.length, overdue };
}

export const allTasks = (checklist: Checklist): ChecklistTask[] => checklist.phases.flatMap((phase) => phase.tasks);

/** A phase with tasks, all of them done. */
export const complete = (ctx: ChecklistContext, checklist: Checklist, phase: Phase): boolean =>
  phase.tasks.length > 0 && phase.tasks.every((task) => ctx.ticks.done(checklist, task));

/** A progress bar with its words ("3 of 12 tasks done"). */
export function progressBar(
  ctx: ChecklistContext,
  label: string,
  { done, total }: { done: number; total: number },
): TemplateResult {
  const { format } = ctx.locale();
  const words = ctx.strings().progress(done, total, format);
  const share = total ? done / total : 0;
  return html`<div class="progress" part="progress">
    <div
      class="bar"
      role="progressbar"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax=${total}
      aria-valuenow=${done}
      aria-valuetext=${words}
    >
      <span class="fill" ${styleProps({ '--share': String(share) })}></span>
    </div>
    <p class="progress-text" aria-hidden="true">${words}</p>
  </div>`;
}

export interface PhasesOptions {
  /** Checkboxes for the viewer's tasks (false: a read-only copy). */
  interactive: boolean;
  /** The level of the phases' headings. */
  level: 3 | 4;
}

/**
 * The phases in order: past phases that are complete start closed (native `<details>`), the
 * current one and those after it open; a phase the viewer just completed celebrates briefly.
 */
export function renderPhases(ctx: ChecklistContext, checklist: Checklist, options: PhasesOptions): TemplateResult {
  const current = checklist.phases.findIndex((phase) => phase.tasks.length && !complete(ctx, checklist, phase));
  return html`<div class="phases">
    ${repeat(
      checklist.phases,
      (phase) => phase.id,
      (phase, index) => renderPhase(ctx, checklist, phase, options, current === -1 || index < current),
    )}
  </div>`;
}

function renderPhase(
  ctx: ChecklistContext,
  checklist: Checklist,
  phase: Phase,
  { interactive, level }: PhasesOptions,
  past: boolean,
): TemplateResult {
  const t = ctx.strings();
  const { format } = ctx.locale();
  const key = domId(interactive ? 'p' : 'r', checklist.campaign.id, checklist.enrolment.personId, phase.id);
  const done = complete(ctx, checklist, phase);
  const { done: count, total, overdue } = tally(ctx, checklist, phase.tasks);
  const open = ctx.phaseOpen(key, !(done && past));
  const celebrating = ctx.celebrating() === key;
  const heading =
    level === 3 ? html`<h3 class="phase-title">${phase.title}</h3>` : html`<h4 class="phase-title">${phase.title}</h4>`;
  return html`<details
    class="phase ${done ? 'complete' : ''} ${overdue ? 'has-overdue' : ''} ${celebrating ? 'celebrate' : ''}"
    part="phase"
    id=${key}
    ?open=${open}
    @toggle=${(event: Event) => ctx.setPhaseOpen(key, (event.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>
      <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="m6 3.5 4.5 4.5L6 12.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
      ${heading}
      <span class="phase-count">
        ${
          done
            ? html`<span class="phase-done"
                ><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                  <path d="m3 8.5 3 3 7-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                </svg>
                ${t.phaseComplete}</span
              >`
            : total
              ? t.phaseProgress(count, total, format)
              : nothing
        }
      </span>
    </summary>
    ${
      phase.tasks.length
        ? html`<ul class="tasks">
            ${repeat(
              phase.tasks,
              (task) => task.id,
              (task) => renderTask(ctx, checklist, task, { interactive }),
            )}
          </ul>`
        : html`<p class="phase-empty">${t.phaseEmpty}</p>`
    }
    ${celebrating ? celebration() : nothing}
  </details>`;
}

const PIECES = 12;

/** A short burst of confetti from the phase's corner: decorative, and gone under reduced motion. */
function celebration(): TemplateResult {
  return html`<div class="celebration" part="celebration" aria-hidden="true">
    ${Array.from({ length: PIECES }, (_, i) => html`<span class="piece p${i}"></span>`)}
  </div>`;
}
