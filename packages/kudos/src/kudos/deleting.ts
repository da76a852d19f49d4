import { css, html, nothing, type TemplateResult } from 'lit';
import { newIdempotencyKey, type Kudos } from '@plein/core';
import type { WallContext } from './context.js';

/** What deleting needs from the wall view (which implements it). */
export interface DeletingHost {
  readonly ctx: WallContext;
  /** The cards shown, in order: focus moves to the next one. */
  readonly items: Kudos[];
  removed(id: string): void;
  /** After the next render: focus a kudos card, or `selector` within it. */
  focusCard(id: string, selector?: string): void;
}

/**
 * Deleting a kudos, for who may: the card's delete button asks for a confirmation inside the
 * card, and focus goes to the next card once it is gone. Part of the chunk fetched alongside
 * the wall (`wall-parts.ts`).
 */
export class Deleting {
  /** The kudos whose deletion is being confirmed. */
  confirming: string | undefined;
  private deleting: string | undefined;

  constructor(private readonly host: DeletingHost) {}

  /** The delete button: opens the confirmation (focus on its button), or closes it. */
  ask(kudos: Kudos): void {
    this.confirming = this.confirming === kudos.id ? undefined : kudos.id;
    if (this.confirming) this.host.focusCard(kudos.id, '.confirm-delete');
    else this.host.ctx.requestUpdate();
  }

  private cancel(): void {
    const id = this.confirming;
    this.confirming = undefined;
    if (id) this.host.focusCard(id, '.delete');
  }

  private async remove(kudos: Kudos): Promise<void> {
    const { ctx } = this.host;
    const api = ctx.store()?.kudos;
    if (!api || this.deleting) return;
    this.deleting = kudos.id;
    ctx.requestUpdate();
    // Focus goes to the next card (or the one before, or the give button) once this one is gone.
    const at = this.host.items.findIndex((k) => k.id === kudos.id);
    try {
      await ctx.guard(api.remove(kudos.id, { idempotencyKey: newIdempotencyKey() }));
      this.host.removed(kudos.id);
      ctx.toast(ctx.strings().deleted, 'success');
      const next = this.host.items[at] ?? this.host.items[at - 1];
      if (next) this.host.focusCard(next.id);
      else void ctx.focus('.give-button');
    } catch (error) {
      ctx.toast(ctx.errorText(error), 'error');
      ctx.failed(error);
    } finally {
      this.deleting = undefined;
      ctx.requestUpdate();
    }
  }

  /** The confirmation inside the card whose DOM id is `cardId`, while it is asked for. */
  render(kudos: Kudos, cardId: string): TemplateResult | typeof nothing {
    if (this.confirming !== kudos.id) return nothing;
    const t = this.host.ctx.strings();
    const busy = this.deleting === kudos.id;
    const id = `${cardId}-confirm`;
    return html`<div class="confirm" role="group" aria-labelledby=${id}>
      <p id=${id}>${t.confirmDelete}</p>
      <div class="confirm-actions">
        <button
          type="button"
          class="button danger confirm-delete"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => void this.remove(kudos)}
        >
          ${busy ? t.deleting : t.delete}
        </button>
        <button type="button" class="button subtle" @click=${() => this.cancel()}>${t.cancel}</button>
      </div>
    </div>`;
  }
}

export const deletingStyles = css`
  .kudos .confirm {
    display: grid;
    gap: var(--_plein-space-2);
    padding: var(--_plein-space-3);
    border-radius: var(--_plein-radius-medium);
    background: var(--_plein-danger-subtle);
  }
  .kudos .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_plein-space-2);
  }
`;
