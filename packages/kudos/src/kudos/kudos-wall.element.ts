import { css, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LIMITS, isPleinError, toPleinError, type Catalog, type KudosQuery, type PleinStore } from '@plein/core';
import {
  PleinElement,
  errorState,
  errorText,
  permalink,
  readPermalink,
  skeleton,
  uiStrings,
  StoreTimeouts,
  PleinPartsElement,
} from '@plein/ui';
import type { PleinKudosEventDetail, PleinKudosEventMap, PleinKudosEventName } from './events.js';
import { kudosShellStrings } from './kudos.strings.js';
import type { KudosConfig, KudosShell, KudosView } from './shell.js';

export type KudosMode = 'wall' | 'screen';

/**
 * Each mode is a chunk of its own, with its styles and (optionally) a catalog of strings whose
 * other languages load on demand: `<plein-kudos-wall>` itself only finds the store and picks one.
 * The wall's parts beside its cards (`wall-parts.ts`: filters, live half, reactions, deleting)
 * are a chunk of their own, fetched in the same tick: they show and work from the first paint.
 */
export interface KudosModePart {
  styles: CSSResultGroup;
  catalog?: Catalog<unknown>;
  create(shell: KudosShell): KudosView;
}
const MODES: Record<KudosMode, () => Promise<KudosModePart>> = {
  wall: () =>
    Promise.all([import('./wall.js'), import('./wall-parts.js')]).then(([m, parts]) => ({
      ...m,
      create: (shell) => new m.WallView(shell, parts),
    })),
  screen: () => import('./screen.js').then((m) => ({ ...m, create: (shell) => new m.ScreenView(shell) })),
};

const DEFAULT_PAGE_SIZE = 12;
const DEFAULT_ROTATE_SECONDS = 10;
const MIN_ROTATE_SECONDS = 4;

/**
 * Public praise tied to the organisation's values: give kudos to colleagues, read them on a wall
 * of cards, react, filter by value, person or department, and show them on an office screen.
 *
 * The store comes from the `store` property, a `<plein-provider>` ancestor or the page default;
 * every rule (who may give to whom, archived values, who may delete) is enforced by the store.
 * Permalinks: `#plein-kudos=ID` opens and highlights one kudos; `#plein-kudos=give` opens the
 * give form (also where the wall is in screen mode: a phone that scanned the screen's QR code
 * lands on the form).
 *
 * @summary A wall of kudos for the organisation's values, with a give form and an office-screen mode.
 *
 * @attr mode - `wall` (default) or `screen` (large type, rotating cards and a QR code, for a TV).
 * @attr recipient - A person's own page: the kudos this person received (a person id, or `me`
 *   for the signed-in person); people can switch to the kudos they gave.
 * @attr value - Show only kudos for this value (its id); people can change the filter.
 * @attr department - Show only kudos received by people of this department.
 * @attr page-size - Kudos per page (default 12; the store may allow fewer).
 * @attr leaderboard - Show the most-recognised values (and people, if an editor turned that on) beside the wall.
 * @attr rotate - Screen mode: seconds each card stays (default 10, at least 4).
 * @attr give-url - Screen mode: where the QR code "give kudos from your phone" leads (default:
 *   this page with `#plein-kudos=give`).
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {PleinStore} store - The store to use (inherited); wins over a `<plein-provider>` and the page default.
 * @prop {Clock} clock - Time source for relative times, rotation, timeouts and toasts (inherited).
 *
 * @fires plein-kudos-given - `{kudos}` after the viewer gave kudos.
 * @fires plein-kudos-react - `{id, reaction, on}` after the store confirmed the viewer's reaction.
 * @fires plein-load - `{mode}` when the first kudos (or the empty state) are shown.
 * @fires plein-error - `{error}` (a PleinError) when a store call failed; the element shows a localized message.
 *
 * @csspart base - The wall (or the screen).
 * @csspart toolbar - The give button, the filters and "Manage values".
 * @csspart filters - The filters.
 * @csspart give-form - The form to give kudos.
 * @csspart card - One kudos.
 * @csspart value - A value's badge (emoji and name) on a card.
 * @csspart text - The message of a kudos.
 * @csspart reactions - The reactions of a kudos.
 * @csspart new-kudos - The "N new kudos" button.
 * @csspart leaderboard - The leaderboard beside the wall.
 * @csspart values-editor - The values editor, for people who may manage the values.
 * @csspart qr - Screen mode: the QR code "give kudos from your phone".
 * @csspart celebration - The short animation when kudos are given or received (decorative).
 * @csspart toast - The message shown after an action.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state with its retry button.
 *
 * @cssprop --plein-accent - Accent colour: buttons, links, the viewer's own reactions, focus of a card.
 * @cssprop --plein-surface - Background of the cards (the wall itself is transparent: it sits on the page's background).
 * @cssprop --plein-text - Main text colour.
 * @cssprop --plein-text-muted - Times, hints and counts.
 * @cssprop --plein-border - Card and divider edges.
 * @cssprop --plein-focus-ring - Focus outline colour.
 */
export class PleinKudosWall extends PleinPartsElement {
  // Transparent: the cards carry their own surface (screen mode paints its own background).
  static override styles: CSSResultGroup = [
    PleinElement.styles,
    css`
      :host {
        background: transparent;
      }
    `,
  ];

  /** `wall` or `screen`. */
  @property({ reflect: true }) mode: KudosMode = 'wall';

  /** A person id, or `me`: that person's own kudos page. */
  @property() recipient?: string;

  /** A value id to filter on. */
  @property() value?: string;

  /** A department to filter on. */
  @property() department?: string;

  /** Kudos per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Show the leaderboard beside the wall. */
  @property({ type: Boolean }) leaderboard = false;

  /** Screen mode: seconds per card. */
  @property({ type: Number }) rotate = DEFAULT_ROTATE_SECONDS;

  /** Screen mode: the QR code's target. */
  @property({ attribute: 'give-url' }) giveUrl?: string;

  /** The code of the current mode (or the signed-in person, for `recipient="me"`) could not be loaded. */
  @state() private partFailure?: unknown;
  @state() private view?: KudosView;

  private readonly views = new Map<KudosMode, KudosView>();
  /** The mode whose view is shown (or loading). */
  private loadedMode: KudosMode | undefined;
  private generation = 0;
  private loaded: { store: PleinStore | undefined; key: string } | undefined;
  /** The signed-in person's id, for `recipient="me"`. */
  private meId: string | undefined;
  private readonly timeouts = new StoreTimeouts(this);

  /** The element as its parts see it. */
  private readonly shell: KudosShell = this.partShell(
    () => this.config,
    (call) => this.timeouts.guard(call),
  );

  // ---------------------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.hashChanged);
    // Back on the page after a move: catch up and follow live changes again.
    if (this.hasUpdated) {
      this.loaded = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.hashChanged);
    this.view?.stop();
  }

  /** `#plein-kudos=give` switches a screen to the wall with its form (the wall itself opens the form). */
  private readonly hashChanged = (): void => {
    if (this.activeMode !== this.loadedMode) this.requestUpdate();
  };

  /** The mode shown: the `mode` attribute, except that a link to the give form always shows the wall. */
  private get activeMode(): KudosMode {
    if (readPermalink('kudos') === 'give') return 'wall';
    return this.mode === 'screen' ? 'screen' : 'wall';
  }

  protected override update(changed: PropertyValues<this>): void {
    // The store controller has resolved the store by now (it runs before update).
    const store = this.storeRef.value;
    const key = [
      this.activeMode,
      this.recipient,
      this.value,
      this.department,
      this.pageSize,
      this.leaderboard,
      this.rotate,
      this.giveUrl,
    ].join('\n');
    if (!this.loaded || this.loaded.store !== store || this.loaded.key !== key) {
      this.loaded = { store, key };
      void this.start(store);
    }
    super.update(changed);
  }

  /** What the attributes ask for. */
  private get config(): KudosConfig {
    const query: KudosQuery = {};
    const value = this.value?.trim();
    const department = this.department?.trim();
    const recipient = this.recipient?.trim();
    const personId = recipient === 'me' ? this.meId : recipient;
    if (value) query.valueId = value;
    if (department) query.department = department;
    if (personId) {
      query.personId = personId;
      query.direction = 'received';
    }
    const size = this.pageSize > 0 ? Math.floor(this.pageSize) : DEFAULT_PAGE_SIZE;
    const seconds = Number.isFinite(this.rotate) && this.rotate > 0 ? this.rotate : DEFAULT_ROTATE_SECONDS;
    return {
      query,
      limit: Math.min(size, this.storeRef.value?.capabilities.maxPageSize ?? LIMITS.pageSize),
      leaderboard: this.leaderboard,
      rotateSeconds: Math.max(MIN_ROTATE_SECONDS, seconds),
      giveUrl: this.giveUrl?.trim() || permalink('kudos', 'give'),
    };
  }

  /** (Re)starts for a new store, mode or configuration. */
  private async start(store: PleinStore | undefined): Promise<void> {
    const generation = ++this.generation;
    const mode = this.activeMode;
    this.partFailure = undefined;
    if (this.loadedMode !== mode) {
      // The other mode stops at once; its skeleton shows until this one's code is here.
      this.view?.stop();
      this.view = undefined;
      this.loadedMode = mode;
    }
    try {
      // `recipient="me"` needs the signed-in person: asked for in the same tick as the code.
      const me =
        store && this.recipient?.trim() === 'me' ? this.timeouts.guard(store.me()).then((p) => p.id) : undefined;
      me?.catch(() => undefined);
      const part = await this.loadMode(mode);
      if (me) this.meId = await me;
      if (generation !== this.generation) return;
      this.addStyles(part.styles);
      if (part.catalog) this.i18n.use(part.catalog);
      let view = this.views.get(mode);
      if (!view) this.views.set(mode, (view = part.create(this.shell)));
      this.view = view;
      view.start(store);
    } catch (error) {
      if (generation !== this.generation) return;
      this.partFailure = error;
      this.emit('plein-error', { error: toPleinError(error) });
    }
  }

  /** The code of a mode (a chunk of its own; tests make it fail). */
  protected loadMode(mode: KudosMode): Promise<KudosModePart> {
    return MODES[mode]();
  }

  private readonly retry = (): void => {
    this.loaded = undefined;
    this.requestUpdate();
  };

  private emit<K extends PleinKudosEventName>(name: K, detail: PleinKudosEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }) as PleinKudosEventMap[K]);
  }

  // ---------------------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const ui = this.i18n.strings(uiStrings);
    const t = this.i18n.strings(kudosShellStrings);
    const shown =
      this.partFailure !== undefined
        ? errorState({
            // A store that failed says why (`recipient="me"` asks who is signed in); missing code is ours.
            message: isPleinError(this.partFailure) ? errorText(this.i18n.locale, this.partFailure) : t.partFailed,
            retryLabel: ui.retry,
            onRetry: this.retry,
          })
        : this.view && this.i18n.ready
          ? this.view.render()
          : skeleton({ lines: 4, label: t.loading });
    return html`${shown}${this.feedback.render()}`;
  }
}
