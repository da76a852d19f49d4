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
    gap: var(--_plein-space-2);
    min-width: 2em;
    min-height: 2em;
    margin: 0;
    padding: var(--_plein-space-1) var(--_plein-space-3);
    border: 1px solid var(--_plein-border-strong);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    font: inherit;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_plein-duration-short) var(--_plein-easing),
      border-color var(--_plein-duration-short) var(--_plein-easing);
  }
  .button:hover {
    background: var(--_plein-surface-hover);
  }
  .button:active {
    background: var(--_plein-surface-subtle);
  }

  .button.primary {
    border-color: transparent;
    background: var(--_plein-accent);
    color: var(--_plein-on-accent);
  }
  .button.primary:hover {
    background: var(--_plein-accent-hover);
  }
  .button.primary:active {
    background: var(--_plein-accent-pressed);
  }

  .button.subtle {
    border-color: transparent;
    background: transparent;
  }
  .button.subtle:hover {
    background: var(--_plein-surface-hover);
  }

  .button.danger {
    border-color: transparent;
    background: var(--_plein-danger);
    color: var(--_plein-on-accent);
  }
  .button.danger:hover,
  .button.danger:active {
    background: color-mix(in srgb, var(--_plein-danger) 85%, var(--_plein-text));
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    border-color: var(--_plein-border);
    background: var(--_plein-surface-subtle);
    color: var(--_plein-text-muted);
    cursor: not-allowed;
  }

  @media (pointer: coarse) {
    .button {
      min-width: var(--_plein-touch-target);
      min-height: var(--_plein-touch-target);
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
