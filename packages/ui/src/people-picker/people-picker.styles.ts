import { css } from 'lit';

/** `<plein-people-picker>`: chips, the search field, the list of people found below it, a hint and an error. */
export const peoplePickerStyles = css`
  /* The label 4 px above the field, as in a .field: the picker lines up with selects beside it. */
  .picker {
    display: grid;
    gap: var(--_plein-space-1);
  }
  .hint,
  .field-error {
    margin: 0;
  }
  .combo {
    position: relative;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
    margin: 0 0 var(--_plein-space-1);
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_plein-space-1);
    max-width: 100%;
    padding: var(--_plein-space-1) var(--_plein-space-1) var(--_plein-space-1) var(--_plein-space-1);
    border: 1px solid var(--_plein-border);
    border-radius: 1em;
    background: var(--_plein-surface-subtle);
  }
  .chip-name {
    overflow-wrap: anywhere;
  }
  .chip-remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_plein-text);
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_plein-surface-hover);
  }
  @media (pointer: coarse) {
    .chip-remove {
      width: var(--_plein-touch-target);
      height: var(--_plein-touch-target);
      margin: calc(-1 * var(--_plein-space-2)) 0;
    }
  }
  .listbox,
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    top: 100%;
    left: 0;
    right: 0;
    max-height: 20em;
    overflow-y: auto;
    margin: var(--_plein-space-1) 0 0;
    padding: var(--_plein-space-1) 0;
    list-style: none;
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    box-shadow: var(--_plein-shadow-medium);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-3);
    min-height: var(--_plein-touch-target);
    padding: var(--_plein-space-1) var(--_plein-space-3);
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: var(--_plein-accent-subtle);
    /* A bar as well as the colour, so the active option shows in forced colours too. */
    box-shadow: inset 3px 0 0 var(--_plein-accent);
  }
  .option-text {
    display: grid;
    min-width: 0;
  }
  .option-name {
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .option-detail {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
    margin: 0;
    color: var(--_plein-text-muted);
  }
  .message.error {
    color: var(--_plein-danger);
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
