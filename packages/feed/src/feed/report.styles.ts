import { css } from 'lit';

/** The report dialog (adopted with its code). */
export const reportStyles = css`
  .report-dialog {
    width: min(32em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: var(--_plein-space-5);
    border: 1px solid var(--_plein-border);
    border-radius: var(--_plein-radius-large);
    background: var(--_plein-surface);
    color: var(--_plein-text);
    box-shadow: var(--_plein-shadow-large);
    font: inherit;
    overflow-wrap: anywhere;
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
  .report-done,
  .report-error {
    margin: 0 0 var(--_plein-space-3);
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
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_plein-space-2);
  }
  @media (max-width: 24em) {
    .report-dialog {
      padding: var(--_plein-space-4);
    }
  }
  @media (forced-colors: active) {
    .report-dialog {
      border-color: CanvasText;
    }
  }
`;
