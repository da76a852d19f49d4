import { css } from 'lit';

/**
 * The give form: people, the values as tiles with their colour, the message and the actions.
 * Every rule starts at `.give`: the form shares the wall's shadow root with the cards, the
 * values editor and the leaderboard.
 */
export const giveStyles = css`
  .give {
    display: grid;
    gap: var(--_plein-space-4);
  }
  /* A comfortable line length on a wide wall. */
  .give > * {
    max-width: 48em;
  }
  .give :is(h2, p) {
    margin: 0;
  }
  .give .give-title {
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .give .give-message {
    display: grid;
    gap: var(--_plein-space-1);
  }
  .give .values {
    display: grid;
    gap: var(--_plein-space-2);
    margin: 0;
  }
  .give .values legend {
    margin-bottom: var(--_plein-space-2);
  }
  .give .value-choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_plein-space-2);
  }
  .give .value-choice {
    position: relative;
    display: grid;
    grid-template-columns: auto auto 1fr;
    align-items: start;
    gap: var(--_plein-space-2);
    min-height: var(--_plein-touch-target);
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border: 1px solid var(--_plein-border);
    border-inline-start: 4px solid var(--value-color, var(--_plein-accent));
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    font-weight: normal;
    cursor: pointer;
  }
  .give .value-choice:hover {
    background: var(--_plein-surface-hover);
  }
  .give .value-choice:has(input:checked) {
    border-color: var(--_plein-accent);
    border-inline-start-color: var(--value-color, var(--_plein-accent));
    background: var(--_plein-accent-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-accent);
  }
  .give .value-choice input {
    margin-top: 0.125em;
  }
  .give .choice-emoji {
    font-size: 1.25em;
    line-height: 1.2;
  }
  .give .choice-text {
    display: grid;
    min-width: 0;
  }
  .give .choice-name {
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .give .choice-description {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    overflow-wrap: anywhere;
  }
  .give .values[aria-invalid='true'] .value-choice {
    border-color: var(--_plein-danger);
    border-inline-start-color: var(--value-color, var(--_plein-danger));
  }
  .give .give-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
  }
  @media (forced-colors: active) {
    .give .value-choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
