import { css } from 'lit';
import { cardSurfaceStyles } from './card-surface.styles.js';

/** A calm surface: `.card`, with optional `.card-header`, `.card-title` and `.card-footer`. */
export const cardStyles = css`
  ${cardSurfaceStyles}

  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2) var(--_plein-space-3);
    margin-bottom: var(--_plein-space-3);
  }
  .card-title {
    margin: 0;
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .card-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
    margin-top: var(--_plein-space-4);
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
`;
