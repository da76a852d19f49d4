import { html, type TemplateResult } from 'lit';
import type { Person } from '@plein/core';

/** A person's display name as plain text (never parsed as HTML); `fallback` while unknown. */
export function personName(person: Person | undefined, fallback = ''): TemplateResult {
  return html`<span class="person-name">${person?.displayName ?? fallback}</span>`;
}
