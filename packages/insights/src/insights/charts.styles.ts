import { css } from 'lit';

/**
 * The charts: cards in a grid that is one column on a phone and two on a wide page (the trend
 * line always full width), SVG drawn with the theme's tokens so light and dark both read. Every
 * rule starts at `.charts`.
 */
export const chartsStyles = css`
  .charts {
    display: grid;
    /* One column on a phone, two on a wide page (never three: the cards would be too narrow). */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(22em, 40%)), 1fr));
    gap: var(--_plein-space-4);
    min-width: 0;
    container-type: inline-size;
  }
  .charts .chart-card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: var(--_plein-space-3);
    min-width: 0;
    margin: 0;
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-small);
    container-type: inline-size;
  }
  .charts .trend {
    grid-column: 1 / -1;
  }
  @container (max-width: 24em) {
    .charts .chart-card {
      padding: var(--_plein-space-3);
    }
  }
  .charts :is(h3, p, ol, ul) {
    margin: 0;
  }
  /* The title with the table toggle beside it, the summary below both. */
  .charts .chart-caption {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_plein-space-1) var(--_plein-space-2);
    align-items: start;
  }
  .charts .chart-summary {
    grid-column: 1 / -1;
  }
  .charts .chart-title {
    font-size: 1.125em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .charts .chart-summary {
    color: var(--_plein-text-muted);
  }
  .charts .table-toggle {
    margin-block: -0.25em;
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .charts .icon {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.25;
  }
  .charts .table-toggle[aria-pressed='true'] {
    border-color: var(--_plein-accent);
    background: var(--_plein-accent-subtle);
  }
  /* Nothing to draw: words in the chart's place, never an empty frame. */
  .charts .chart-note {
    display: grid;
    place-items: center;
    min-height: 6em;
    padding: var(--_plein-space-4);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
    color: var(--_plein-text-muted);
    text-align: center;
    overflow-wrap: anywhere;
  }

  /* ---- the trend line: its box has a size of its own; the SVG is drawn in its pixels */
  .charts .trend-box {
    height: clamp(12em, 36cqi, 18em);
    min-width: 0;
    font-size: max(12px, 0.8125em);
  }
  .charts .trend-note {
    min-height: 10em;
  }
  .charts .trend-svg {
    display: block;
    overflow: visible;
  }
  .charts .gridline {
    stroke: var(--_plein-border);
  }
  .charts .axis {
    stroke: var(--_plein-border-strong);
  }
  .charts .tick {
    fill: var(--_plein-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .charts .area {
    fill: var(--_plein-accent);
    fill-opacity: 0.1;
    animation: plein-chart-fade 600ms var(--_plein-easing) both;
  }
  .charts .line {
    fill: none;
    stroke: var(--_plein-accent);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke-dasharray: 1;
    animation: plein-chart-draw 700ms var(--_plein-easing) both;
  }
  .charts .dot {
    fill: var(--_plein-surface);
    stroke: var(--_plein-accent);
    stroke-width: 2;
  }
  .charts .dot.last {
    fill: var(--_plein-accent);
  }
  .charts .target-line {
    stroke: var(--_plein-text);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  /* A halo in the surface colour keeps the label readable where the line crosses it. */
  .charts .target-label {
    fill: var(--_plein-text);
    font-weight: var(--_plein-font-weight-strong);
    paint-order: stroke;
    stroke: var(--_plein-surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  @keyframes plein-chart-draw {
    from {
      stroke-dashoffset: 1;
    }
    to {
      stroke-dashoffset: 0;
    }
  }
  @keyframes plein-chart-fade {
    from {
      opacity: 0;
    }
  }
  @keyframes plein-chart-grow {
    from {
      width: 0;
    }
  }

  /* ---- bars: label and value, the bar below; on a wide card label | bar | value */
  .charts :is(.bars, .tag-list, .post-list) {
    display: grid;
    gap: var(--_plein-space-3);
    padding: 0;
    list-style: none;
  }
  .charts .bar-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_plein-space-1) var(--_plein-space-3);
    align-items: center;
  }
  .charts :is(.bar-name, .tag-name) {
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .charts :is(.bar-people, .tag-count, .post-meta) {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .charts .bar-people {
    display: block;
  }
  .charts .bar-value {
    font-weight: var(--_plein-font-weight-strong);
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .charts .bar-note {
    grid-column: 1 / -1;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .charts .bar {
    display: block;
    grid-column: 1 / -1;
    width: 100%;
    height: 0.75em;
    overflow: visible;
  }
  .charts .bar-track {
    fill: var(--_plein-surface-subtle);
    stroke: var(--_plein-border);
  }
  .charts .bar-fill {
    fill: var(--_plein-accent);
    animation: plein-chart-grow 500ms var(--_plein-easing) both;
  }
  .charts .bar-mark {
    stroke: var(--_plein-text);
    stroke-width: 2;
  }
  .charts .mark-key {
    display: inline-block;
    width: 2px;
    height: 1em;
    margin-inline-end: var(--_plein-space-2);
    vertical-align: -0.125em;
    background: var(--_plein-text);
  }
  @container (min-width: 30em) {
    .charts .bar-row {
      grid-template-columns: minmax(6em, 30%) minmax(0, 1fr) minmax(3.5em, auto);
    }
    .charts .bar-row .bar {
      grid-row: 1;
      grid-column: 2;
    }
    .charts .bar-row :is(.bar-value, .bar-note) {
      grid-row: 1;
      grid-column: 3;
    }
    .charts .bar-row .bar-note {
      grid-column: 2 / -1;
    }
  }

  /* ---- tables (the charts' alternative, channels) scroll inside their box, never the page */
  .charts .table-box {
    max-width: 100%;
    overflow-x: auto;
  }
  .charts table.data {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  /* Two columns read best close together, not a page apart. */
  .charts table.trend-table {
    width: auto;
    min-width: min(100%, 24em);
  }
  .charts .data :is(th, td) {
    padding: var(--_plein-space-2) var(--_plein-space-1);
    border-bottom: 1px solid var(--_plein-border);
    text-align: start;
    vertical-align: top;
  }
  .charts .data :is(th, td):not(:first-child) {
    padding-inline-start: var(--_plein-space-2);
  }
  .charts .data tbody tr:last-child :is(th, td) {
    border-bottom: 0;
  }
  .charts .data thead th {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    vertical-align: bottom;
  }
  .charts .data tbody th {
    font-weight: normal;
    /* anywhere (not break-word): a page's channel is a long address, and only anywhere lets the column shrink */
    overflow-wrap: anywhere;
    min-width: 8.5em;
  }
  .charts .data .number {
    text-align: end;
  }
  .charts .data td.number:not(.muted) {
    white-space: nowrap;
  }
  .charts .data .muted {
    color: var(--_plein-text-muted);
  }
  /* A phone: smaller type so the channels fit; narrower still, the box scrolls with the names kept in view. */
  @container (max-width: 26em) {
    .charts .data {
      font-size: max(12px, var(--_plein-font-size-small));
    }
  }
  /* A phone: each channel a small card, its name over its four figures in two columns, each with its label. */
  @container (max-width: 24em) {
    .charts .channels-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .charts .channels-table tr {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_plein-space-1) var(--_plein-space-3);
      padding-block: var(--_plein-space-2);
      border-bottom: 1px solid var(--_plein-border);
    }
    .charts .channels-table tbody tr:last-child {
      border-bottom: 0;
    }
    .charts .channels-table :is(th, td) {
      display: block;
      padding: 0;
      border: 0;
    }
    .charts .channels-table tbody th {
      grid-column: 1 / -1;
      position: static;
      font-weight: var(--_plein-font-weight-strong);
    }
    .charts .channels-table td.number {
      text-align: start;
      white-space: normal;
    }
    .charts .channels-table td::before {
      content: attr(data-label);
      /* Shown, not read out: the column header already names the figure. */
      content: attr(data-label) / '';
      margin-inline-end: var(--_plein-space-2);
      color: var(--_plein-text-muted);
      font-size: max(12px, var(--_plein-font-size-small));
    }
    .charts .chart-caption {
      grid-template-columns: minmax(0, 1fr);
    }
    .charts .table-toggle {
      justify-self: start;
      margin-block: 0;
    }
  }
  .charts .data tbody th {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_plein-surface);
  }

  /* ---- trending topics and discussed posts */
  .charts .tag {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_plein-space-1) var(--_plein-space-3);
    align-items: baseline;
  }
  .charts .tag-label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_plein-space-2);
    min-width: 0;
  }
  .charts .tag-count {
    white-space: nowrap;
  }
  .charts .tag .bar {
    height: 0.5em;
  }
  .charts .change {
    font-size: max(12px, var(--_plein-font-size-small));
    white-space: nowrap;
  }
  .charts .change.up {
    color: var(--_plein-success);
    font-weight: var(--_plein-font-weight-strong);
  }
  .charts .change:not(.up) {
    color: var(--_plein-text-muted);
  }
  .charts .change-before {
    color: var(--_plein-text-muted);
    font-weight: normal;
  }
  .charts a {
    color: var(--_plein-accent);
    text-decoration: none;
  }
  .charts a:hover {
    text-decoration: underline;
  }
  .charts .post + .post {
    padding-top: var(--_plein-space-3);
    border-top: 1px solid var(--_plein-border);
  }
  .charts .post-text {
    overflow-wrap: anywhere;
  }
  .charts .post-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_plein-space-3);
    margin-top: var(--_plein-space-1);
  }

  @media (prefers-reduced-motion: reduce) {
    .charts :is(.line, .area, .bar-fill) {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .charts :is(.line, .dot, .target-line, .bar-mark) {
      stroke: CanvasText;
    }
    .charts :is(.area, .bar-fill, .dot.last, .mark-key) {
      fill: Highlight;
      background: Highlight;
    }
    .charts :is(.tick, .target-label) {
      fill: CanvasText;
    }
  }
`;
