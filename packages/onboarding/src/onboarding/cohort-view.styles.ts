import { css } from 'lit';

/** The cohort: figures, people by state, completion per task, people. Rules start at `.cohort`. */
export const cohortStyles = css`
  .cohort {
    display: grid;
    gap: var(--_plein-space-5);
    min-width: 0;
  }
  .cohort > * {
    display: grid;
    gap: var(--_plein-space-3);
    min-width: 0;
  }
  .cohort .exports {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
  }

  /* ---- the headline figures */
  .cohort .figure-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: var(--_plein-space-3);
  }
  .cohort .figure {
    display: grid;
    align-content: start;
    gap: var(--_plein-space-1);
    padding: var(--_plein-space-3);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
  }
  .cohort .figure dt {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
  }
  .cohort .figure-value {
    font-size: 1.75em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .cohort .figure-text {
    font-weight: var(--_plein-font-weight-strong);
  }
  .cohort .figure-hint {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }

  /* ---- people by state: a stacked bar, with its numbers as the table below */
  .cohort .stack {
    display: flex;
    height: 2em;
    overflow: hidden;
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
  }
  .cohort .segment {
    display: grid;
    place-items: center;
    min-width: 1.5em;
    flex-basis: 0;
    color: var(--_plein-surface);
    font-weight: var(--_plein-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  .cohort .segment + .segment {
    border-inline-start: 2px solid var(--_plein-surface);
  }
  .cohort :is(.segment, .swatch).done {
    background: var(--_plein-success);
  }
  .cohort :is(.segment, .swatch).on-track {
    background: var(--_plein-accent);
  }
  .cohort :is(.segment, .swatch).behind {
    background: var(--_plein-danger);
  }
  .cohort .legend {
    justify-self: start;
    width: auto;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .cohort .legend :is(th, td) {
    padding: var(--_plein-space-1) var(--_plein-space-4) var(--_plein-space-1) 0;
    text-align: start;
  }
  .cohort .legend thead th {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .cohort .legend tbody th {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-2);
    font-weight: normal;
  }
  .cohort .swatch {
    width: 0.875em;
    height: 0.875em;
    border-radius: var(--_plein-radius-small);
  }

  /* ---- completion per task: a bar under the count */
  .cohort .done-cell {
    min-width: 5em;
  }
  .cohort .done-cell .cell-meta {
    margin-top: var(--_plein-space-1);
  }
  .cohort .bar {
    display: block;
    height: 0.5em;
    margin-top: var(--_plein-space-1);
    overflow: hidden;
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }
  .cohort .bar-fill {
    display: block;
    height: 100%;
    background: var(--_plein-accent);
  }
  /* "2 van 12", "8 te laat": a count reads as one piece. */
  .cohort td > .cell-title,
  .cohort td > .late {
    white-space: nowrap;
  }
  .cohort .late {
    color: var(--_plein-danger);
    font-weight: var(--_plein-font-weight-strong);
  }

  /* ---- per person */
  /* The label and the select wrap and the select shrinks, so a long Dutch option never widens the page. */
  .cohort .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1) var(--_plein-space-2);
    min-width: 0;
    max-width: 100%;
  }
  .cohort .sort select {
    width: auto;
    min-width: 0;
    max-width: 100%;
  }
  .cohort .state {
    font-weight: var(--_plein-font-weight-strong);
    white-space: nowrap;
  }
  .cohort .state.done {
    color: var(--_plein-success);
  }
  .cohort .state.behind {
    color: var(--_plein-danger);
  }
  .cohort tr.open :is(th, td) {
    background: var(--_plein-accent-subtle);
  }
  .cohort .checklist-panel {
    display: grid;
    gap: var(--_plein-space-3);
    padding: var(--_plein-space-3);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface-subtle);
  }

  @media (forced-colors: active) {
    .cohort :is(.segment, .swatch, .bar-fill) {
      forced-color-adjust: none;
      background: CanvasText !important;
      color: Canvas;
    }
  }
`;
