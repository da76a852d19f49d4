import { css } from 'lit';

/** The report dialog (adopted with its code). */
export const reportStyles = css`
  /*
   * A column: the fields scroll, the buttons (and an error about the whole form) stay at the
   * bottom, so Report and Cancel are always in view, on a phone too. The padding is on the parts.
   */
  .report-dialog {
    --_pad: var(--_plein-space-5);
    width: min(32em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: 0;
    overflow: hidden;
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-large);
    font: inherit;
    overflow-wrap: anywhere;
  }
  .report-dialog[open],
  .report-form {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .report-body {
    min-height: 0;
    padding: var(--_pad) var(--_pad) var(--_plein-space-3);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .report-body > :last-child {
    margin-bottom: 0;
  }
  .report-dialog::backdrop {
    background: rgba(0, 0, 0, 0.4);
  }
  .report-title {
    margin: 0 0 var(--_plein-space-1);
    font-size: var(--_plein-font-size-large);
    font-weight: var(--_plein-font-weight-strong);
    line-height: 1.3;
  }
  .report-entry {
    margin: 0 0 var(--_plein-space-2);
    color: var(--_plein-text-muted);
  }
  .report-intro,
  .report-done {
    margin: 0 0 var(--_plein-space-3);
  }
  .report-error {
    margin: 0;
    padding: 0 var(--_pad) var(--_plein-space-2);
  }
  .report-done {
    padding: var(--_plein-space-2) var(--_plein-space-3);
    border-inline-start: 4px solid var(--_plein-accent);
    border-radius: var(--_plein-radius-small);
    background: var(--_plein-accent-subtle);
  }
  .report-reasons {
    display: grid;
    gap: var(--_plein-space-1);
  }
  .report-reason {
    align-items: flex-start;
    padding: var(--_plein-space-1) 0;
  }
  .report-reason input {
    flex: none;
    margin-top: 0.125em;
  }
  .reason-text {
    display: grid;
  }
  .reason-label {
    font-weight: var(--_plein-font-weight-strong);
  }
  .counter.over {
    color: var(--_plein-danger);
    font-weight: var(--_plein-font-weight-strong);
  }
  .report-actions {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_plein-space-2);
    padding: 0 var(--_pad) var(--_pad);
  }
  /* Phones, and short windows: tighter, and a line over the buttons where the fields scroll under it. */
  @media (max-width: 24em), (max-height: 40em) {
    .report-dialog {
      --_pad: var(--_plein-space-3);
      width: calc(100vw - 1em);
      max-height: calc(100dvh - 1em);
    }
    .report-body {
      padding-bottom: var(--_plein-space-2);
    }
    .report-entry,
    .report-intro {
      margin-bottom: var(--_plein-space-2);
    }
    .report-reasons {
      gap: 0;
    }
    .report-actions {
      padding-top: var(--_plein-space-2);
      border-top: 1px solid var(--_plein-border);
    }
  }
  @media (forced-colors: active) {
    .report-dialog {
      border-color: CanvasText;
    }
  }
`;
