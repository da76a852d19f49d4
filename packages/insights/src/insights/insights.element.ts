import { css, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPleinError, toPleinError, type Catalog, type PleinStore } from '@plein/core';
import { PleinElement, StoreTimeouts, errorState, errorText, skeleton, uiStrings, PleinPartsElement } from '@plein/ui';
import type { PleinInsightsEventDetail, PleinInsightsEventMap, PleinInsightsEventName } from './events.js';
import { insightsShellStrings } from './insights.strings.js';
import { PERIOD_PRESETS, type InsightsConfig, type InsightsShell, type PeriodPreset } from './shell.js';

/** The dashboard as the element drives it: started for a store, stopped when the element leaves. */
export interface InsightsView {
  /** (Re)starts for a store and the current config: loads, subscribes to live changes. */
  start(store: PleinStore | undefined): void;
  /** Stops subscriptions and timers. */
  stop(): void;
  render(): TemplateResult;
}

/** The dashboard's code: a chunk of its own, with its styles and strings. */
export interface DashboardPart {
  styles: CSSResultGroup;
  catalog?: Catalog<unknown>;
  create(shell: InsightsShell): InsightsView;
}

const loadDashboard = (): Promise<DashboardPart> =>
  import('./dashboard.js').then((m) => ({ ...m, create: (shell: InsightsShell) => new m.DashboardView(shell) }));

/**
 * Adoption insights for the communication team: KPI tiles over a period of their choosing
 * against the period before and the targets they set, a trend line and figures by department
 * and channel, trending topics, live as colleagues use the other Plein widgets, and a CSV of
 * every figure shown. Groups below the privacy threshold are never shown.
 *
 * The store comes from the `store` property, a `<plein-provider>` ancestor or the page default;
 * the store refuses everyone outside the communication team and admins (`me().can.viewInsights`),
 * who see whom the dashboard is for instead.
 *
 * @summary Adoption KPIs against targets, charts and trending topics, for the communication team.
 *
 * @attr period - The period shown first: `week`, `month` (default), `quarter`, `year`,
 *   `last-week`, `last-month`, `last-quarter`, `last-year` or `custom` (a range of days chosen in the picker).
 * @attr post-url - Where a discussed post opens, `{id}` replaced by its id (`/#plein-feed={id}`, the feed's own permalink); absent: no links.
 * @attr tag-url - Where a hashtag opens, `{tag}` replaced by the tag; absent: no links.
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {PleinStore} store - The store to use (inherited); wins over a `<plein-provider>` and the page default.
 * @prop {Clock} clock - Time source for periods, live refreshes, timeouts and toasts (inherited).
 *
 * @fires plein-insights-target - `{target}` or `{removed}` after the store confirmed a target the viewer set, changed or removed.
 * @fires plein-load - `{from, to}` when the dashboard (or its not-allowed state) is shown for a period.
 * @fires plein-error - `{error}` (a PleinError) when a store call failed; the element shows a localized message.
 *
 * @csspart base - The dashboard.
 * @csspart period - The period picker and its caption.
 * @csspart tiles - The grid of KPI tiles.
 * @csspart tile - One KPI tile (a button that picks the KPI the charts show).
 * @csspart progress - A tile's progress towards its target.
 * @csspart target-form - The form that sets a target.
 * @csspart charts - The charts below the tiles.
 * @csspart export - The CSV download button.
 * @csspart toast - The message shown after an action.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The not-allowed and no-activity notes.
 * @csspart error - The error state with its retry button.
 *
 * @cssprop --plein-accent - Accent colour: the chosen tile, progress bars, buttons.
 * @cssprop --plein-surface - Background of the dashboard and its tiles.
 * @cssprop --plein-text - Main text colour.
 * @cssprop --plein-text-muted - Captions, hints and comparisons.
 * @cssprop --plein-border - Tile and divider edges.
 * @cssprop --plein-success - A reached target and a rising trend.
 * @cssprop --plein-danger - A falling trend and errors.
 * @cssprop --plein-focus-ring - Focus outline colour.
 */
export class PleinInsights extends PleinPartsElement {
  // Transparent: the dashboard carries its own surface.
  static override styles: CSSResultGroup = [
    PleinElement.styles,
    css`
      :host {
        background: transparent;
      }
    `,
  ];

  /** The period shown first. */
  @property() period: PeriodPreset = 'month';

  /** Where a discussed post opens (`{id}` replaced). */
  @property({ attribute: 'post-url' }) postUrl?: string;

  /** Where a hashtag opens (`{tag}` replaced). */
  @property({ attribute: 'tag-url' }) tagUrl?: string;

  /** The dashboard's code could not be loaded. */
  @state() private partFailure?: unknown;
  @state() private view?: InsightsView;

  private generation = 0;
  private loaded: { store: PleinStore | undefined; key: string } | undefined;
  private readonly timeouts = new StoreTimeouts(this);

  /** The element as its parts see it. */
  private readonly shell: InsightsShell = this.partShell(
    () => this.config,
    (call) => this.timeouts.guard(call),
  );

  // ---------------------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: catch up and follow live changes again.
    if (this.hasUpdated) {
      this.loaded = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.stop();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The store controller has resolved the store by now (it runs before update).
    const store = this.storeRef.value;
    const { period, postUrl = '', tagUrl = '' } = this.config;
    const key = [period, postUrl, tagUrl].join('\n');
    if (!this.loaded || this.loaded.store !== store || this.loaded.key !== key) {
      this.loaded = { store, key };
      void this.start(store);
    }
    super.update(changed);
  }

  /** What the attributes ask for (an unknown period reads as `month`). */
  private get config(): InsightsConfig {
    const period = PERIOD_PRESETS.includes(this.period) ? this.period : 'month';
    const config: InsightsConfig = { period };
    const postUrl = this.postUrl?.trim();
    const tagUrl = this.tagUrl?.trim();
    if (postUrl) config.postUrl = postUrl;
    if (tagUrl) config.tagUrl = tagUrl;
    return config;
  }

  /** (Re)starts for a new store or configuration, loading the dashboard's code first. */
  private async start(store: PleinStore | undefined): Promise<void> {
    const generation = ++this.generation;
    this.partFailure = undefined;
    try {
      const part = await this.loadDashboard();
      if (generation !== this.generation) return;
      this.addStyles(part.styles);
      if (part.catalog) this.i18n.use(part.catalog);
      this.view ??= part.create(this.shell);
      this.view.start(store);
    } catch (error) {
      if (generation !== this.generation) return;
      this.partFailure = error;
      this.emit('plein-error', { error: toPleinError(error) });
    }
  }

  /** The dashboard's code (a chunk of its own; tests make it fail). */
  protected loadDashboard(): Promise<DashboardPart> {
    return loadDashboard();
  }

  private readonly retry = (): void => {
    this.loaded = undefined;
    this.requestUpdate();
  };

  private emit<K extends PleinInsightsEventName>(name: K, detail: PleinInsightsEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }) as PleinInsightsEventMap[K]);
  }

  // ---------------------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const ui = this.i18n.strings(uiStrings);
    const t = this.i18n.strings(insightsShellStrings);
    const shown =
      this.partFailure !== undefined
        ? errorState({
            message: isPleinError(this.partFailure) ? errorText(this.i18n.locale, this.partFailure) : t.partFailed,
            retryLabel: ui.retry,
            onRetry: this.retry,
          })
        : this.view && this.i18n.ready
          ? this.view.render()
          : skeleton({ lines: 6, label: t.loading });
    return html`${shown}${this.feedback.render()}`;
  }
}
