import { css } from 'lit';

/** The CSV import: the file, the problem, the counts and the preview table. Rules start at `.import`. */
export const importStyles = css`
  .import {
    display: grid;
    gap: var(--_plein-space-3);
    min-width: 0;
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
  }
  .import .field {
    margin: 0;
  }
  .import input[type='file'] {
    min-height: 2.5em;
    padding: var(--_plein-space-2);
  }
  .import textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .import .problem {
    display: grid;
    gap: var(--_plein-space-1);
    padding: var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-danger);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-danger-subtle);
  }
  .import .problem-title {
    color: var(--_plein-danger);
    font-weight: var(--_plein-font-weight-strong);
  }
  .import .subheading {
    font-size: 1em;
    font-weight: var(--_plein-font-weight-strong);
  }
  .import .counts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8em), 1fr));
    gap: var(--_plein-space-2);
  }
  .import .count {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    gap: var(--_plein-space-1);
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-medium);
  }
  .import .count dt {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .import .count dd {
    font-size: 1.5em;
    font-weight: var(--_plein-font-weight-strong);
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  /* Red only when something is wrong: "0 errors" is good news. */
  .import .count.error:not(.zero) dd {
    color: var(--_plein-danger);
  }
  .import .rows td.wrong {
    background: var(--_plein-danger-subtle);
  }
  /* Six columns do not fit a phone: the table keeps readable cells and scrolls in its box. */
  .import table.rows {
    min-width: 42em;
  }
  .import .value {
    overflow-wrap: break-word;
  }
  /* A date reads as one piece ("2026-11-21", never "2026-11-" / "21"). */
  .import td.startDate .value {
    white-space: nowrap;
  }
  .import .cell-error {
    display: block;
    color: var(--_plein-danger);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
  }
  /* The outcome wraps rather than pushing itself out of the box ("Nieuwe collega: toegevoegd en ingeschreven"). */
  .import th:last-child {
    min-width: 9em;
  }
  .import .outcome.error {
    color: var(--_plein-danger);
    font-weight: var(--_plein-font-weight-strong);
  }
  .import .outcome.add {
    color: var(--_plein-success);
  }
  .import .outcome.skip {
    color: var(--_plein-text-muted);
  }
`;
