import { css } from 'lit';

/**
 * `<plein-poll>`: calm, typographic, at home in a SharePoint page. Everything in em so it follows
 * the host's text size; every row wraps, so it works from 320 px wide. These are the rules of
 * every mode and of voting; the modes loaded on demand bring their own (`*.styles.ts` beside them)
 * and the shared `formStyles`, of which voting needs only the few rules at the top.
 */
export const pollStyles = css`
  :host {
    container-type: inline-size;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 var(--_plein-space-3);
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_plein-accent);
  }
  .hint,
  .field-error {
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .hint {
    color: var(--_plein-text-muted);
  }
  .field-error {
    color: var(--_plein-danger);
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  .question {
    margin: 0 0 var(--_plein-space-2);
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  legend.question {
    /* A legend does not wrap by default in every engine. */
    width: 100%;
    white-space: normal;
  }

  .hint {
    display: block;
    margin: 0 0 var(--_plein-space-3);
  }
  .field .hint {
    margin: 0;
  }

  .notice {
    margin: 0 0 var(--_plein-space-3);
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-accent);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
    margin-top: var(--_plein-space-3);
  }

  .tag {
    display: inline-block;
    padding: 0 var(--_plein-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_plein-radius-small);
    font-size: max(12px, var(--_plein-font-size-small));
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.5;
    white-space: nowrap;
  }
  .tag.open {
    color: var(--_plein-success);
  }

  /* ---- the poll card and its permalink highlight */
  .poll {
    transition:
      outline-color var(--_plein-duration-medium) var(--_plein-easing),
      background-color var(--_plein-duration-medium) var(--_plein-easing);
    outline: 3px solid transparent;
    outline-offset: 2px;
  }
  .highlight {
    outline-color: var(--_plein-accent);
    background: var(--_plein-accent-subtle);
  }

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
  .result-text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
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
  .confirm {
    flex-basis: 100%;
    padding: var(--_plein-space-3);
    border: 1px solid var(--_plein-danger);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-danger-subtle);
    color: var(--_plein-text);
    font-size: var(--_plein-font-size);
  }
  .confirm .actions {
    margin-top: var(--_plein-space-2);
  }
  @media (pointer: coarse) {
    .permalink {
      min-height: var(--_plein-touch-target);
    }
  }
`;
