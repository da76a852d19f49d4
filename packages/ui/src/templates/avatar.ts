import { html, nothing, type TemplateResult } from 'lit';
import type { Person } from '@plein/core';

export type AvatarSize = 'small' | 'medium' | 'large';

export interface AvatarOptions {
  size?: AvatarSize;
}

/** Number of background tones in the styles (`.tone-0` … `.tone-7`), each ≥ 4.5:1 against white text. */
export const AVATAR_TONES = 8;

/** "Anna de Vries" → "AV", "Ömer" → "Ö": first and last word, so Dutch particles drop out. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = Array.from(words[0] ?? '')[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1] ?? '')[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** The same person always gets the same colour (FNV-1a of the id). */
export function avatarTone(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % AVATAR_TONES;
}

const show = (event: Event): void => void ((event.currentTarget as HTMLImageElement).hidden = false);
const hide = (event: Event): void => void ((event.currentTarget as HTMLImageElement).hidden = true);

/**
 * A person's picture, named by their display name; initials on a coloured disc show while the
 * picture loads, when it fails, or when there is none. No person yet: a blank placeholder.
 */
export function avatar(person: Person | undefined, options: AvatarOptions = {}): TemplateResult {
  const size = options.size ?? 'medium';
  if (!person) return html`<span class="avatar ${size} placeholder" part="avatar" aria-hidden="true"></span>`;
  return html`<span
    class="avatar ${size} tone-${avatarTone(person.id)}"
    part="avatar"
    role="img"
    aria-label=${person.displayName}
  >
    <span class="initials" aria-hidden="true">${initials(person.displayName)}</span>
    ${person.avatarUrl ? html`<img src=${person.avatarUrl} alt="" loading="lazy" @load=${show} @error=${hide} />` : nothing}
  </span>`;
}
