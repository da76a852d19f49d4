import { html, nothing, type TemplateResult } from 'lit';
import { REACTIONS, newIdempotencyKey, type Reaction, type ReactionSummary } from '@plein/core';
import type { FeedContext, FeedEntry } from './context.js';

/** The fixed set, in display order, with its pictures (the names are localized). */
export const EMOJI: Record<Reaction, string> = {
  like: '👍',
  celebrate: '🎉',
  love: '❤️',
  insightful: '💡',
  funny: '😄',
};

/** The summary with the viewer's reaction of one kind set or cleared. */
export function toggled(summary: ReactionSummary, reaction: Reaction, on: boolean): ReactionSummary {
  const counts = { ...summary.counts };
  const n = (counts[reaction] ?? 0) + (on ? 1 : -1);
  if (n > 0) counts[reaction] = n;
  else delete counts[reaction];
  const mine = summary.mine.filter((r) => r !== reaction);
  return { counts, mine: on ? [...mine, reaction] : mine };
}

export const total = (summary: ReactionSummary): number =>
  Object.values(summary.counts).reduce((sum, n) => sum + (n ?? 0), 0);

/**
 * Reactions show at once (optimistic) and roll back visibly when the store says no. One call
 * per entry at a time: a click while one is on its way waits for it to settle.
 */
export class Reactions {
  private readonly pending = new Map<string, ReactionSummary>();

  constructor(private readonly ctx: FeedContext) {}

  of(entry: FeedEntry): ReactionSummary {
    return this.pending.get(entry.id) ?? entry.reactions;
  }

  async toggle(entry: FeedEntry, reaction: Reaction): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed || this.pending.has(entry.id)) return;
    const on = !entry.reactions.mine.includes(reaction);
    this.pending.set(entry.id, toggled(entry.reactions, reaction, on));
    this.ctx.requestUpdate();
    try {
      const summary = await this.ctx.guard(feed.react(entry.id, reaction, on, { idempotencyKey: newIdempotencyKey() }));
      this.ctx.replaced({ ...entry, reactions: summary } as FeedEntry);
      this.ctx.emit('plein-react', { id: entry.id, reaction, on });
    } catch (error) {
      this.ctx.toast(`${this.ctx.strings().reactionUndone} ${this.ctx.errorText(error)}`, 'error');
      this.ctx.failed(error);
    } finally {
      this.pending.delete(entry.id);
      this.ctx.requestUpdate();
    }
  }
}

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

/**
 * The reaction toggles of a post or comment (a toolbar), with counts and, when anyone reacted,
 * a button that lists who.
 */
export function reactionsBar(ctx: FeedContext, entry: FeedEntry): TemplateResult {
  const t = ctx.strings();
  const { format } = ctx.locale();
  const summary = ctx.reactionsOf(entry);
  const sum = total(summary);
  const open = ctx.actions()?.isReactorsOpen(entry.id) ?? false;
  return html`<div class="reactions">
      <div role="toolbar" class="reaction-bar" aria-label=${t.reactionsLabel} @keydown=${roam}>
        ${REACTIONS.map((reaction, index) => {
          const n = summary.counts[reaction] ?? 0;
          const mine = summary.mine.includes(reaction);
          return html`<button
            type="button"
            class="reaction ${mine ? 'mine' : ''}"
            data-reaction=${reaction}
            aria-pressed=${mine ? 'true' : 'false'}
            tabindex=${index ? '-1' : '0'}
            title=${t.reactions[reaction]}
            @click=${() => ctx.react(entry, reaction)}
          >
            <span class="emoji" aria-hidden="true">${EMOJI[reaction]}</span
            ><span class="visually-hidden">${t.reactions[reaction]}</span
            >${n ? html`<span class="count">${format.number(n)}</span>` : nothing}
          </button>`;
        })}
      </div>
      ${
        sum
          ? html`<button
              type="button"
              class="who"
              aria-expanded=${open ? 'true' : 'false'}
              aria-label=${t.whoReacted(sum, format)}
              @click=${(event: Event) => ctx.openReactors(entry, event.currentTarget as HTMLElement)}
            >
              ${t.reactionsShort(sum, format)}
            </button>`
          : nothing
      }
    </div>
    ${ctx.actions()?.reactors(entry) ?? nothing}`;
}
