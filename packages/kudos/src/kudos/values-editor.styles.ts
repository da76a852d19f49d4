import { css } from 'lit';

/**
 * The values editor: a panel with the values, their form and the wall's settings. Every rule
 * starts at `.values-editor`: it shares the wall's shadow root with the cards and the leaderboard.
 */
export const valuesEditorStyles = css`
  .values-editor {
    display: grid;
    gap: var(--_plein-space-4);
    padding: var(--_plein-space-4);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-medium);
  }
  .values-editor :is(h2, h3, h4, p) {
    margin: 0;
  }
  .values-editor .editor-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2);
  }
  .values-editor .editor-title {
    margin: 0;
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .values-editor .editor-close svg {
    width: 1em;
    height: 1em;
  }
  .values-editor .editor-section {
    display: grid;
    gap: var(--_plein-space-3);
  }
  .values-editor .editor-section + .editor-section {
    padding-top: var(--_plein-space-4);
    border-top: 1px solid var(--_plein-border);
  }
  .values-editor .section-title,
  .values-editor .section-subtitle {
    margin: 0;
    font-size: 1.1em;
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .values-editor .section-subtitle {
    margin-top: var(--_plein-space-2);
    font-size: 1em;
  }

  /* ---- the values */
  .values-editor .value-list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .values-editor .value-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2) var(--_plein-space-3);
    padding: var(--_plein-space-3) 0;
    border-bottom: 1px solid var(--_plein-border);
  }
  .values-editor .value-row:first-child {
    border-top: 1px solid var(--_plein-border);
  }
  .values-editor .value-info {
    display: grid;
    justify-items: start;
    gap: var(--_plein-space-1);
    flex: 1 1 14em;
    min-width: 0;
  }
  .values-editor .value-about {
    margin: 0;
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
    overflow-wrap: anywhere;
  }
  .values-editor .value-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
  }
  .values-editor .row-error {
    flex-basis: 100%;
    margin: 0;
  }
  .values-editor .list-actions {
    display: flex;
  }

  /* ---- settings: a switch with its explanation */
  .values-editor .setting {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: var(--_plein-space-1) var(--_plein-space-3);
  }
  .values-editor .setting .hint,
  .values-editor .setting .field-error {
    grid-column: 2;
    margin: 0;
  }
  .values-editor .setting label {
    cursor: pointer;
  }
  .values-editor input.switch {
    appearance: none;
    position: relative;
    flex: none;
    width: 2.5em;
    height: 1.375em;
    margin: 0;
    border: 1px solid var(--_plein-border-strong);
    border-radius: 0.75em;
    background: var(--_plein-surface);
    cursor: pointer;
    transition: background-color var(--_plein-duration-short) var(--_plein-easing);
  }
  .values-editor input.switch::before {
    content: '';
    position: absolute;
    top: 50%;
    left: 0.1875em;
    width: 0.875em;
    height: 0.875em;
    border-radius: 50%;
    background: var(--_plein-text-muted);
    transform: translateY(-50%);
    transition: left var(--_plein-duration-short) var(--_plein-easing);
  }
  .values-editor input.switch:checked {
    border-color: var(--_plein-accent);
    background: var(--_plein-accent);
  }
  .values-editor input.switch:checked::before {
    left: calc(100% - 1.0625em);
    background: var(--_plein-on-accent);
  }
  @media (forced-colors: active) {
    .values-editor input.switch {
      border-color: CanvasText;
    }
    .values-editor input.switch::before {
      background: CanvasText;
    }
    .values-editor input.switch:checked {
      background: Highlight;
    }
    .values-editor input.switch:checked::before {
      background: HighlightText;
    }
  }

  /* ---- the form */
  .values-editor .value-form {
    display: grid;
    gap: var(--_plein-space-4);
  }
  .values-editor .value-form .group {
    display: grid;
    gap: var(--_plein-space-2);
    margin: 0;
  }
  .values-editor .value-form legend {
    margin-bottom: var(--_plein-space-1);
  }
  .values-editor .value-form .field {
    margin: 0;
  }
  .values-editor .value-form .group > .field-error {
    margin: 0;
  }
  .values-editor .languages {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_plein-space-2) var(--_plein-space-3);
  }
  .values-editor .form-error {
    margin: 0;
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border: 1px solid var(--_plein-danger);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-danger-subtle);
  }
  .values-editor .emoji-input {
    max-width: 6em;
    font-size: 1.25em !important;
  }

  /* Emoji and colours: radios drawn as chips; arrow keys move between them, one Tab stop. */
  .values-editor .picks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-1);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .values-editor .pick {
    position: relative;
    display: inline-flex;
    cursor: pointer;
  }
  .values-editor .pick input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .values-editor .pick-face {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.25em;
    height: 2.25em;
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface);
    font-size: 1.1em;
    line-height: 1;
  }
  .values-editor .pick:hover .pick-face {
    border-color: var(--_plein-text);
  }
  .values-editor .pick input:checked + .pick-face {
    border-color: var(--_plein-accent);
    box-shadow:
      0 0 0 2px var(--_plein-surface),
      0 0 0 4px var(--_plein-accent);
  }
  .values-editor .pick input:focus-visible + .pick-face {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
    outline-offset: 5px;
  }
  .values-editor .swatch .pick-face {
    border-color: color-mix(in srgb, var(--_plein-text) 25%, transparent);
  }
  .values-editor .custom-color {
    display: flex !important;
    align-items: center;
    gap: var(--_plein-space-2);
  }
  .values-editor .custom-color input[type='color'] {
    width: 3em;
    min-height: 2.25em;
    padding: 2px;
    cursor: pointer;
  }
  @media (pointer: coarse) {
    .values-editor .pick-face {
      width: var(--_plein-touch-target);
      height: var(--_plein-touch-target);
    }
  }
  @media (forced-colors: active) {
    .values-editor .pick input:checked + .pick-face {
      outline: 3px solid Highlight;
    }
  }

  .values-editor .preview {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-3);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
  }
  .values-editor .preview-label {
    color: var(--_plein-text-muted);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .values-editor .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
  }
`;
