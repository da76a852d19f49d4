import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  PleinError,
  toPleinError,
  type Kudos,
  type KudosQuery,
  type KudosValue,
  type Me,
  type Person,
  type PleinStore,
} from '@plein/core';
import {
  PeopleCache,
  Timer,
  avatar,
  cardSurfaceStyles,
  emptyState,
  errorState,
  errorText,
  richText,
  skeleton,
} from '@plein/ui';
import { domId, renderCard } from './card.js';
import type { WallContext } from './context.js';
import { Filters } from './filters.js';
import type { DeletingHost } from './deleting.js';
import type { LiveView } from './live.js';
import type { KudosShell, KudosView, ValuesEditorPart } from './shell.js';
import { localized, valueBadgeStyles } from './value-badge.js';
import type * as WallParts from './wall-parts.js';
import { wallCatalog, type WallStrings } from './wall.strings.js';
import { wallStyles } from './wall.styles.js';

/** The wall's own styles; its parts (`wall-parts.ts`, and those below) bring theirs. */
export const styles: CSSResultGroup = [cardSurfaceStyles, valueBadgeStyles, wallStyles];
export const catalog = wallCatalog;

/** How long a card named by the page URL (or just given) stays highlighted. */
const HIGHLIGHT_MS = 2500;
/** Relative times ("5 minutes ago") are brought up to date this often. */
const TICK_MS = 60_000;

/**
 * What opens on demand is a chunk of its own, loaded on first use with its strings and styles
 * (the celebration too: it only plays after kudos were given or received). What shows from the
 * first paint but is a chunk of its own (`wall-parts.ts`) is fetched with the wall.
 */
const PARTS = {
  give: () => import('./give.js'),
  leaderboard: () => import('./leaderboard.js'),
  editor: () => import('./values-editor.js'),
  celebration: () => import('./celebration.js'),
};
type PartName = keyof typeof PARTS;
type Parts = { [K in PartName]?: Awaited<ReturnType<(typeof PARTS)[K]>> };
type GiveForm = InstanceType<NonNullable<Parts['give']>['GiveForm']>;
type Leaderboard = InstanceType<NonNullable<Parts['leaderboard']>['LeaderboardView']>;
type Celebration = InstanceType<NonNullable<Parts['celebration']>['Celebration']>;
type Phase = 'loading' | 'ready' | 'error';

/**
 * The wall: a give button and form, filters, a person's heading on their own page, a grid of
 * kudos cards newest first with "Load more", the "N new kudos" pill, the leaderboard beside it,
 * the values editor for who may manage them, and the celebration. A chunk of its own, fetched
 * with `wall-parts.ts` (filters, live half, reactions, deleting) and given it at construction.
 */
export class WallView implements KudosView, LiveView, DeletingHost {
  // Read and written by the live half too (live.ts).
  items: Kudos[] = [];
  fresh: Kudos[] = [];
  linked: Kudos | undefined;
  linkMissing = false;
  generation = 0;
  readonly ctx: WallContext;

  private phase: Phase = 'loading';
  private failure: unknown;
  private next: string | undefined;
  private loadingMore = false;
  private moreFailure: unknown;
  private store: PleinStore | undefined;
  private viewer: Me | undefined;
  private allValues: KudosValue[] | undefined;
  private departments: string[] = [];
  private highlightId: string | undefined;
  /** Say how many kudos the filters found once they are loaded. */
  private sayCount = false;
  private giveOpen = false;
  /** The page URL's permalink was opened (once per start, not again on every filter change). */
  private linkOpened = false;
  private editorOpen = false;
  private parts: Parts = {};
  private partFailures: Partial<Record<PartName, unknown>> = {};
  private readonly partLoads = new Map<PartName, Promise<void>>();
  private give: GiveForm | undefined;
  private leaderboard: Leaderboard | undefined;
  private editor: ValuesEditorPart | undefined;

  private celebration: Celebration | undefined;
  /** Between start() and stop(): a celebration whose code arrives later still plays. */
  private running = false;

  private readonly people: PeopleCache;
  private readonly filters: Filters;
  private readonly filtersBar: WallParts.FiltersBar;
  private readonly reactions: WallParts.Reactions;
  private readonly deleting: WallParts.Deleting;
  private readonly live: WallParts.Live;
  private readonly highlightTimer: Timer;
  private readonly tickTimer: Timer;

  /** `parts`: the chunk fetched with this one (`wall-parts.ts`). */
  constructor(
    readonly shell: KudosShell,
    parts: typeof WallParts,
  ) {
    const clock = () => shell.clock;
    this.highlightTimer = new Timer(clock);
    this.tickTimer = new Timer(clock);
    this.people = new PeopleCache(shell.store, () => this.update());
    this.ctx = this.context();
    this.filters = new Filters(this.ctx, () => this.filtered());
    this.filtersBar = new parts.FiltersBar(this.ctx, this.filters);
    this.reactions = new parts.Reactions({
      shell,
      replaced: (kudos) => this.replaced(kudos),
      undone: (error) => {
        this.ctx.toast(`${this.strings.reactionUndone} ${this.errorText(error)}`, 'error');
        this.ctx.failed(error);
      },
    });
    this.deleting = new parts.Deleting(this);
    this.live = new parts.Live(this);
    shell.adopt([styles, parts.styles]);
  }

  private context(): WallContext {
    const { shell } = this;
    return {
      shell,
      people: this.people,
      store: shell.store,
      get clock() {
        return shell.clock;
      },
      locale: shell.locale,
      guard: (call) => shell.guard(call),
      announce: (text) => shell.announce(text),
      toast: (text, tone) => shell.toast(text, tone),
      requestUpdate: () => this.update(),
      strings: () => this.strings,
      me: () => this.viewer,
      values: () => this.allValues ?? [],
      value: (id) => this.allValues?.find((value) => value.id === id),
      person: (id) => this.people.get(id),
      renderText: (text) =>
        richText(text, {
          // The person's current name where known, else the name at the time of writing.
          mention: (id, name) =>
            html`<strong class="rich-mention">@${this.people.get(id)?.displayName ?? name}</strong>`,
        }),
      errorText: (error) => this.errorText(error),
      failed: (error) => shell.emit('plein-error', { error: toPleinError(error) }),
      focus: (selector) => this.focus(selector),
      reactionsOf: (kudos) => this.reactions.of(kudos),
      react: (kudos, reaction) => void this.reactions.toggle(kudos, reaction),
      highlighted: () => this.highlightId,
      confirming: () => this.deleting.confirming,
      askDelete: (kudos) => this.deleting.ask(kudos),
      confirmation: (kudos, cardId) => this.deleting.render(kudos, cardId),
    };
  }

  get strings(): WallStrings {
    return this.shell.strings(wallCatalog);
  }

  get ready(): boolean {
    return this.phase === 'ready';
  }

  get query(): KudosQuery {
    return this.filters.query();
  }

  get limit(): number {
    return this.shell.config().limit;
  }

  update(): void {
    this.shell.element.requestUpdate();
  }

  // ---------------------------------------------------------------------------- loading

  start(store: PleinStore | undefined): void {
    this.stop();
    if (store !== this.store) {
      this.people.clear();
      this.viewer = undefined;
      this.allValues = undefined;
    }
    this.store = store;
    this.running = true;
    this.linked = undefined;
    this.linkMissing = false;
    this.linkOpened = false;
    this.reload();
    if (this.shell.config().leaderboard) void this.startLeaderboard(store);
    else this.leaderboard?.stop();
  }

  stop(): void {
    this.running = false;
    this.generation++;
    this.highlightTimer.stop();
    this.tickTimer.stop();
    this.live.stop();
    this.leaderboard?.stop();
    this.celebration?.stop();
    this.give?.dispose();
  }

  private reload(): void {
    const generation = ++this.generation;
    this.live.stop();
    this.phase = 'loading';
    this.fresh = [];
    this.failure = this.moreFailure = undefined;
    this.loadingMore = false;
    this.deleting.confirming = undefined;
    this.update();
    if (this.store) void this.load(this.store, generation);
  }

  private async load(store: PleinStore, generation: number): Promise<void> {
    const guard = <T>(call: Promise<T>) => this.shell.guard(call);
    try {
      const api = store.kudos;
      if (!api) throw new PleinError('unavailable', { reason: 'no-kudos' });
      const { query, limit } = this;
      const [page, values, me, departments] = await Promise.all([
        guard(api.list(query, { limit })),
        this.allValues ?? guard(api.values()),
        this.viewer ?? guard(store.me()),
        guard(store.people.departments()).catch(() => this.departments),
      ]);
      // The people on the first page, in one call, so the cards show their names from the start.
      await this.knowPeople(store, page.items);
      if (generation !== this.generation) return;
      this.items = page.items;
      this.next = page.next;
      this.allValues = values;
      this.viewer = me;
      this.departments = departments;
      this.phase = 'ready';
      if (this.sayCount) this.shell.announce(this.strings.found(page.items.length, Boolean(page.next), this.format));
      this.sayCount = false;
      this.tick();
      this.update();
      this.live.start(store, !this.linkOpened);
      this.linkOpened = true;
      this.shell.emit('plein-load', { mode: 'wall' });
    } catch (error) {
      if (generation !== this.generation) return;
      this.phase = 'error';
      this.failure = error;
      this.ctx.failed(error);
      this.update();
    }
  }

  private async knowPeople(store: PleinStore, items: Kudos[]): Promise<void> {
    const ids = [...new Set(items.flatMap((kudos) => [kudos.fromId, ...kudos.toIds]))];
    const fixed = this.shell.config().query.personId;
    if (fixed) ids.push(fixed);
    if (!ids.length) return;
    const people = await this.shell.guard(store.people.getMany(ids)).catch(() => []);
    this.people.add(people);
  }

  private async more(): Promise<void> {
    const api = this.store?.kudos;
    if (!api || !this.next || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.moreFailure = undefined;
    this.update();
    try {
      const page = await this.shell.guard(api.list(this.query, { cursor: this.next, limit: this.limit }));
      await this.knowPeople(this.store!, page.items);
      if (generation !== this.generation) return;
      const known = new Set(this.items.map((kudos) => kudos.id));
      const added = page.items.filter((kudos) => !known.has(kudos.id));
      this.items = [...this.items, ...added];
      this.next = page.next;
      // The button may go away: keep keyboard users where the new cards start.
      if (added[0]) void this.reveal(added[0].id, true);
    } catch (error) {
      if (generation !== this.generation) return;
      this.moreFailure = error;
      this.ctx.failed(error);
    } finally {
      if (generation === this.generation) this.loadingMore = false;
      this.update();
    }
  }

  /** Loads a part's code once and adopts its styles; a failed load can be tried again. */
  private loadPart(name: PartName): Promise<void> {
    let loading = this.partLoads.get(name);
    if (!loading) {
      delete this.partFailures[name];
      loading = PARTS[name]().then(
        (part) => {
          if ('styles' in part) this.shell.adopt(part.styles as CSSResultGroup);
          this.parts = { ...this.parts, [name]: part };
          this.update();
        },
        (error: unknown) => {
          this.partLoads.delete(name);
          this.partFailures[name] = error;
          this.ctx.failed(error);
          this.update();
        },
      );
      this.partLoads.set(name, loading);
    }
    return loading;
  }

  private async startLeaderboard(store: PleinStore | undefined): Promise<void> {
    await this.loadPart('leaderboard');
    const part = this.parts.leaderboard;
    if (!part || !this.shell.config().leaderboard) return;
    this.leaderboard ??= new part.LeaderboardView(this.shell);
    this.leaderboard.start(store);
  }

  /** Re-renders every minute while shown, so "5 minutes ago" stays true. */
  private readonly tick = (): void => {
    this.tickTimer.start(TICK_MS, this.tick);
    this.update();
  };

  // ---------------------------------------------------------------------------- changes

  replaced(kudos: Kudos): void {
    const swap = (list: Kudos[]) => list.map((k) => (k.id === kudos.id ? kudos : k));
    this.items = swap(this.items);
    this.fresh = swap(this.fresh);
    if (this.linked?.id === kudos.id) this.linked = kudos;
    this.update();
  }

  removed(id: string): void {
    const keep = (list: Kudos[]) => list.filter((k) => k.id !== id);
    this.items = keep(this.items);
    this.fresh = keep(this.fresh);
    if (this.linked?.id === id) this.linked = undefined;
    if (this.deleting.confirming === id) this.deleting.confirming = undefined;
    this.update();
  }

  configured(): void {
    const api = this.store?.kudos;
    if (!api) return;
    const generation = this.generation;
    this.shell
      .guard(api.values())
      .then((values) => {
        if (generation !== this.generation) return;
        this.allValues = values;
        this.update();
      })
      .catch(() => undefined); // the next change tries again
  }

  /** Kudos for the viewer arrived live: celebrate, and say who and for what. */
  received(kudos: Kudos): void {
    const value = this.ctx.value(kudos.valueId);
    this.celebrate(value);
    const say = (from: string) =>
      this.shell.announce(
        this.strings.receivedFrom(from, value ? localized(value.name, this.shell.locale().locale) : ''),
      );
    const known = this.people.get(kudos.fromId);
    const people = this.store?.people;
    if (known || !people) return say(known?.displayName ?? this.strings.someone);
    this.shell
      .guard(people.get(kudos.fromId))
      .then((person) => say(person.displayName))
      .catch(() => say(this.strings.someone));
  }

  /** The viewer gave kudos (the form said so): first on the wall, focused, celebrated. */
  private given(kudos: Kudos): void {
    this.live.markCelebrated(kudos.id);
    this.items = [kudos, ...this.items.filter((k) => k.id !== kudos.id)];
    this.phase = 'ready';
    this.giveOpen = false;
    const names = kudos.toIds.map((id) => this.people.get(id)?.displayName ?? this.strings.someone);
    this.shell.toast(this.strings.sent(this.format.list(names)), 'success');
    this.celebrate(this.ctx.value(kudos.valueId));
    this.shell.emit('plein-kudos-given', { kudos });
    void this.highlight(kudos.id);
  }

  /** Plays the celebration (its code is loaded on first use; the give form asks for it early). */
  private celebrate(value: KudosValue | undefined): void {
    void this.loadPart('celebration').then(() => {
      const part = this.parts.celebration;
      if (!part || !this.running) return;
      this.celebration ??= new part.Celebration(
        () => this.shell.clock,
        () => this.update(),
      );
      this.celebration.play(value);
    });
  }

  private filtered(): void {
    this.sayCount = true;
    this.reload();
  }

  // ---------------------------------------------------------------------------- parts on demand

  /** Opens the give form (loaded on first use), with `preset` already chosen; focus goes into it. */
  openGive(preset?: Person): void {
    this.giveOpen = true;
    this.update();
    // Giving ends in a celebration: its code comes along, so it plays with the confirmation.
    void this.loadPart('celebration');
    void this.loadPart('give').then(() => {
      const part = this.parts.give;
      if (!part || !this.giveOpen) return;
      this.give ??= new part.GiveForm(this.ctx, {
        given: (kudos) => this.given(kudos),
        close: () => this.closeGive(),
      });
      void this.give.open(preset);
    });
  }

  private closeGive(): void {
    this.giveOpen = false;
    void this.focus('.give-button');
  }

  private readonly toggleGive = (): void => {
    if (this.giveOpen) return this.closeGive();
    const fixed = this.shell.config().query.personId;
    const person = fixed && fixed !== this.viewer?.id ? this.people.get(fixed) : undefined;
    this.openGive(person);
  };

  private async openEditor(): Promise<void> {
    this.editorOpen = true;
    this.update();
    await this.loadPart('editor');
    const part = this.parts.editor;
    if (!part || !this.editorOpen) return;
    this.editor ??= new part.ValuesEditor(this.shell, { close: () => this.closeEditor() });
    this.update();
    await this.shell.element.updateComplete;
    this.editor.focus();
  }

  private closeEditor(): void {
    this.editorOpen = false;
    void this.focus('.manage-button');
  }

  // ---------------------------------------------------------------------------- focus and highlight

  /** Brings a card into view, focuses it and marks it for a moment. */
  async highlight(id: string): Promise<void> {
    this.highlightId = id;
    this.highlightTimer.start(HIGHLIGHT_MS, () => {
      this.highlightId = undefined;
      this.update();
    });
    await this.reveal(id, true);
  }

  async reveal(id: string, focus: boolean): Promise<void> {
    this.update();
    await this.shell.element.updateComplete;
    const target = this.root.querySelector<HTMLElement>(`#${domId(id)}`);
    if (!target) return;
    if (focus) target.focus({ preventScroll: true });
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }

  focusCard(id: string, selector = ''): void {
    void this.focus(`#${domId(id)} ${selector}`.trim());
  }

  private async focus(selector: string): Promise<boolean> {
    this.update();
    await this.shell.element.updateComplete;
    const target = this.root.querySelector<HTMLElement>(selector);
    target?.focus();
    return Boolean(target);
  }

  private get root(): ParentNode {
    return this.shell.element.renderRoot;
  }

  private get format() {
    return this.shell.locale().format;
  }

  private errorText(error: unknown): string {
    return errorText(this.shell.locale().locale, error);
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const board = this.shell.config().leaderboard;
    return html`<section class="wall" part="base" aria-label=${t.region}>
        ${this.renderPersonHead()} ${this.renderToolbar()} ${this.renderEditor()} ${this.renderGive()}
        ${this.allValues ? this.filtersBar.render(this.departments) : nothing}
        <div class="layout ${board ? 'with-board' : ''}">
          <div class="main">${this.renderBody()}</div>
          ${board ? this.renderBoard() : nothing}
        </div>
      </section>
      ${this.celebration?.render() ?? nothing}`;
  }

  private renderPersonHead(): TemplateResult | typeof nothing {
    const id = this.shell.config().query.personId;
    if (!id) return nothing;
    const person = this.people.get(id);
    const detail = [person?.jobTitle, person?.department].filter(Boolean).join(' · ');
    return html`<header class="person-head">
      <span aria-hidden="true">${avatar(person, { size: 'large' })}</span>
      <div class="person-text">
        <h2 class="person-title">${person?.displayName ?? this.strings.someone}</h2>
        ${detail ? html`<p class="person-detail">${detail}</p>` : nothing}
      </div>
      ${this.filtersBar.renderDirection(this.strings.personView)}
    </header>`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.strings;
    const manage = this.viewer?.can.manageKudos;
    return html`<div class="toolbar" part="toolbar">
      ${
        this.store?.kudos
          ? html`<button
              type="button"
              class="button primary give-button"
              aria-expanded=${this.giveOpen ? 'true' : 'false'}
              @click=${this.toggleGive}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M8 1.5l1.6 4.2 4.4 1.3-4.4 1.3L8 12.5 6.4 8.3 2 7l4.4-1.3z" fill="currentColor" />
              </svg>
              ${t.give}
            </button>`
          : nothing
      }
      ${
        manage
          ? html`<button
              type="button"
              class="button manage-button"
              aria-expanded=${this.editorOpen ? 'true' : 'false'}
              @click=${() => (this.editorOpen ? this.closeEditor() : void this.openEditor())}
            >
              ${t.manageValues}
            </button>`
          : nothing
      }
      ${this.allValues ? this.filtersBar.renderToggle() : nothing}
    </div>`;
  }

  private renderGive(): TemplateResult | typeof nothing {
    if (!this.giveOpen) return nothing;
    if (this.give) return this.give.render();
    return this.partFailures.give !== undefined
      ? this.partError(() => this.openGive())
      : skeleton({ lines: 3, label: this.strings.loading });
  }

  private renderEditor(): TemplateResult | typeof nothing {
    if (!this.editorOpen) return nothing;
    if (this.editor) return this.editor.render();
    return this.partFailures.editor !== undefined
      ? this.partError(() => void this.openEditor())
      : skeleton({ lines: 3, label: this.strings.loading });
  }

  private renderBoard(): TemplateResult {
    const content = this.leaderboard
      ? this.leaderboard.render()
      : this.partFailures.leaderboard !== undefined
        ? this.partError(() => void this.startLeaderboard(this.store))
        : nothing;
    return html`<aside class="board" part="leaderboard">${content}</aside>`;
  }

  private partError(retry: () => void): TemplateResult {
    return html`<div class="part-error" role="alert">
      <span>${this.strings.partFailed}</span>
      <button type="button" class="button subtle" @click=${retry}>${this.strings.retry}</button>
    </div>`;
  }

  private renderBody(): TemplateResult {
    const t = this.strings;
    if (this.phase === 'loading') return skeleton({ lines: 6, label: t.loading });
    if (this.phase === 'error') {
      return errorState({ message: this.errorText(this.failure), retryLabel: t.retry, onRetry: () => this.reload() });
    }
    const linked = this.linked && !this.items.some((k) => k.id === this.linked?.id) ? this.linked : undefined;
    return html`${
      this.linkMissing
        ? html`<div class="notice missing" role="status">
            <p class="state-heading">${t.notFoundHeading}</p>
            <p>${t.notFoundMessage}</p>
          </div>`
        : nothing
    }
    ${linked ? html`<section class="linked" aria-label=${t.linked}>${renderCard(this.ctx, linked)}</section>` : nothing}
    ${this.live.renderPill()} ${this.items.length ? this.renderList() : linked ? nothing : this.renderEmpty()}
    ${this.renderMore()}`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.strings;
    const fixed = this.shell.config().query;
    if (this.filters.active || fixed.valueId || fixed.department) {
      const clear = this.filters.active ? { label: t.clearFilters, onClick: () => this.filters.clear() } : undefined;
      return emptyState({ heading: t.noMatchHeading, message: t.noMatchMessage, action: clear });
    }
    const give = { label: t.give, onClick: this.toggleGive };
    if (fixed.personId) {
      const name = this.people.get(fixed.personId)?.displayName ?? t.someone;
      return this.filters.direction === 'given'
        ? emptyState({ heading: t.emptyHeading, message: t.emptyGivenMessage(name) })
        : emptyState({
            heading: t.emptyHeading,
            message: t.emptyPersonMessage(name),
            action: fixed.personId === this.viewer?.id ? undefined : give,
          });
    }
    return emptyState({ heading: t.emptyHeading, message: t.emptyMessage, action: give });
  }

  /** The ARIA feed pattern: PageDown and PageUp move between cards (text fields keep their keys). */
  private readonly listKeyed = (event: KeyboardEvent): void => {
    if ((event.key !== 'PageDown' && event.key !== 'PageUp') || (event.target as Element).matches('input, textarea')) {
      return;
    }
    const cards = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>(':scope > article')];
    const current = cards.find((card) => card.contains(event.target as Node));
    const target = current && cards[cards.indexOf(current) + (event.key === 'PageDown' ? 1 : -1)];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  private renderList(): TemplateResult {
    const size = this.next ? -1 : this.items.length;
    return html`<div
      class="grid"
      role="feed"
      aria-label=${this.strings.list}
      aria-busy=${this.loadingMore ? 'true' : 'false'}
      @keydown=${this.listKeyed}
    >
      ${repeat(
        this.items,
        (kudos) => kudos.id,
        (kudos, index) => renderCard(this.ctx, kudos, { position: index + 1, size }),
      )}
    </div>`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    const t = this.strings;
    if (!this.next) return this.items.length ? html`<p class="end">${t.end}</p>` : nothing;
    return html`<div class="more-bar">
      ${this.moreFailure ? html`<p class="field-error" role="alert">${this.errorText(this.moreFailure)}</p>` : nothing}
      <button
        type="button"
        class="button load-more"
        aria-disabled=${this.loadingMore ? 'true' : 'false'}
        @click=${() => void this.more()}
      >
        ${this.loadingMore ? t.loadingMore : t.loadMore}
      </button>
    </div>`;
  }
}
