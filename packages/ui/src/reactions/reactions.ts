import { html, nothing, type TemplateResult } from 'lit';
import { REACTIONS, type Formatters, type Reaction, type ReactionSummary } from '@plein/core';

/** The fixed set, in display order, with its pictures (the names are localized: `reactionStrings`). */
export const EMOJI: Record<Reaction, string> = {
  like: '👍',
  celebrate: '🎉',
  love: '❤️',
  insightful: '💡',
  funny: '😄',
};

/**
 * The reactions' names in English, as buttons and "who reacted" lists read them. Each language
 * is a module of its own (`reactionNamesNl`), so an element's catalog can keep it in that
 * language's chunk; `reactionStrings` has them all, for parts that load every language anyway.
 */
export const reactionNames: Record<Reaction, string> = {
  like: 'Like',
  celebrate: 'Celebrate',
  love: 'Love',
  insightful: 'Insightful',
  funny: 'Funny',
};

/** How many reactions in all. */
export const total = (summary: ReactionSummary): number =>
  Object.values(summary.counts).reduce((sum, n) => sum + (n ?? 0), 0);

/** Arrows, Home and End move between the reactions: one Tab stop per entry, not five. */
function roam(event: KeyboardEvent): void {
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.reaction')];
  const at = buttons.indexOf(event.target as HTMLElement);
  const last = buttons.length - 1;
  const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: last };
  const to = moves[event.key];
  if (at < 0 || to === undefined) return;
  event.preventDefault();
  const target = buttons[(to + buttons.length) % buttons.length]!;
  for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
  target.focus();
}

export interface ReactionToolbarOptions {
  /** What to show: the store's summary, or the optimistic one while a reaction is on its way. */
  summary: ReactionSummary;
  /** The toolbar's accessible name ("Reactions"). */
  label: string;
  /** The reactions' names in the element's language (`reactionNames`, `reactionNamesNl`). */
  names: Record<Reaction, string>;
  format: Formatters;
  toggle: (reaction: Reaction) => void;
}

/**
 * The reaction toggles of an entry (a post, a comment, a kudos): a toolbar of pressed/unpressed
 * buttons with exact counts and the viewer's own marked; arrows move between them.
 */
export function reactionToolbar({ summary, label, names, format, toggle }: ReactionToolbarOptions): TemplateResult {
  return html`<div role="toolbar" class="reaction-bar" aria-label=${label} @keydown=${roam}>
    ${REACTIONS.map((reaction, index) => {
      const n = summary.counts[reaction] ?? 0;
      const mine = summary.mine.includes(reaction);
      return html`<button
        type="button"
        class="reaction ${mine ? 'mine' : ''}"
        data-reaction=${reaction}
        aria-pressed=${mine ? 'true' : 'false'}
        tabindex=${index ? '-1' : '0'}
        title=${names[reaction]}
        @click=${() => toggle(reaction)}
      >
        <span class="emoji" aria-hidden="true">${EMOJI[reaction]}</span
        ><span class="visually-hidden">${names[reaction]}</span
        >${n ? html`<span class="count">${format.number(n)}</span>` : nothing}
      </button>`;
    })}
  </div>`;
}
