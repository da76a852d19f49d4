import { css } from 'lit';

/** The composer: avatar beside the field, previews of images with their descriptions, actions. */
export const composerStyles = css`
  .composer {
    display: flex;
    gap: var(--_plein-space-3);
    margin: 0;
  }
  .composer > .avatar-box {
    margin-top: 1.75em;
  }
  .composer-body {
    display: grid;
    flex: 1;
    gap: var(--_plein-space-2);
    min-width: 0;
  }
  .composer .hint {
    margin: 0;
  }
  .previews {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    gap: var(--_plein-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .preview {
    position: relative;
    display: grid;
    gap: var(--_plein-space-1);
    font-size: max(12px, var(--_plein-font-size-small));
  }
  .preview img {
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-surface-subtle);
  }
  .preview .remove {
    position: absolute;
    top: var(--_plein-space-1);
    inset-inline-end: var(--_plein-space-1);
    border-radius: 50%;
    padding: 0;
    background: var(--_plein-surface);
  }
  .preview label {
    font-weight: var(--_plein-font-weight-strong);
  }
  .composer-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_plein-space-2);
  }
  /* Hidden but focusable (its label is the button); the form styles would stretch it. */
  input.file {
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    border: 0;
  }
  .file:focus-visible + label {
    outline: var(--_plein-focus-ring-width) solid var(--_plein-focus-ring);
    outline-offset: 2px;
  }
  .composer .field-error {
    margin: 0;
  }
  @media (max-width: 24em) {
    .composer > .avatar-box {
      display: none;
    }
  }
`;
