import { css, html, nothing, type TemplateResult } from 'lit';
import { isPleinError, type ChangeEvent, type Kudos, type KudosQuery, type PleinStore } from '@plein/core';
import { readPermalink } from '@plein/ui';
import type { WallContext } from './context.js';

/** What the live half needs from the wall view (which implements it). */
export interface LiveView {
  readonly ctx: WallContext;
  /** Bumped by every reload: answers for an older one are dropped. */
  readonly generation: number;
  readonly ready: boolean;
  readonly query: KudosQuery;
  readonly limit: number;
  items: Kudos[];
  fresh: Kudos[];
  linked: Kudos | undefined;
  linkMissing: boolean;
  replaced(kudos: Kudos): void;
  removed(id: string): void;
  /** The values or settings changed (an editor saved them). */
  configured(): void;
  /** Kudos for the viewer arrived: celebrate and say so. */
  received(kudos: Kudos): void;
  /** Brings a card into view, focused and highlighted. */
  highlight(id: string): Promise<void>;
  /** Brings a card into view (and focuses it). */
  reveal(id: string, focus: boolean): Promise<void>;
  openGive(): void;
  update(): void;
}

/**
 * The wall's live half: kudos given by others wait behind the "N new kudos" pill, shown kudos
 * are fetched again when someone reacts, deleted ones leave, a changed set of values is read
 * again, kudos for the viewer are celebrated (their `kudos` notification), and permalinks
 * (`#plein-kudos=ID`, `#plein-kudos=give`) open on load and on `hashchange`. Part of the chunk
 * fetched alongside the wall (`wall-parts.ts`).
 */
export class Live {
  private store: PleinStore | undefined;
  private stops: (() => void)[] = [];
  private checking = false;
  private checkAgain = false;
  /** Kudos already celebrated, so a notification and the list never celebrate one twice. */
  private readonly celebrated = new Set<string>();

  constructor(private readonly view: LiveView) {}

  /** Follows the store's changes; `openLink` opens what the page URL names (on the wall's first load only). */
  start(store: PleinStore, openLink: boolean): void {
    this.stop();
    this.store = store;
    this.stops = [
      store.subscribe({ kind: 'kudos' }, (event) => this.changed(event)),
      store.subscribe({ kind: 'notifications' }, (event) => this.notified(event)),
    ];
    window.addEventListener('hashchange', this.hashChanged);
    if (openLink) void this.openNamed();
  }

  stop(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.store = undefined;
    window.removeEventListener('hashchange', this.hashChanged);
  }

  private get own(): string | undefined {
    return this.view.ctx.me()?.id;
  }

  /** The viewer's own gifts are marked at once, so they are not celebrated as received too. */
  markCelebrated(id: string): void {
    this.celebrated.add(id);
  }

  // ---------------------------------------------------------------------------- changes

  changed(event: ChangeEvent): void {
    const own = event.actorId !== undefined && event.actorId === this.own;
    switch (event.type) {
      case 'created':
        if (!own) void this.checkNew();
        return;
      case 'deleted':
        return this.view.removed(event.id);
      case 'configured':
      case 'updated':
        return this.view.configured();
      default:
        // Reactions (the viewer's own are shown already) and anything else about a shown kudos.
        if (!own && this.isShown(event.id)) void this.refresh(event.id);
    }
  }

  private isShown(id: string): boolean {
    const { view } = this;
    return [...view.items, ...view.fresh, view.linked].some((kudos) => kudos?.id === id);
  }

  private async refresh(id: string): Promise<void> {
    const { view } = this;
    const api = this.store?.kudos;
    if (!api || !view.ready) return;
    const generation = view.generation;
    try {
      const kudos = await view.ctx.guard(api.get(id));
      if (generation === view.generation) view.replaced(kudos);
    } catch (error) {
      if (generation === view.generation && isPleinError(error) && error.code === 'not-found') view.removed(id);
      // Anything else: keep what is shown; the next change tries again.
    }
  }

  /** Looks for kudos newer than the newest shown; they wait behind the pill. */
  private async checkNew(): Promise<void> {
    const { view } = this;
    const api = this.store?.kudos;
    if (!api || !view.ready) return;
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    const generation = view.generation;
    this.checking = true;
    try {
      do {
        this.checkAgain = false;
        const page = await view.ctx.guard(api.list(view.query, { limit: view.limit }));
        if (generation !== view.generation) return;
        const known = new Set([...view.items, ...view.fresh].map((kudos) => kudos.id));
        const newest = view.items[0]?.createdAt ?? '';
        const arrived = page.items.filter((kudos) => !known.has(kudos.id) && kudos.createdAt >= newest);
        if (!arrived.length) continue;
        if (!view.items.length) {
          // Nothing to push down: show them at once.
          view.items = arrived;
        } else {
          view.fresh = [...arrived, ...view.fresh];
          view.ctx.announce(view.ctx.strings().newKudosSpoken(view.fresh.length, view.ctx.locale().format));
        }
        const me = this.own;
        for (const kudos of arrived) if (me && kudos.toIds.includes(me)) this.celebrate(kudos);
        view.update();
      } while (this.checkAgain);
    } catch {
      // The next change tries again.
    } finally {
      this.checking = false;
    }
  }

  /** The viewer's own notifications: kudos for them are celebrated wherever the wall is filtered. */
  private notified(event: ChangeEvent): void {
    const note = event.notification;
    if (note?.kind !== 'kudos' || this.celebrated.has(note.entryId)) return;
    const api = this.store?.kudos;
    if (!api) return;
    this.celebrated.add(note.entryId);
    this.view.ctx
      .guard(api.get(note.entryId))
      .then((kudos) => this.view.received(kudos))
      .catch(() => this.celebrated.delete(note.entryId));
  }

  private celebrate(kudos: Kudos): void {
    if (this.celebrated.has(kudos.id)) return;
    this.celebrated.add(kudos.id);
    this.view.received(kudos);
  }

  // ---------------------------------------------------------------------------- the pill

  /** The "N new kudos" button above the cards, while kudos wait behind it. */
  renderPill(): TemplateResult | typeof nothing {
    const { view } = this;
    if (!view.fresh.length) return nothing;
    return html`<div class="pill-bar">
      <button type="button" class="button primary pill" part="new-kudos" @click=${() => void this.showFresh()}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M8 13V3M3.5 7.5L8 3l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
        ${view.ctx.strings().newKudos(view.fresh.length, view.ctx.locale().format)}
      </button>
    </div>`;
  }

  private async showFresh(): Promise<void> {
    const { view } = this;
    const fresh = view.fresh;
    if (!fresh.length) return;
    const known = new Set(fresh.map((kudos) => kudos.id));
    view.items = [...fresh, ...view.items.filter((kudos) => !known.has(kudos.id))];
    view.fresh = [];
    view.ctx.announce(view.ctx.strings().shown(fresh.length, view.ctx.locale().format));
    await view.reveal(fresh[0]!.id, true);
  }

  // ---------------------------------------------------------------------------- permalinks

  private readonly hashChanged = (): void => void this.openNamed();

  /** Opens what the page URL names: the give form, or one kudos (in view, highlighted, focused). */
  private async openNamed(): Promise<void> {
    const { view } = this;
    const id = readPermalink('kudos');
    const api = this.store?.kudos;
    if (!id || !api || !view.ready) return;
    if (id === 'give') return view.openGive();
    const generation = view.generation;
    if (!view.items.some((kudos) => kudos.id === id)) {
      try {
        const kudos = await view.ctx.guard(api.get(id));
        if (generation !== view.generation) return;
        view.linked = kudos;
        view.linkMissing = false;
      } catch (error) {
        if (generation !== view.generation) return;
        view.linked = undefined;
        view.linkMissing = true;
        if (!isPleinError(error) || error.code !== 'not-found') view.ctx.failed(error);
        return view.update();
      }
    }
    await view.highlight(id);
  }
}

export const liveStyles = css`
  .pill-bar {
    position: sticky;
    top: var(--_plein-space-2);
    z-index: 2;
    display: flex;
    justify-content: center;
  }
  .pill-bar .pill {
    border-radius: 1.25em;
    box-shadow: var(--_plein-shadow-medium);
  }
`;
