import { css } from 'lit';
import { tokenStyles } from './tokens.js';
import { templateStyles } from './templates.styles.js';

/**
 * What every Plein element shares: tokens, the host's font, box sizing, visible focus,
 * `.visually-hidden`, reduced motion, and the looks of the template functions (avatar,
 * skeleton, empty and error states, toast).
 */
export const baseStyles = css`
  ${tokenStyles}

  :host {
    display: block;
    /* Follow the host page's type; every size below is in em, relative to it. */
    font: inherit;
    line-height: var(--_plein-line-height);
    color: var(--_plein-text);
    /* Painted, so dark text never lands on a dark page (or light on light). */
    background: var(--_plein-surface);
    color-scheme: light dark;
    -webkit-text-size-adjust: 100%;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Outlines (not shadows) survive forced-colours mode; never removed. */
  :focus-visible {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_plein-duration-short: 0ms;
      --_plein-duration-medium: 0ms;
    }
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  ${templateStyles}
`;
