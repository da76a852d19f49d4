import { css } from 'lit';

export const siteSetUpStyles = css`
  :host {
    background: transparent;
  }
  .card {
    margin-block-end: var(--_plein-space-4);
  }
  h2 {
    margin: 0 0 var(--_plein-space-2);
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
  }
  p,
  ul {
    margin: 0 0 var(--_plein-space-3);
  }
  p:last-child,
  ul:last-child {
    margin-block-end: 0;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  details {
    margin: 0 0 var(--_plein-space-3);
  }
  summary {
    min-height: 2em;
    cursor: pointer;
  }
  details ul {
    margin-block-start: var(--_plein-space-2);
  }
  .muted {
    color: var(--_plein-text-muted);
  }
  .warning {
    border-inline-start: 4px solid var(--_plein-warning);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  /* Long list and column names must wrap on a phone, never scroll sideways. */
  .card {
    overflow-wrap: anywhere;
  }
`;
