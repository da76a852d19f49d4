import { css } from 'lit';

/** The menu, the inline editor, confirmations, the pin form and the "who reacted" list. */
export const actionsStyles = css`
  .menu {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 2px);
    z-index: 6;
    display: grid;
    min-width: 12em;
    padding: var(--_plein-space-1) 0;
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    box-shadow: var(--_plein-shadow-large);
  }
  .menu-item {
    min-height: 2.25em;
    margin: 0;
    padding: var(--_plein-space-1) var(--_plein-space-3);
    border: 0;
    background: transparent;
    color: var(--_plein-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus {
    background: var(--_plein-surface-hover);
  }
  .menu-item:focus-visible {
    outline-offset: -2px;
  }
  .menu-item.danger {
    color: var(--_plein-danger);
  }
  .menu-item[aria-disabled='true'] {
    color: var(--_plein-text-muted);
    cursor: default;
  }

  .editor,
  .pin-form,
  .confirm {
    display: grid;
    gap: var(--_plein-space-2);
    margin: 0;
  }
  .confirm,
  .pin-form {
    padding: var(--_plein-space-3);
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
  }
  .confirm {
    border-color: var(--_plein-danger);
    background: var(--_plein-danger-subtle);
  }
  .pin-form fieldset {
    display: grid;
    gap: var(--_plein-space-2);
    margin: 0;
  }
  .pin-form .field {
    margin: 0;
  }
  .pin-form input[type='date'] {
    max-width: 14em;
  }
  .editor .field-error,
  .pin-form .field-error {
    margin: 0;
  }

  .reactors {
    display: grid;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
  }
  .reactors-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .reactors-title,
  .reactor-kind {
    font-weight: var(--_plein-font-weight-strong);
  }
  .reactors ul {
    display: grid;
    gap: var(--_plein-space-1);
    margin: var(--_plein-space-1) 0 0;
    padding: 0;
    list-style: none;
  }
  .reactors li {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-2);
  }
  @media (pointer: coarse) {
    .menu-item {
      min-height: var(--_plein-touch-target);
    }
  }
`;
