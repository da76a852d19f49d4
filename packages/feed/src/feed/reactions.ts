import { html, nothing, type TemplateResult } from 'lit';
import { newIdempotencyKey, type Reaction, type ReactionSummary } from '@plein/core';
import { reactionToolbar, toggled, total } from '@plein/ui';
import type { FeedContext, FeedEntry } from './context.js';

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
      ${reactionToolbar({
        summary,
        label: t.reactionsLabel,
        names: t.reactions,
        format,
        toggle: (reaction) => ctx.react(entry, reaction),
      })}
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
