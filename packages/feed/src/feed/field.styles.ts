import { css } from 'lit';
import { mentionFieldStyles } from '@plein/ui';

/** The forms around a text field (composer, comments, editor): the shared mention field and a row of buttons. */
export const fieldStyles = [
  mentionFieldStyles,
  css`
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_plein-space-2);
    }
  `,
];
