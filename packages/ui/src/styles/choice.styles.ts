import { css } from 'lit';

/**
 * Choices: fieldsets, checkboxes and radios in the accent, `.hint` and `.field-error`. Part of
 * `formStyles`, and on its own for a view that asks for a choice but has no text fields.
 */
export const choiceStyles = css`
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
`;
