import { html, nothing, type TemplateResult } from 'lit';

export interface EmptyStateOptions {
  heading: string;
  message: string;
  /** The first action to invite ("Create the first poll"). */
  action?: { label: string; onClick: (event: MouseEvent) => void };
}

/** Nothing here yet: says so kindly and invites the first action. */
export function emptyState({ heading, message, action }: EmptyStateOptions): TemplateResult {
  return html`<div class="empty-state" part="empty">
    <p class="state-heading">${heading}</p>
    <p class="state-message">${message}</p>
    ${action ? html`<button type="button" class="button primary" @click=${action.onClick}>${action.label}</button>` : nothing}
  </div>`;
}
