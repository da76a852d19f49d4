import { css } from 'lit';
import { choiceStyles } from './choice.styles.js';

/**
 * Forms: `.field` (a label, its control, `.hint` and `.field-error` stacked), text inputs,
 * textareas, selects, checkboxes and radios in the accent, and fieldsets with a legend.
 * Mark a wrong control with `aria-invalid="true"` and point `aria-describedby` at its error.
 */
export const formStyles = css`
  ${choiceStyles}

  .field {
    display: grid;
    gap: var(--_plein-space-1);
    margin-bottom: var(--_plein-space-3);
  }
  label,
  legend {
    font-weight: var(--_plein-font-weight-strong);
  }

  input:not([type='checkbox'], [type='radio'], [type='range']),
  textarea,
  select {
    width: 100%;
    min-height: 2em;
    margin: 0;
    padding: var(--_plein-space-1) var(--_plein-space-2);
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    font: inherit;
    line-height: 1.25;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  input::placeholder,
  textarea::placeholder {
    color: var(--_plein-text-muted);
    opacity: 1;
  }
  input:hover:not(:disabled),
  textarea:hover:not(:disabled),
  select:hover:not(:disabled) {
    border-color: var(--_plein-text);
  }
  [aria-invalid='true'] {
    border-color: var(--_plein-danger) !important;
  }
  input:disabled,
  textarea:disabled,
  select:disabled {
    border-color: var(--_plein-border);
    background: var(--_plein-surface-subtle);
    color: var(--_plein-text-muted);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: var(--_plein-space-2);
    min-height: 2em;
    font-weight: normal;
    cursor: pointer;
  }

  legend {
    margin-bottom: var(--_plein-space-2);
  }

  @media (pointer: coarse) {
    input:not([type='checkbox'], [type='radio'], [type='range']),
    select,
    .choice {
      min-height: var(--_plein-touch-target);
    }
  }
`;
