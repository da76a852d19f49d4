import { html, nothing, type TemplateResult } from 'lit';
import type { Kudos } from '@plein/core';
import { avatar, permalink, reactionToolbar, relativeTime, styleProps } from '@plein/ui';
import type { WallContext } from './context.js';
import { localized, valueBadge } from './value-badge.js';

/** Recipients shown with their picture (all of them are named). */
const FACES = 3;

/** The DOM id of a kudos card (ids may hold any character a store picks). */
export const domId = (id: string): string =>
  `kudos-${id.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/** The permalink of a kudos on this page. */
export const kudosLink = (id: string): string => permalink('kudos', id);

export interface CardOptions {
  /** Position in the wall (1-based) and the wall's size (-1 while more can be loaded). */
  position?: number;
  size?: number;
}

/**
 * One kudos as an `<article>`: who thanked whom (pictures and names), the value as a coloured
 * badge (its colour also marks the card's edge), the message, when (a permalink), reactions,
 * and delete (with a confirmation: `deleting.ts`) for who may.
 */
export function renderCard(ctx: WallContext, kudos: Kudos, options: CardOptions = {}): TemplateResult {
  const t = ctx.strings();
  const { locale, format } = ctx.locale();
  const id = domId(kudos.id);
  const giver = ctx.person(kudos.fromId);
  const recipients = kudos.toIds.map((to) => ctx.person(to));
  const from = giver?.displayName ?? t.someone;
  const to = format.list(recipients.map((person) => person?.displayName ?? t.someone));
  const value = ctx.value(kudos.valueId);
  const accent = value ? { '--value-color': value.color } : {};
  const more = kudos.toIds.length - FACES;
  return html`<article
    class="kudos card ${ctx.highlighted() === kudos.id ? 'highlight' : ''}"
    id=${id}
    data-id=${kudos.id}
    part="card"
    tabindex="-1"
    aria-label=${t.cardLabel(from, to, value ? localized(value.name, locale) : '')}
    aria-posinset=${options.position ?? nothing}
    aria-setsize=${options.size ?? nothing}
    ${styleProps(accent)}
  >
    <header class="kudos-head">
      <span class="faces" aria-hidden="true">
        ${avatar(giver, { size: 'medium' })}
        <svg class="arrow" viewBox="0 0 16 16" width="16" height="16" focusable="false">
          <path d="M2 8h11M9 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
        ${recipients.slice(0, FACES).map((person) => avatar(person, { size: 'medium' }))}
        ${more > 0 ? html`<span class="more-faces">+${format.number(more)}</span>` : nothing}
      </span>
      <p class="kudos-title">
        <span class="person-name">${from}</span> <span class="gave">${t.gaveTo}</span>
        <span class="person-name">${to}</span>
      </p>
    </header>
    ${value ? valueBadge(value, locale) : nothing}
    <div class="text" part="text">${ctx.renderText(kudos.message)}</div>
    <footer class="kudos-foot">
      <a class="time" href=${kudosLink(kudos.id)}>${relativeTime(kudos.createdAt, ctx.clock.now(), locale)}</a>
      <span class="kudos-actions">
        <span part="reactions"
          >${reactionToolbar({
            summary: ctx.reactionsOf(kudos),
            label: t.reactionsLabel,
            names: t.reactions,
            format,
            toggle: (reaction) => ctx.react(kudos, reaction),
          })}</span
        >
        ${
          kudos.viewer.canDelete
            ? html`<button
                type="button"
                class="icon-button delete"
                aria-label=${t.deleteLabel(from)}
                title=${t.delete}
                aria-expanded=${ctx.confirming() === kudos.id ? 'true' : 'false'}
                @click=${() => ctx.askDelete(kudos)}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path
                    d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="1.3"
                    stroke-linejoin="round"
                  />
                </svg>
              </button>`
            : nothing
        }
      </span>
    </footer>
    ${ctx.confirmation(kudos, id)}
  </article>`;
}
