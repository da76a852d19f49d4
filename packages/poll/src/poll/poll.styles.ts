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
    margin: 0 0 var(--plein-space-2);
    font-size: var(--plein-font-size-large);
    font-weight: var(--plein-font-weight-strong);
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
    margin: 0 0 var(--plein-space-3);
  }
  .field .hint {
    margin: 0;
  }

  .notice {
    margin: 0 0 var(--plein-space-3);
    padding: var(--plein-space-2) var(--plein-space-3);
    border-inline-start: 4px solid var(--plein-accent);
    border-radius: var(--plein-radius-small);
    background: var(--plein-surface-subtle);
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plein-space-2);
    margin-top: var(--plein-space-3);
  }

  .tag {
    display: inline-block;
    padding: 0 var(--plein-space-1);
    border: 1px solid currentColor;
    border-radius: var(--plein-radius-small);
    font-size: max(12px, var(--plein-font-size-small));
    font-weight: var(--plein-font-weight-strong);
    line-height: 1.5;
    white-space: nowrap;
  }
  .tag.open {
    color: var(--plein-success);
  }

  /* ---- the poll card and its permalink highlight */
  .poll,
  .presenter {
    transition:
      outline-color var(--plein-duration-medium) var(--plein-easing),
      background-color var(--plein-duration-medium) var(--plein-easing);
    outline: 3px solid transparent;
    outline-offset: 2px;
  }
  .highlight {
    outline-color: var(--plein-accent);
    background: var(--plein-accent-subtle);
  }

  /* ---- voting: each answer is a big, plain target */
  .choices {
    display: grid;
    gap: var(--plein-space-2);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--plein-space-3);
    min-height: var(--plein-touch-target);
    padding: var(--plein-space-2) var(--plein-space-3);
    border: 1px solid var(--plein-border-strong);
    border-radius: var(--plein-radius-medium);
    font-weight: normal;
    cursor: pointer;
    transition:
      background-color var(--plein-duration-short) var(--plein-easing),
      border-color var(--plein-duration-short) var(--plein-easing);
  }
  .option:hover {
    background: var(--plein-surface-hover);
  }
  .option.checked {
    border-color: var(--plein-accent);
    background: var(--plein-accent-subtle);
    /* Not colour alone: the chosen answer's edge is thicker too. */
    box-shadow: inset 0 0 0 1px var(--plein-accent);
  }
  .option input {
    flex: none;
  }
  .option:has(input:disabled) {
    color: var(--plein-text-muted);
    cursor: not-allowed;
  }
  .option-label {
    overflow-wrap: anywhere;
  }
  .max-reached {
    color: var(--plein-text);
  }
  .field-error {
    display: block;
    margin-top: var(--plein-space-2);
  }

  .voted-note {
    margin-bottom: var(--plein-space-3);
  }
  .outcome:focus {
    outline: none;
  }
  .outcome:focus-visible {
    outline: var(--plein-focus-ring-width) solid var(--plein-focus-ring);
  }

  /* ---- results: text first, bars as decoration */
  .result-list {
    display: grid;
    gap: var(--plein-space-3);
    margin: 0 0 var(--plein-space-2);
    padding: 0;
    list-style: none;
  }
  .result-text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--plein-space-3);
    margin-bottom: var(--plein-space-1);
  }
  .result-label {
    overflow-wrap: anywhere;
  }
  .result.mine .result-label {
    font-weight: var(--plein-font-weight-strong);
  }
  .result-figures {
    display: inline-flex;
    gap: var(--plein-space-2);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .result-share {
    min-width: 3.5ch;
    font-weight: var(--plein-font-weight-strong);
    text-align: end;
  }
  .bar {
    height: var(--plein-poll-bar-height, 0.5em);
    border-radius: var(--plein-radius-small);
    background: var(--plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--plein-border);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    height: 100%;
    border-radius: inherit;
    background: var(--plein-accent);
    transition: inline-size var(--plein-duration-medium) var(--plein-easing);
  }
  .result.mine .bar-fill {
    background: var(--plein-accent-pressed);
  }
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .bar-fill {
      background: Highlight;
    }
  }

  /* ---- footer: voters, deadline, link and close */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--plein-space-2) var(--plein-space-3);
    margin-top: var(--plein-space-4);
    padding-top: var(--plein-space-3);
    border-top: 1px solid var(--plein-border);
    color: var(--plein-text-muted);
    font-size: max(12px, var(--plein-font-size-small));
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plein-space-1) var(--plein-space-3);
  }
  .footer-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plein-space-1);
  }
  .permalink,
  .vote-url {
    color: var(--plein-accent);
    overflow-wrap: anywhere;
  }
  .permalink {
    display: inline-flex;
    align-items: center;
    min-height: 2em;
    padding: 0 var(--plein-space-2);
  }
  .confirm {
    flex-basis: 100%;
    padding: var(--plein-space-3);
    border: 1px solid var(--plein-danger);
    border-radius: var(--plein-radius-medium);
    background: var(--plein-danger-subtle);
    color: var(--plein-text);
    font-size: var(--plein-font-size);
  }
  .confirm .actions {
    margin-top: var(--plein-space-2);
  }
  @media (pointer: coarse) {
    .permalink {
      min-height: var(--plein-touch-target);
    }
  }

  /* ---- create and edit */
  .poll-form {
    display: block;
  }
  .form-heading,
  .created-heading,
  .manage-heading {
    margin: 0 0 var(--plein-space-3);
    font-size: var(--plein-font-size-large);
    font-weight: var(--plein-font-weight-strong);
    line-height: 1.3;
  }
  .form-error {
    margin: 0 0 var(--plein-space-3);
  }
  .counter.over {
    color: var(--plein-danger);
    font-weight: var(--plein-font-weight-strong);
  }
  .answer-list {
    display: grid;
    gap: var(--plein-space-2);
    margin: 0 0 var(--plein-space-2);
    padding: 0;
    list-style: none;
  }
  .answer-row {
    display: grid;
    gap: var(--plein-space-1);
  }
  .answer-label {
    font-weight: normal;
    font-size: max(12px, var(--plein-font-size-small));
  }
  .answer-input {
    display: flex;
    gap: var(--plein-space-1);
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
    margin: var(--plein-space-2) 0 0 calc(1.25em + var(--plein-space-2));
    max-width: 16em;
  }
  .unavailable {
    border-inline-start-color: var(--plein-warning);
  }

  .created-banner {
    margin-bottom: var(--plein-space-4);
    padding: var(--plein-space-4);
    border: 1px solid var(--plein-success);
    border-radius: var(--plein-radius-large);
    background: var(--plein-success-subtle);
  }
  .created-heading:focus {
    outline: none;
  }
  .created-heading:focus-visible {
    outline: var(--plein-focus-ring-width) solid var(--plein-focus-ring);
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plein-space-2);
    margin: var(--plein-space-3) 0;
  }
  .share .share-url {
    flex: 1 1 12em;
    width: auto;
    min-width: 0;
  }

  /* ---- manage */
  .manage-list {
    display: grid;
    gap: var(--plein-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .manage-question {
    margin: 0 0 var(--plein-space-1);
    font-size: 1.0625em;
    font-weight: var(--plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .manage-question:focus {
    outline: none;
  }
  .manage-question:focus-visible {
    outline: var(--plein-focus-ring-width) solid var(--plein-focus-ring);
  }
  .manage-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plein-space-1) var(--plein-space-3);
    color: var(--plein-text-muted);
    font-size: max(12px, var(--plein-font-size-small));
  }
  .manage-item .actions {
    margin-top: var(--plein-space-2);
  }
  .manage-item .confirm {
    margin-top: var(--plein-space-3);
  }
  .load-more {
    margin-top: var(--plein-space-3);
  }

  /* ---- presenter: for the back of a room */
  .presenter {
    padding: var(--plein-space-5);
    border-radius: var(--plein-radius-large);
    background: var(--plein-surface);
    color: var(--plein-text);
    font-size: var(--plein-poll-presenter-size, 1.5em);
    --plein-poll-bar-height: 1em;
  }
  .presenter .question {
    margin-bottom: var(--plein-space-4);
    font-size: 1.6em;
    line-height: 1.2;
  }
  .presenter-body {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: var(--plein-space-6);
    align-items: start;
  }
  .results.large .result-list {
    gap: var(--plein-space-4);
  }
  .results.large .result-share {
    font-size: 1.25em;
  }
  .results.large .bar {
    box-shadow: inset 0 0 0 2px var(--plein-text);
  }
  .results.large .bar-fill {
    background: var(--plein-text);
  }
  .presenter-side {
    display: grid;
    gap: var(--plein-space-3);
    justify-items: start;
  }
  .presenter-count {
    font-size: 1.4em;
    font-weight: var(--plein-font-weight-strong);
    line-height: 1.2;
  }
  .presenter-status {
    color: var(--plein-text);
  }
  .qr-figure {
    display: grid;
    gap: var(--plein-space-2);
    width: 100%;
    margin: 0;
  }
  .qr {
    display: block;
    width: min(100%, 12em);
    aspect-ratio: 1;
    height: auto;
    border-radius: var(--plein-radius-small);
    background: #ffffff;
  }
  .qr-placeholder {
    background: var(--plein-surface-subtle);
    box-shadow: inset 0 0 0 1px var(--plein-border);
  }
  .qr-figure figcaption {
    display: grid;
    gap: var(--plein-space-1);
  }
  .go-to {
    font-size: max(12px, 0.7em);
  }
  @container (max-width: 40em) {
    .presenter {
      padding: var(--plein-space-3);
      font-size: var(--plein-poll-presenter-size, 1.125em);
    }
    .presenter-body {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--plein-space-4);
    }
  }
`;
