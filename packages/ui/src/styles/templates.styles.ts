import { css } from 'lit';

/** Looks of the template functions; part of `baseStyles`, so every element can use them. */
export const templateStyles = css`
  /* ---- avatar: a disc with initials under an optional picture */
  .avatar {
    position: relative;
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    overflow: hidden;
    vertical-align: middle;
    color: #ffffff;
    background: var(--_plein-surface-subtle);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1;
    user-select: none;
  }
  .avatar.small {
    width: 1.5em;
    height: 1.5em;
  }
  .avatar.large {
    width: 4em;
    height: 4em;
  }
  .avatar .initials {
    font-size: max(12px, 0.875em);
  }
  .avatar.small .initials {
    font-size: 12px;
  }
  .avatar.large .initials {
    font-size: 1.5em;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .avatar img[hidden] {
    display: none;
  }
  /* Fixed tones: white text on each keeps at least 5:1, in light and dark. */
  .avatar.tone-0 {
    background: #0f6cbd;
  }
  .avatar.tone-1 {
    background: #5c2e91;
  }
  .avatar.tone-2 {
    background: #b4009e;
  }
  .avatar.tone-3 {
    background: #c50f1f;
  }
  .avatar.tone-4 {
    background: #8e562e;
  }
  .avatar.tone-5 {
    background: #0e700e;
  }
  .avatar.tone-6 {
    background: #00727a;
  }
  .avatar.tone-7 {
    background: #616161;
  }
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }

  .person-name {
    font-weight: var(--_plein-font-weight-strong);
    overflow-wrap: anywhere;
  }

  /* ---- skeleton: quiet placeholder lines */
  .skeleton {
    display: grid;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-2) 0;
  }
  .skeleton-line {
    display: block;
    height: 0.75em;
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-border);
    animation: plein-pulse 1.6s var(--_plein-easing) infinite alternate;
  }
  .skeleton-line.w1 {
    width: 88%;
  }
  .skeleton-line.w2 {
    width: 60%;
  }
  @keyframes plein-pulse {
    to {
      opacity: 0.45;
    }
  }

  /* ---- empty and error states */
  .empty-state,
  .error-state {
    display: grid;
    justify-items: center;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-5) var(--_plein-space-4);
    text-align: center;
    overflow-wrap: anywhere;
  }
  .empty-state p,
  .error-state p {
    margin: 0;
  }
  .state-heading {
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
  }
  .empty-state .state-message {
    color: var(--_plein-text-muted);
  }
  .empty-state .button,
  .error-state .button {
    margin-top: var(--_plein-space-2);
  }
  .error-state {
    border: 1px solid var(--_plein-danger);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-danger-subtle);
  }

  /*
   * ---- toast: a short message that leaves by itself. Sticky, not fixed: while the element is on
   * screen it rides the bottom of the viewport (or of the scrolling box the element is in, such as
   * SharePoint's canvas), so it is seen however far down the element ends; it never leaves the
   * element's own box, so it never covers the page when the element is off screen, and it keeps
   * the element's width. Fixed positioning would cover the host page and break under transformed
   * ancestors.
   */
  .toast {
    position: sticky;
    bottom: calc(var(--_plein-space-3) + env(safe-area-inset-bottom, 0px));
    z-index: 3;
    display: flex;
    align-items: center;
    gap: var(--_plein-space-2);
    margin-top: var(--_plein-space-3);
    padding: var(--_plein-space-2) var(--_plein-space-2) var(--_plein-space-2) var(--_plein-space-3);
    border: 1px solid var(--_plein-border);
    border-inline-start: 4px solid var(--_plein-accent);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-medium);
    animation: plein-toast-in var(--_plein-duration-medium) var(--_plein-easing);
  }
  .toast.success {
    border-inline-start-color: var(--_plein-success);
  }
  .toast.error {
    border-inline-start-color: var(--_plein-danger);
  }
  .toast-text {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .toast-dismiss {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    min-width: 2em;
    min-height: 2em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_plein-radius-small);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .toast-dismiss:hover {
    background: var(--_plein-surface-hover);
  }
  .toast-dismiss svg {
    width: 1em;
    height: 1em;
  }
  @media (pointer: coarse) {
    .toast-dismiss {
      min-width: var(--_plein-touch-target);
      min-height: var(--_plein-touch-target);
    }
  }
  @keyframes plein-toast-in {
    from {
      opacity: 0;
      transform: translateY(0.25em);
    }
  }
`;
