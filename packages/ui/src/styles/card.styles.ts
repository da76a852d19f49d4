import { css } from 'lit';

/** A calm surface: `.card`, with optional `.card-header`, `.card-title` and `.card-footer`. */
export const cardStyles = css`
  .card {
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-small);
  }
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
  @media (max-width: 24em) {
    .card {
      padding: var(--_plein-space-3);
    }
  }
`;
