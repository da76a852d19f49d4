import { css } from 'lit';

/** `<plein-person>`: an inline avatar and name, and a card that opens below (or above) it. */
export const personStyles = css`
  :host {
    display: inline-block;
    position: relative;
    vertical-align: middle;
    max-width: 100%;
  }
  .wrap {
    display: inline-block;
    max-width: 100%;
  }
  .person {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-2);
    max-width: 100%;
    min-height: 2em;
    padding: 0 var(--_plein-space-1);
    border-radius: var(--_plein-radius-small);
    color: var(--_plein-text);
  }
  .trigger {
    margin: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    background: var(--_plein-surface-hover);
  }
  .avatar-wrap {
    display: inline-flex;
  }
  .name {
    overflow-wrap: anywhere;
  }
  .trigger .name {
    font-weight: var(--_plein-font-weight-strong);
  }
  .loading .name,
  .unknown .name,
  .title {
    color: var(--_plein-text-muted);
  }
  .title {
    font-size: max(12px, var(--_plein-font-size-small));
  }
  @media (pointer: coarse) {
    .trigger {
      min-height: var(--_plein-touch-target);
    }
  }

  .card {
    position: absolute;
    z-index: 10;
    top: 100%;
    left: 0;
    width: max-content;
    max-width: min(20em, calc(100vw - 1em));
    margin-top: var(--_plein-space-1);
    padding: var(--_plein-space-3) var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-medium);
  }
  .card[hidden] {
    display: none;
  }
  .card.above {
    top: auto;
    bottom: 100%;
    margin: 0 0 var(--_plein-space-1);
  }
  .card-head {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-3);
  }
  .card-name {
    margin: 0;
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  dl {
    margin: var(--_plein-space-2) 0 0;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .job-title {
    font-weight: var(--_plein-font-weight-strong);
  }
  .department,
  .location {
    color: var(--_plein-text-muted);
  }
  a {
    color: var(--_plein-accent);
  }
  a:hover {
    color: var(--_plein-accent-hover);
  }
`;
