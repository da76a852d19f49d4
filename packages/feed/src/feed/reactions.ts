import { newIdempotencyKey, type Reaction, type ReactionSummary } from '@plein/core';
import { toggled } from '@plein/ui';
import type { FeedContext, FeedEntry } from './context.js';

/**
 * Reactions show at once (optimistic) and roll back visibly when the store says no. One call
 * per entry at a time: a click while one is on its way waits for it to settle. Part of the chunk
 * fetched with the view (`view-parts.ts`); the toolbar itself is drawn by `post.ts`.
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
