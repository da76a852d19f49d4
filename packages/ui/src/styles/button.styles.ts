import { css } from 'lit';

/**
 * Buttons: `.button` (secondary), `.button.primary` (the accent; one per view),
 * `.button.subtle` (no chrome until hovered) and `.button.danger` (destructive).
 * 2em tall on a mouse, at least 44 px on touch screens.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--plein-space-2);
    min-width: 2em;
    min-height: 2em;
    margin: 0;
    padding: var(--plein-space-1) var(--plein-space-3);
    border: 1px solid var(--plein-border-strong);
    border-radius: var(--plein-radius-medium);
    background: var(--plein-surface);
    color: var(--plein-text);
    font: inherit;
    font-weight: var(--plein-font-weight-strong);
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--plein-duration-short) var(--plein-easing),
      border-color var(--plein-duration-short) var(--plein-easing);
  }
  .button:hover {
    background: var(--plein-surface-hover);
  }
  .button:active {
    background: var(--plein-surface-subtle);
  }

  .button.primary {
    border-color: transparent;
    background: var(--plein-accent);
    color: var(--plein-on-accent);
  }
  .button.primary:hover {
    background: var(--plein-accent-hover);
  }
  .button.primary:active {
    background: var(--plein-accent-pressed);
  }

  .button.subtle {
    border-color: transparent;
    background: transparent;
  }
  .button.subtle:hover {
    background: var(--plein-surface-hover);
  }

  .button.danger {
    border-color: transparent;
    background: var(--plein-danger);
    color: var(--plein-on-accent);
  }
  .button.danger:hover,
  .button.danger:active {
    background: color-mix(in srgb, var(--plein-danger) 85%, var(--plein-text));
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    border-color: var(--plein-border);
    background: var(--plein-surface-subtle);
    color: var(--plein-text-muted);
    cursor: not-allowed;
  }

  @media (pointer: coarse) {
    .button {
      min-width: var(--plein-touch-target);
      min-height: var(--plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
