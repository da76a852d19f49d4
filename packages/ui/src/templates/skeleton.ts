import { html, type TemplateResult } from 'lit';

export interface SkeletonOptions {
  /** Placeholder lines; 3 by default. */
  lines?: number;
  /** What is loading, announced to screen readers ("Loading poll…"). */
  label: string;
}

/** Calm grey lines in place of content that is loading, with the label spoken instead. */
export function skeleton(options: SkeletonOptions): TemplateResult {
  const lines = Array.from({ length: Math.max(1, options.lines ?? 3) }, (_, i) => i);
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${options.label}</span>
    ${lines.map((i) => html`<span class="skeleton-line w${i % 3}" aria-hidden="true"></span>`)}
  </div>`;
}
