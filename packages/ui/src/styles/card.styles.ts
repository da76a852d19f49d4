import { css } from 'lit';

/** A calm surface: `.card`, with optional `.card-header`, `.card-title` and `.card-footer`. */
export const cardStyles = css`
  .card {
    padding: var(--plein-space-4);
    border: 1px solid var(--plein-border);
    border-radius: var(--plein-radius-large);
    background: var(--plein-surface);
    color: var(--plein-text);
    box-shadow: var(--plein-shadow-small);
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plein-space-2) var(--plein-space-3);
    margin-bottom: var(--plein-space-3);
  }
  .card-title {
    margin: 0;
    font-size: var(--plein-font-size-large);
    font-weight: var(--plein-font-weight-strong);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .card-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plein-space-2);
    margin-top: var(--plein-space-4);
    color: var(--plein-text-muted);
    font-size: max(12px, var(--plein-font-size-small));
  }
  @media (max-width: 24em) {
    .card {
      padding: var(--plein-space-3);
    }
  }
`;
