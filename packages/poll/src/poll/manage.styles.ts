import { css } from 'lit';

/** `mode="manage"`: the list of one's own polls (adopted with the manage code). */
export const manageStyles = css`
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
`;
