import { css } from 'lit';

/** The campaign editor: phases as boxes, tasks as rows that open to their fields. Rules start at `.campaign-form`. */
export const campaignEditorStyles = css`
  .campaign-form {
    display: grid;
    gap: var(--_plein-space-3);
    min-width: 0;
  }
  /* Grid tracks default to at least their content's width: let them shrink to the phone's. */
  .campaign-form,
  .campaign-form :is(.form-section, .phases, .tasks, .phase-box) {
    grid-template-columns: minmax(0, 1fr);
  }
  .campaign-form .field {
    margin: 0;
  }
  .campaign-form .note {
    padding: var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-accent);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-accent-subtle);
  }
  .campaign-form .form-section {
    display: grid;
    gap: var(--_plein-space-3);
    padding-top: var(--_plein-space-4);
    border-top: 1px solid var(--_plein-border);
  }
  .campaign-form .form-error {
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-danger-subtle);
  }

  /* ---- phases */
  .campaign-form :is(.phases, .tasks) {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .campaign-form .phases {
    gap: var(--_plein-space-3);
  }
  .campaign-form .phase-box {
    display: grid;
    gap: var(--_plein-space-2);
    margin: 0;
    padding: var(--_plein-space-3);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
  }
  /* The legend sits inside the box, above the phase's name. */
  .campaign-form .phase-legend {
    float: left;
    width: 100%;
    margin: 0;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .campaign-form .phase-legend + * {
    clear: both;
  }
  .campaign-form .phase-head {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_plein-space-2);
  }
  .campaign-form .phase-title {
    flex: 1 1 10em;
    min-width: 0;
  }
  .campaign-form .order {
    display: flex;
    flex: none;
    gap: var(--_plein-space-1);
  }
  .campaign-form .icon-button {
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0;
  }
  .campaign-form .icon {
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .campaign-form .none {
    padding: var(--_plein-space-2) 0;
  }

  /* ---- tasks: a row with its summary, opening to its fields */
  .campaign-form .task {
    border-top: 1px solid var(--_plein-border);
  }
  .campaign-form .task:last-child {
    border-bottom: 1px solid var(--_plein-border);
  }
  .campaign-form .task.wrong {
    border-inline-start: 3px solid var(--_plein-danger);
    padding-inline-start: var(--_plein-space-2);
  }
  .campaign-form .task-row {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-1) 0;
  }
  .campaign-form .task-toggle {
    display: flex;
    flex: 1 1 auto;
    align-items: flex-start;
    gap: var(--_plein-space-2);
    min-width: 0;
    min-height: var(--_plein-touch-target);
    margin: 0;
    padding: var(--_plein-space-1) var(--_plein-space-2);
    border: 0;
    border-radius: var(--_plein-radius-small);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .campaign-form .task-toggle:hover {
    background: var(--_plein-surface-hover);
  }
  .campaign-form .task-toggle .icon {
    flex: none;
    margin-top: 0.25em;
    transition: transform var(--_plein-duration-short) var(--_plein-easing);
  }
  .campaign-form .task-toggle[aria-expanded='true'] .icon {
    transform: rotate(90deg);
  }
  .campaign-form .task-summary {
    display: grid;
    min-width: 0;
  }
  .campaign-form .task-name {
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .campaign-form .task-meta {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .campaign-form .task-body {
    display: grid;
    gap: var(--_plein-space-3);
    padding: var(--_plein-space-2) 0 var(--_plein-space-3) calc(1em + var(--_plein-space-4));
  }
  .campaign-form .task-when {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-3);
  }
  .campaign-form .task-when > * {
    flex: 1 1 12em;
    min-width: 0;
  }
  /* Fieldsets are at least as wide as their content by default (min-inline-size: min-content). */
  .campaign-form fieldset {
    min-inline-size: 0;
  }
  .campaign-form .due {
    margin: 0;
  }
  .campaign-form .due legend {
    margin-bottom: var(--_plein-space-1);
  }
  .campaign-form .due-row {
    display: flex;
    gap: var(--_plein-space-2);
  }
  .campaign-form .due-days {
    flex: 0 0 4.5em;
  }
  .campaign-form .due-when {
    flex: 1 1 auto;
    min-width: 0;
  }

  /* ---- audience and target */
  .campaign-form .group {
    margin: 0;
  }
  .campaign-form .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1) var(--_plein-space-4);
  }
  .campaign-form .pair {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-3);
  }
  .campaign-form .pair > .field {
    flex: 1 1 10em;
    max-width: 16em;
  }
  .campaign-form .form-actions {
    padding-top: var(--_plein-space-2);
  }

  @media (max-width: 30em) {
    .campaign-form .task-body {
      padding-inline-start: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .campaign-form .task-toggle .icon {
      transition: none;
    }
  }
`;
