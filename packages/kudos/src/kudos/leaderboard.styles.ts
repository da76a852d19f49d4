import { css } from 'lit';

/** The leaderboard beside the wall: a card with a period switch and ranked bars (see `rankingStyles`). */
export const leaderboardStyles = css`
  .leaderboard {
    display: grid;
    gap: var(--_plein-space-4);
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-small);
  }
  .leaderboard .leaderboard-head {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .leaderboard .leaderboard-title,
  .leaderboard .leaderboard-subtitle {
    margin: 0;
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .leaderboard .leaderboard-subtitle {
    margin-top: var(--_plein-space-2);
    font-size: 1.1em;
  }

  .leaderboard .period-range {
    margin: 0;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }

  /* The period: radios drawn as one segmented control (arrow keys move between them, as radios do). */
  .leaderboard .periods {
    display: flex;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .leaderboard .period {
    position: relative;
    flex: 1 1 0;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 2em;
    padding: var(--_plein-space-1) var(--_plein-space-2);
    border: 1px solid var(--_plein-border-strong);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: normal;
    text-align: center;
    cursor: pointer;
  }
  .leaderboard .period + .period {
    margin-inline-start: -1px;
  }
  .leaderboard .period:first-of-type {
    border-start-start-radius: var(--_plein-radius-medium);
    border-end-start-radius: var(--_plein-radius-medium);
  }
  .leaderboard .period:last-of-type {
    border-start-end-radius: var(--_plein-radius-medium);
    border-end-end-radius: var(--_plein-radius-medium);
  }
  .leaderboard .period:hover {
    background: var(--_plein-surface-hover);
  }
  .leaderboard .period input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .leaderboard .period:has(input:checked) {
    z-index: 1;
    border-color: var(--_plein-accent);
    background: var(--_plein-accent);
    color: var(--_plein-on-accent);
    font-weight: var(--_plein-font-weight-strong);
  }
  .leaderboard .period:has(input:focus-visible) {
    z-index: 2;
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
    outline-offset: 2px;
  }
  @media (pointer: coarse) {
    .leaderboard .period {
      min-height: var(--_plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .leaderboard .period:has(input:checked) {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }

  .leaderboard .archived {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .leaderboard .empty-state {
    padding: var(--_plein-space-4) var(--_plein-space-2);
  }
`;
