import { css } from 'lit';

/**
 * `<plein-poll>`: calm, typographic, at home in a SharePoint page. Everything in em so it follows
 * the host's text size; every row wraps, so it works from 320 px wide.
 */
export const pollStyles = css`
  :host {
    container-type: inline-size;
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
  .poll,
  .presenter {
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

  /* ---- create and edit */
  .poll-form {
    display: block;
  }
  .form-heading,
  .created-heading,
  .manage-heading {
    margin: 0 0 var(--_plein-space-3);
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .form-error {
    margin: 0 0 var(--_plein-space-3);
  }
  .counter.over {
    color: var(--_plein-danger);
    font-weight: var(--_plein-font-weight-strong);
  }
  .answer-list {
    display: grid;
    gap: var(--_plein-space-2);
    margin: 0 0 var(--_plein-space-2);
    padding: 0;
    list-style: none;
  }
  .answer-row {
    display: grid;
    gap: var(--_plein-space-1);
  }
  .answer-label {
    font-weight: normal;
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .answer-input {
    display: flex;
    gap: var(--_plein-space-1);
  }
  .answer-input input {
    flex: 1;
    min-width: 0;
  }
  .button.icon {
    flex: none;
    padding: 0;
    min-width: 2.25em;
  }
  .button.icon svg,
  .button svg {
    width: 1em;
    height: 1em;
  }
  .nested {
    margin: var(--_plein-space-2) 0 0 calc(1.25em + var(--_plein-space-2));
    max-width: 16em;
  }
  .unavailable {
    border-inline-start-color: var(--_plein-warning);
  }

  .created-banner {
    margin-bottom: var(--_plein-space-4);
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-success);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-success-subtle);
  }
  .created-heading:focus {
    outline: none;
  }
  .created-heading:focus-visible {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
    margin: var(--_plein-space-3) 0;
  }
  .share .share-url {
    flex: 1 1 12em;
    width: auto;
    min-width: 0;
  }

  /* ---- manage */
  .manage-list {
    display: grid;
    gap: var(--_plein-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .manage-question {
    margin: 0 0 var(--_plein-space-1);
    font-size: 1.0625em;
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .manage-question:focus {
    outline: none;
  }
  .manage-question:focus-visible {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
  }
  .manage-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1) var(--_plein-space-3);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .manage-item .actions {
    margin-top: var(--_plein-space-2);
  }
  .manage-item .confirm {
    margin-top: var(--_plein-space-3);
  }
  .load-more {
    margin-top: var(--_plein-space-3);
  }

  /* ---- presenter: for the back of a room */
  .presenter {
    padding: var(--_plein-space-5);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    font-size: var(--plein-poll-presenter-size, 1.5em);
    --plein-poll-bar-height: 1em;
  }
  .presenter .question {
    margin-bottom: var(--_plein-space-4);
    font-size: 1.6em;
    line-height: 1.2;
  }
  .presenter-body {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: var(--_plein-space-6);
    align-items: start;
  }
  .results.large .result-list {
    gap: var(--_plein-space-4);
  }
  .results.large .result-share {
    font-size: 1.25em;
  }
  .results.large .bar {
    box-shadow: inset 0 0 0 2px var(--_plein-text);
  }
  .results.large .bar-fill {
    fill: var(--_plein-text);
  }
  .presenter-side {
    display: grid;
    gap: var(--_plein-space-3);
    justify-items: start;
  }
  .presenter-count {
    font-size: 1.4em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.2;
  }
  .presenter-status {
    color: var(--_plein-text);
  }
  .qr-figure {
    display: grid;
    gap: var(--_plein-space-2);
    width: 100%;
    margin: 0;
  }
  .qr {
    display: block;
    width: min(100%, 12em);
    aspect-ratio: 1;
    height: auto;
    border-radius: var(--_plein-radius-small);
    background: #ffffff;
  }
  .qr-placeholder {
    background: var(--_plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--_plein-border);
  }
  .qr-figure figcaption {
    display: grid;
    gap: var(--_plein-space-1);
  }
  .go-to {
    font-size: max(12px, 0.7em);
  }
  @container (max-width: 40em) {
    .presenter {
      padding: var(--_plein-space-3);
      font-size: var(--plein-poll-presenter-size, 1.125em);
    }
    .presenter-body {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_plein-space-4);
    }
  }
`;
