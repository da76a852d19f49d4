import { css } from 'lit';

/** `<plein-feed mode="moderation">`: tabs, the queue's cards and their actions (adopted with its code). */
export const moderationStyles = css`
  .mq-heading {
    margin: 0 0 var(--_plein-space-3);
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .mq-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1);
    margin-bottom: var(--_plein-space-3);
    border-bottom: 1px solid var(--_plein-border);
  }
  .mq-tab {
    min-height: 2.5em;
    margin: 0 0 -1px;
    padding: var(--_plein-space-1) var(--_plein-space-3);
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: var(--_plein-radius-small) var(--_plein-radius-small) 0 0;
    background: transparent;
    color: var(--_plein-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .mq-tab:hover {
    background: var(--_plein-surface-hover);
    color: var(--_plein-text);
  }
  .mq-tab[aria-selected='true'] {
    border-bottom-color: var(--_plein-accent);
    color: var(--_plein-text);
    font-weight: var(--_plein-font-weight-strong);
  }
  .mq-list,
  .mq-reasons,
  .mq-notes,
  .mq-images {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .mq-list {
    display: grid;
    gap: var(--_plein-space-3);
  }
  .mq-item {
    display: grid;
    gap: var(--_plein-space-2);
    overflow-wrap: anywhere;
  }
  .mq-head {
    display: flex;
    align-items: flex-start;
    gap: var(--_plein-space-2);
  }
  .mq-who {
    min-width: 0;
  }
  .mq-title {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_plein-font-weight-strong);
  }
  .mq-title:focus {
    outline: none;
  }
  .mq-title:focus-visible {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
  }
  .mq-meta,
  .mq-reports-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-1) var(--_plein-space-2);
    margin: 0;
  }
  .mq-meta,
  .mq-first,
  .mq-reporters,
  .mq-note-by {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .mq-tag {
    padding: 0 var(--_plein-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_plein-radius-small);
    font-weight: var(--_plein-font-weight-strong);
    white-space: nowrap;
  }
  .mq-tag.hidden {
    color: var(--_plein-danger);
  }
  .mq-text {
    white-space: pre-line;
  }
  .mq-text a,
  .mq-note-text a {
    color: var(--_plein-accent);
  }
  .mq-images {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
  }
  .mq-image {
    display: block;
    width: 6em;
    height: 6em;
    border-radius: var(--_plein-radius-medium);
    object-fit: cover;
  }
  .mq-link,
  .mq-channel a {
    justify-self: start;
    color: var(--_plein-accent);
  }
  .mq-reports {
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-warning);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface-subtle);
  }
  .mq-reasons {
    display: grid;
    gap: var(--_plein-space-2);
    margin-top: var(--_plein-space-2);
  }
  .mq-reason {
    display: grid;
  }
  .mq-reason-count {
    font-weight: var(--_plein-font-weight-strong);
  }
  .mq-notes {
    display: grid;
    gap: var(--_plein-space-1);
    margin-top: var(--_plein-space-1);
  }
  .mq-note-text {
    display: block;
    white-space: pre-line;
  }
  .mq-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
  }
  .mq-more {
    margin-top: var(--_plein-space-3);
  }
  @media (pointer: coarse) {
    .mq-tab {
      min-height: var(--_plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .mq-tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;
