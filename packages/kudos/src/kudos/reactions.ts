import { newIdempotencyKey, type Kudos, type Reaction, type ReactionSummary } from '@plein/core';
import { toggled } from '@plein/ui';
import type { KudosShell } from './shell.js';

/** What optimistic reactions need from the wall. */
export interface ReactionsHost {
  readonly shell: KudosShell;
  /** The store's answer: show it on the card wherever it is shown. */
  replaced(kudos: Kudos): void;
  /** Tells why a reaction was rolled back (a toast) and reports the failure. */
  undone(error: unknown): void;
}

/**
 * Reactions show at once (optimistic) and roll back visibly when the store says no. One call
 * per kudos at a time: a click while one is on its way is ignored until it settles.
 */
export class Reactions {
  private readonly pending = new Map<string, ReactionSummary>();

  constructor(private readonly host: ReactionsHost) {}

  of(kudos: Kudos): ReactionSummary {
    return this.pending.get(kudos.id) ?? kudos.reactions;
  }

  async toggle(kudos: Kudos, reaction: Reaction): Promise<void> {
    const { shell } = this.host;
    const api = shell.store()?.kudos;
    if (!api || this.pending.has(kudos.id)) return;
    const on = !kudos.reactions.mine.includes(reaction);
    this.pending.set(kudos.id, toggled(kudos.reactions, reaction, on));
    shell.element.requestUpdate();
    try {
      const summary = await shell.guard(api.react(kudos.id, reaction, on, { idempotencyKey: newIdempotencyKey() }));
      this.host.replaced({ ...kudos, reactions: summary });
      shell.emit('plein-kudos-react', { id: kudos.id, reaction, on });
    } catch (error) {
      this.host.undone(error);
    } finally {
      this.pending.delete(kudos.id);
      shell.element.requestUpdate();
    }
  }
}
