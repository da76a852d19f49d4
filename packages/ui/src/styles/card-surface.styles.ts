import { css } from 'lit';

/** The card itself (`.card`), in a module of its own so an element can take it without the rest of `cardStyles`. */
export const cardSurfaceStyles = css`
  .card {
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-small);
  }
  @media (max-width: 24em) {
    .card {
      padding: var(--_plein-space-3);
    }
  }
`;
