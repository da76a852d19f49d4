import { css } from 'lit';

/** The dashboard: head, period picker, caption, KPI tiles. Every rule starts at `.insights`. */
export const dashboardStyles = css`
  /* Painted (the element itself is transparent), so its text never lands on a page of the other scheme. */
  .insights {
    display: grid;
    gap: var(--_plein-space-4);
    min-width: 0;
    padding: var(--_plein-space-3);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
  }
  .insights :is(h2, p) {
    margin: 0;
  }
  .insights [hidden] {
    display: none !important;
  }
  .insights-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2) var(--_plein-space-3);
  }
  .insights-title {
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }

  /* ---- the period: a select, and two dates when the viewer picks them */
  .insights .period {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_plein-space-2) var(--_plein-space-3);
  }
  .insights .period .field {
    flex: 0 1 auto;
    min-width: 0;
    margin: 0;
  }
  .insights .period :is(select, input) {
    justify-self: start;
    width: auto;
    max-width: 100%;
  }
  .insights .period .field-error {
    font-weight: var(--_plein-font-weight-strong);
  }
  .insights .caption {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_plein-space-2);
    margin-top: calc(-1 * var(--_plein-space-2));
  }
  .insights .caption-period {
    font-weight: var(--_plein-font-weight-strong);
  }
  .insights :is(.caption-previous, .caption-busy) {
    color: var(--_plein-text-muted);
  }

  .insights .quiet {
    display: grid;
    gap: var(--_plein-space-1);
    padding: var(--_plein-space-3) var(--_plein-space-4);
    border: 1px dashed var(--_plein-border-strong);
    border-radius: var(--_plein-radius-large);
  }
  .insights .quiet .state-heading {
    font-size: 1em;
  }
  .insights .quiet .state-message {
    color: var(--_plein-text-muted);
  }

  /* ---- the tiles: one column on a phone, as many as fit on a desktop */
  .insights .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    grid-auto-flow: row dense;
    gap: var(--_plein-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .insights .tiles.busy {
    cursor: progress;
  }
  .insights .tile {
    display: flex;
    flex-direction: column;
    min-width: 0;
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    box-shadow: var(--_plein-shadow-small);
  }
  /* The KPI the charts show: an accent edge, and a filled corner mark (not colour alone: aria-pressed too). */
  .insights .tile.selected {
    border-color: var(--_plein-accent);
    box-shadow: inset 0 0 0 1px var(--_plein-accent);
  }
  .insights .tile-main {
    display: grid;
    align-content: start;
    gap: var(--_plein-space-1);
    width: 100%;
    min-height: var(--_plein-touch-target);
    margin: 0;
    padding: var(--_plein-space-3) var(--_plein-space-3) var(--_plein-space-2);
    border: 0;
    border-radius: var(--_plein-radius-large) var(--_plein-radius-large) 0 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .insights .tile-main:hover {
    background: var(--_plein-surface-hover);
  }
  .insights .tile-main:focus-visible {
    outline-offset: -2px;
  }
  .insights .tile-name {
    display: flex;
    justify-content: space-between;
    gap: var(--_plein-space-2);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
  }
  .insights .selected .tile-name {
    color: var(--_plein-accent);
  }
  .insights .tile-figure {
    font-size: 1.75em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .insights .tile-none {
    padding: var(--_plein-space-2) 0;
    font-weight: var(--_plein-font-weight-strong);
  }
  .insights .tile-share,
  .insights .change,
  .insights .target-text {
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .insights .tile-share {
    color: var(--_plein-text-muted);
  }
  .insights .change {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
    color: var(--_plein-text-muted);
  }
  .insights .change svg {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  .insights .change.good {
    color: var(--_plein-success);
  }
  .insights .change.bad {
    color: var(--_plein-danger);
  }

  /* ---- the target: words, a bar, and "reached" in words and a tick */
  .insights .tile-target {
    display: grid;
    gap: var(--_plein-space-1);
    padding: 0 var(--_plein-space-3) var(--_plein-space-1);
  }
  .insights .target-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_plein-space-2);
  }
  .insights .progress-text {
    color: var(--_plein-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .insights .reached-text {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
    color: var(--_plein-success);
    font-weight: var(--_plein-font-weight-strong);
  }
  .insights .reached-text svg {
    width: 1.15em;
    height: 1.15em;
  }
  /* A native meter, drawn as a quiet track with an accent fill (WebKit and Gecko name their parts apart). */
  .insights .meter {
    display: block;
    width: 100%;
    height: 0.5em;
    border: 0;
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }
  .insights .meter::-webkit-meter-bar {
    height: 0.5em;
    border: 0;
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }
  .insights .meter::-webkit-meter-optimum-value,
  .insights .meter::-webkit-meter-suboptimum-value,
  .insights .meter::-webkit-meter-even-less-good-value {
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-accent);
  }
  .insights .meter::-moz-meter-bar {
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-accent);
  }
  .insights .reached .meter::-webkit-meter-optimum-value {
    background: var(--_plein-success);
  }
  .insights .reached .meter::-moz-meter-bar {
    background: var(--_plein-success);
  }

  .insights .tile-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1);
    margin-top: auto;
    /* No inset of its own: the buttons' padding lines their words up with the figures above. */
    padding: var(--_plein-space-1) 0 var(--_plein-space-2);
  }
  .insights .tile-actions .button {
    min-height: var(--_plein-touch-target);
    color: var(--_plein-accent);
  }
  .insights .target-open[aria-expanded='true'] {
    background: var(--_plein-accent-subtle);
  }
  .insights .target-panel {
    grid-column: 1 / -1;
    min-width: 0;
  }
  .insights .charts-area {
    min-width: 0;
  }

  @media (forced-colors: active) {
    .insights .tile.selected {
      outline: 2px solid Highlight;
    }
  }
`;
