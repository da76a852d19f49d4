import { css } from 'lit';

/**
 * Forms: `.field` (a label, its control, `.hint` and `.field-error` stacked), text inputs,
 * textareas, selects, checkboxes and radios in the accent, and fieldsets with a legend.
 * Mark a wrong control with `aria-invalid="true"` and point `aria-describedby` at its error.
 */
export const formStyles = css`
  .field {
    display: grid;
    gap: var(--plein-space-1);
    margin-bottom: var(--plein-space-3);
  }
  label,
  legend {
    font-weight: var(--plein-font-weight-strong);
  }
  .hint {
    color: var(--plein-text-muted);
    font-size: max(12px, var(--plein-font-size-small));
  }
  .field-error {
    color: var(--plein-danger);
    font-size: max(12px, var(--plein-font-size-small));
  }

  input:not([type='checkbox'], [type='radio'], [type='range']),
  textarea,
  select {
    width: 100%;
    min-height: 2em;
    margin: 0;
    padding: var(--plein-space-1) var(--plein-space-2);
    border: 1px solid var(--plein-border-strong);
    border-radius: var(--plein-radius-small);
    background: var(--plein-surface);
    color: var(--plein-text);
    font: inherit;
    line-height: 1.25;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  input::placeholder,
  textarea::placeholder {
    color: var(--plein-text-muted);
    opacity: 1;
  }
  input:hover:not(:disabled),
  textarea:hover:not(:disabled),
  select:hover:not(:disabled) {
    border-color: var(--plein-text);
  }
  [aria-invalid='true'] {
    border-color: var(--plein-danger) !important;
  }
  input:disabled,
  textarea:disabled,
  select:disabled {
    border-color: var(--plein-border);
    background: var(--plein-surface-subtle);
    color: var(--plein-text-muted);
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--plein-accent);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--plein-space-2);
    min-height: 2em;
    font-weight: normal;
    cursor: pointer;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 var(--plein-space-3);
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: var(--plein-space-2);
    padding: 0;
  }

  @media (pointer: coarse) {
    input:not([type='checkbox'], [type='radio'], [type='range']),
    select,
    .choice {
      min-height: var(--plein-touch-target);
    }
  }
`;
