import { html, type TemplateResult } from 'lit';
import type { Formatters } from '@plein/core';

/** "3 minutes ago", with the exact date in `datetime` (machines) and `title` (pointer users). */
export function relativeTime(iso: string, now: number, format: Formatters): TemplateResult {
  return html`<time datetime=${iso} title=${format.date(iso)}>${format.relative(iso, now)}</time>`;
}
