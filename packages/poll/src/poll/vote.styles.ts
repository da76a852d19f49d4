import { css } from 'lit';

/** The vote card: answers, results and footer (adopted with the vote view's code; the presenter shows them too). */
export const voteStyles = css`
  /* ---- voting: each answer is a big, plain target */
  .choices {
    display: grid;
    gap: var(--_plein-space-2);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-3);
    min-height: var(--_plein-touch-target);
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-medium);
    font-weight: normal;
    cursor: pointer;
    transition:
      background-color var(--_plein-duration-short) var(--_plein-easing),
      border-color var(--_plein-duration-short) var(--_plein-easing);
  }
  .option:hover {
    background: var(--_plein-surface-hover);
  }
  .option.checked {
    border-color: var(--_plein-accent);
    background: var(--_plein-accent-subtle);
    /* Not colour alone: the chosen answer's edge is thicker too. */
    box-shadow: inset 0 0 0 1px var(--_plein-accent);
  }
  .option input {
    flex: none;
  }
  .option:has(input:disabled) {
    color: var(--_plein-text-muted);
    cursor: not-allowed;
  }
  .option-label {
    overflow-wrap: anywhere;
  }
  .max-reached {
    color: var(--_plein-text);
  }
  .field-error {
    display: block;
    margin-top: var(--_plein-space-2);
  }

  .voted-note {
    margin-bottom: var(--_plein-space-3);
  }
  .outcome:focus {
    outline: none;
  }
  .outcome:focus-visible {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
  }

  /* ---- results: text first, bars as decoration */
  .result-list {
    display: grid;
    gap: var(--_plein-space-3);
    margin: 0 0 var(--_plein-space-2);
    padding: 0;
    list-style: none;
  }
  /* The answer wraps in its own column; votes and share always stay on the right. */
  .result-text {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0 var(--_plein-space-3);
    margin-bottom: var(--_plein-space-1);
  }
  .result-label {
    overflow-wrap: anywhere;
  }
  .result.mine .result-label {
    font-weight: var(--_plein-font-weight-strong);
  }
  .result-figures {
    display: inline-flex;
    gap: var(--_plein-space-2);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .result-share {
    min-width: 3.5ch;
    font-weight: var(--_plein-font-weight-strong);
    text-align: end;
  }
  /* An SVG bar: its width is an attribute, so no inline style is needed (strict CSP). */
  .bar {
    display: block;
    inline-size: 100%;
    height: var(--plein-poll-bar-height, 0.5em);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
    overflow: hidden;
  }
  .bar-fill {
    fill: var(--_plein-accent);
    transition: width var(--_plein-duration-medium) var(--_plein-easing);
  }
  .result.mine .bar-fill {
    fill: var(--_plein-accent-pressed);
  }
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .bar-fill {
      fill: Highlight;
    }
  }

  /* ---- footer: voters, deadline, link and close */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2) var(--_plein-space-3);
    margin-top: var(--_plein-space-4);
    padding-top: var(--_plein-space-3);
    border-top: 1px solid var(--_plein-border);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1) var(--_plein-space-3);
  }
  .footer-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1);
  }
  .permalink,
  .vote-url {
    color: var(--_plein-accent);
    overflow-wrap: anywhere;
  }
  .permalink {
    display: inline-flex;
    align-items: center;
    min-height: 2em;
    padding: 0 var(--_plein-space-2);
  }
  @media (pointer: coarse) {
    .permalink {
      min-height: var(--_plein-touch-target);
    }
  }
`;
