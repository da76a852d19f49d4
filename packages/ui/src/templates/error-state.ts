import { html, type TemplateResult } from 'lit';

export interface ErrorStateOptions {
  /** Already localized (see `errorText`); never raw server text. */
  message: string;
  retryLabel: string;
  onRetry: (event: MouseEvent) => void;
}

/** Something failed: an alert with the reason and a way to try again. */
export function errorState({ message, retryLabel, onRetry }: ErrorStateOptions): TemplateResult {
  return html`<div class="error-state" part="error" role="alert">
    <p class="state-message">${message}</p>
    <button type="button" class="button" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}
