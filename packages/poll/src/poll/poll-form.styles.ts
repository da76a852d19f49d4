import { css } from 'lit';

/** The create and edit form, and the banner after creating a poll (adopted with the form's code). */
export const pollFormStyles = css`
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
`;
