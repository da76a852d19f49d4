import { css } from 'lit';

/**
 * The team's view: the campaign list and a campaign's page, and what its parts share (section
 * heads, hints, errors, tables, the on-track sign). Every rule starts at `.manage`.
 */
export const manageStyles = css`
  /* Painted (the element itself is transparent): this text sits on no card, and must not land
     on a page of the other colour scheme. */
  .manage {
    display: grid;
    gap: var(--_plein-space-4);
    min-width: 0;
    padding: var(--_plein-space-3);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
  }
  .manage :is(h2, h3, h4, h5, p, dl, dd) {
    margin: 0;
  }
  .manage .manage-head,
  .manage .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2) var(--_plein-space-3);
  }
  .manage .manage-title {
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .manage .section-title,
  .manage .group-title {
    font-size: 1.1em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .manage .manage-actions,
  .manage .campaign-actions,
  .manage .form-actions,
  .manage .list-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
  }
  /* .hint and .field-error come with formStyles. */
  .manage .none,
  .manage .cell-meta {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .manage .field-error {
    font-weight: var(--_plein-font-weight-strong);
  }
  .manage .field-error:focus {
    outline-offset: 2px;
  }
  /* Headings take focus to say where a step landed; they are not controls, so no ring. */
  .manage :is(h2, h3, h4)[tabindex='-1']:focus {
    outline: none;
  }
  .manage [hidden] {
    display: none !important;
  }

  /* A heading's button that reads as a link: the campaign's title, a person's name. */
  .manage .link-button {
    display: inline;
    min-height: 0;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_plein-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .manage .link-button:hover {
    color: var(--_plein-accent-hover);
    text-decoration-thickness: 2px;
  }

  /* ---- the campaign list */
  .manage .campaign-group {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .manage .campaigns {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_plein-border);
  }
  .manage .campaign-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2) var(--_plein-space-3);
    padding: var(--_plein-space-3) 0;
    border-bottom: 1px solid var(--_plein-border);
  }
  .manage .campaign-info {
    display: grid;
    gap: var(--_plein-space-1);
    flex: 1 1 16em;
    min-width: 0;
  }
  .manage .campaign-name {
    font-size: 1em;
    font-weight: var(--_plein-font-weight-strong);
  }
  .manage .campaign-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1) var(--_plein-space-3);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .manage .row-error,
  .manage .copy-form {
    flex-basis: 100%;
  }
  .manage .copy-form {
    display: grid;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-3);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
  }
  .manage .copy-heading {
    font-size: 1em;
    font-weight: var(--_plein-font-weight-strong);
  }
  .manage .copy-form .field {
    margin: 0;
  }

  /* ---- on track or not: a sign and words, the colour only adds to them */
  .manage .track {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
    font-weight: var(--_plein-font-weight-strong);
  }
  .manage .track-sign {
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    font-size: 0.85em;
    line-height: 1;
  }
  .manage .track.good {
    color: var(--_plein-success);
  }
  .manage .track.bad {
    color: var(--_plein-danger);
  }
  .manage .track.good .track-sign {
    background: var(--_plein-success);
    color: var(--_plein-surface);
  }
  .manage .track.bad .track-sign {
    background: var(--_plein-danger);
    color: var(--_plein-surface);
  }
  .manage .track.unknown {
    color: var(--_plein-text-muted);
  }
  .manage .track.unknown .track-sign {
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }

  /* ---- a campaign's page */
  .manage .back {
    justify-self: start;
    gap: var(--_plein-space-1);
  }
  .manage .back svg {
    width: 1em;
    height: 1em;
  }
  .manage .campaign-head {
    display: grid;
    gap: var(--_plein-space-1);
  }
  /* One line: the tabs fit at 320px, and anything longer scrolls inside the bar, never the page. */
  .manage .tabs {
    display: flex;
    gap: var(--_plein-space-1);
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: thin;
    border-bottom: 1px solid var(--_plein-border);
  }
  .manage .tab {
    flex: none;
    min-width: var(--_plein-touch-target);
    min-height: var(--_plein-touch-target);
    padding: var(--_plein-space-2) var(--_plein-space-1);
    white-space: nowrap;
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_plein-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .manage .tab:hover {
    color: var(--_plein-text);
    background: var(--_plein-surface-hover);
  }
  .manage .tab[aria-current='page'] {
    border-bottom-color: var(--_plein-accent);
    color: var(--_plein-text);
    font-weight: var(--_plein-font-weight-strong);
  }
  .manage .campaign-body {
    display: grid;
    gap: var(--_plein-space-4);
    min-width: 0;
  }

  /* ---- tables (the cohort, the import preview): scroll inside their box, never the page */
  .manage .table-box {
    max-width: 100%;
    overflow-x: auto;
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-medium);
  }
  .manage table.data {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .manage table.data :is(th, td) {
    padding: var(--_plein-space-2);
    border-bottom: 1px solid var(--_plein-border);
    text-align: start;
    vertical-align: top;
  }
  .manage table.data tbody tr:last-child :is(th, td) {
    border-bottom: 0;
  }
  .manage table.data thead th {
    background: var(--_plein-surface-subtle);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    white-space: nowrap;
  }
  .manage table.data tbody th {
    font-weight: normal;
  }
  @media (min-width: 40em) {
    .manage .tab {
      padding-inline: var(--_plein-space-3);
    }
    .manage table.data :is(th, td) {
      padding-inline: var(--_plein-space-3);
    }
  }
  .manage .number {
    text-align: end !important;
    white-space: nowrap;
  }
  .manage .cell-title,
  .manage .cell-meta {
    display: block;
  }
  .manage .cell-title {
    overflow-wrap: anywhere;
  }
  .manage .forbidden .state-heading {
    font-size: 1.1em;
  }
`;
