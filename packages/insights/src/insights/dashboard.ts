import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  INSIGHTS_LIMITS,
  PleinError,
  type Locale,
  isPleinError,
  nearestTargetPeriod,
  newIdempotencyKey,
  toPleinError,
  type Catalog,
  type InsightsApi,
  type InsightsReport,
  type MetricId,
  type PleinStore,
  type Target,
  type TargetPeriod,
} from '@plein/core';
import { Timer, downloadCsv, errorState, errorText, formStyles, skeleton } from '@plein/ui';
import { dashboardCatalog, type DashboardStrings } from './dashboard.strings.js';
import { dashboardStyles } from './dashboard.styles.js';
import { formatFigure } from './figure.js';
import type { InsightsView } from './insights.element.js';
import { lazy } from './lazy.js';
import { metricStrings } from './metrics.strings.js';
import { customRange, daysOf, isoDay, presetRange, previousOf, rangeText, type Range } from './period.js';
import { PERIOD_PRESETS, type ChartsPart, type InsightsShell, type PeriodPreset } from './shell.js';
import type { TargetForm, TargetFormContext } from './target-form.js';
import { renderTile } from './tile.js';

export const styles = [formStyles, dashboardStyles];
export const catalog = dashboardCatalog;

/** Live changes refresh the figures at most this often (trailing: the last change is always shown). */
export const REFRESH_MS = 5000;

const DAY = 86_400_000;

/** The kind of target a preset is about (a new target starts as that kind). */
const PRESET_KIND: Partial<Record<PeriodPreset, TargetPeriod>> = {
  week: 'week',
  'last-week': 'week',
  month: 'month',
  'last-month': 'month',
  quarter: 'quarter',
  'last-quarter': 'quarter',
  year: 'year',
  'last-year': 'year',
};

/** The custom range as typed, and a refusal at one of its fields. */
interface RangeDraft {
  start: string;
  end: string;
  error?: { field: 'start' | 'end'; message: string };
}

/**
 * `<plein-insights>`'s dashboard: the period picker, a KPI tile per metric (figure, change
 * against the period before, target and progress), the target form (a chunk of its own), the
 * charts below (another chunk, loaded once the tiles show), live refreshes and the CSV export.
 */
export class DashboardView implements InsightsView {
  private store: PleinStore | undefined;
  private phase: 'loading' | 'forbidden' | 'ready' | 'error' = 'loading';
  private failure: unknown;
  private preset: PeriodPreset = 'month';
  /** The period asked for (shown in the caption). */
  private range: Range = presetRange('month', 0);
  private draft: RangeDraft | undefined;
  /** The figures on screen, and the period they are about (the one before, while another loads). */
  private shown: { report: InsightsReport; range: Range } | undefined;
  private targets: Target[] = [];
  private busy = false;
  private selected: MetricId = 'active';
  private charts: { part: ChartsPart; catalog?: Catalog<unknown> } | undefined;
  private chartsState: 'idle' | 'loading' | 'failed' = 'idle';
  private form: { metric: MetricId; part?: TargetForm; failed?: boolean } | undefined;
  private removing: MetricId | undefined;
  private loadedKey: string | undefined;
  /** The viewer may see insights (asked once per start). */
  private allowed = false;
  private generation = 0;
  /** Bumped by every read of the figures: an answer for an older one is dropped. */
  private request = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly refreshTimer: Timer;

  constructor(private readonly shell: InsightsShell) {
    this.refreshTimer = new Timer(() => shell.clock);
  }

  private get t(): DashboardStrings {
    return this.shell.strings(dashboardCatalog);
  }

  private get api(): InsightsApi {
    const api = this.store?.insights;
    if (!api) throw new PleinError('unavailable', { reason: 'no-insights' });
    return api;
  }

  private update(): void {
    this.shell.element.requestUpdate();
  }

  private failed(error: unknown): void {
    this.shell.emit('plein-error', { error: toPleinError(error) });
  }

  private focusOn(selector: string): void {
    void this.shell.element.updateComplete.then(() =>
      this.shell.element.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  // ---------------------------------------------------------------------------- lifecycle

  start(store: PleinStore | undefined): void {
    this.stop();
    this.store = store;
    this.phase = 'loading';
    this.shown = this.form = this.draft = undefined;
    this.loadedKey = undefined;
    this.allowed = false;
    this.preset = this.shell.config().period;
    this.range = presetRange(this.preset === 'custom' ? 'month' : this.preset, this.shell.clock.now());
    if (this.preset === 'custom') this.draft = this.draftOf(this.range);
    this.update();
    if (store) void this.begin(this.generation);
  }

  stop(): void {
    this.generation++;
    this.request++;
    this.refreshTimer.stop();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Who is asking decides what shows; then the figures, and live changes to them. */
  private async begin(generation: number): Promise<void> {
    const store = this.store!;
    try {
      const me = await this.shell.guard(store.me());
      if (generation !== this.generation) return;
      if (!me.can.viewInsights) {
        this.phase = 'forbidden';
        this.loaded();
        this.update();
        return;
      }
      this.allowed = true;
      this.unsubscribe = store.subscribe({ kind: 'insights' }, () => {
        if (!this.refreshTimer.active) this.refreshTimer.start(REFRESH_MS, () => void this.load('live'));
      });
      await this.load('period');
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed(error);
      this.failure = error;
      this.phase = 'error';
      this.update();
    }
  }

  /** Tells the host once per period that it is shown. */
  private loaded(): void {
    const key = `${this.range.from.toISOString()}/${this.range.to.toISOString()}`;
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.shell.emit('plein-load', { from: this.range.from.toISOString(), to: this.range.to.toISOString() });
  }

  /**
   * Reads the figures and targets for the period asked for: `period` when it changed (the tiles
   * say they are loading), `refresh` after the viewer's own change, `live` after someone else's
   * (kept on screen when it fails; "Figures updated" is said when something changed).
   */
  private async load(why: 'period' | 'refresh' | 'live'): Promise<void> {
    const request = ++this.request;
    const range = this.range;
    if (why === 'period') {
      this.busy = true;
      this.update();
    }
    try {
      const api = this.api;
      const query = { from: range.from.toISOString(), to: range.to.toISOString() };
      const [report, targets] = await Promise.all([
        this.shell.guard(api.report(query)),
        this.shell.guard(api.targets()),
      ]);
      if (request !== this.request) return;
      const changed = why === 'live' && JSON.stringify(report) !== JSON.stringify(this.shown?.report);
      this.shown = { report, range };
      this.targets = targets;
      this.busy = false;
      this.phase = 'ready';
      this.loaded();
      if (changed) this.shell.announce(this.t.updated);
      void this.loadCharts();
    } catch (error) {
      if (request !== this.request) return;
      this.failed(error);
      this.busy = false;
      // A refresh that fails keeps the figures; the next change tries again.
      if (why === 'period' || this.phase !== 'ready') {
        this.failure = error;
        this.phase = 'error';
      }
    }
    this.update();
  }

  /** Tries again what failed: who is asking, or the figures. */
  private readonly retry = (): void => {
    if (this.allowed) void this.load('period');
    else this.start(this.store);
  };

  /** The charts' code, once the tiles show; it draws the chosen KPI under them. */
  private async loadCharts(): Promise<void> {
    if (this.charts || this.chartsState === 'loading') return;
    this.chartsState = 'loading';
    this.update();
    try {
      const module = await lazy.charts();
      this.shell.adopt(module.styles);
      await module.catalog?.load(this.shell.locale().locale);
      this.charts = { part: module.createCharts(this.shell), catalog: module.catalog };
      this.chartsState = 'idle';
    } catch (error) {
      this.failed(error);
      this.chartsState = 'failed';
    }
    this.update();
  }

  // ---------------------------------------------------------------------------- the period

  private draftOf(range: Range): RangeDraft {
    return { start: isoDay(range.from), end: isoDay(new Date(range.to.getTime() - DAY / 2)) };
  }

  private readonly choosePreset = (event: Event): void => {
    const preset = (event.target as HTMLSelectElement).value as PeriodPreset;
    if (!PERIOD_PRESETS.includes(preset)) return;
    this.preset = preset;
    if (preset === 'custom') {
      // Starts from the period shown; nothing is asked until the dates are confirmed.
      this.draft = this.draftOf(this.range);
      this.update();
      return;
    }
    this.draft = undefined;
    this.range = presetRange(preset, this.shell.clock.now());
    void this.load('period');
  };

  private readonly submitRange = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.draft;
    if (!draft) return;
    const result = customRange(draft.start, draft.end);
    if ('error' in result) {
      const message = this.t.rangeErrors[result.error];
      const { format } = this.shell.locale();
      draft.error = {
        field: result.field,
        message: typeof message === 'string' ? message : message(INSIGHTS_LIMITS.days, format),
      };
      this.update();
      this.focusOn(`#period-${result.field}`);
      return;
    }
    draft.error = undefined;
    this.range = result;
    void this.load('period');
  };

  // ---------------------------------------------------------------------------- targets

  /** The target that applies to the period shown (the kind nearest in length, as the store picks). */
  private applying(metric: MetricId): Target | undefined {
    const report = this.shown?.report;
    const mine = this.targets.filter((target) => target.metric === metric);
    if (!report || !mine.length) return undefined;
    const days = (Date.parse(report.to) - Date.parse(report.from)) / DAY;
    const kind = nearestTargetPeriod(
      days,
      mine.map((target) => target.per),
    );
    return mine.find((target) => target.per === kind);
  }

  private readonly formContext: TargetFormContext = {
    shell: this.shell,
    api: () => this.api,
    update: () => this.update(),
    saved: (target) => this.saved(target),
    close: () => this.closeForm(),
  };

  private async openForm(metric: MetricId): Promise<void> {
    if (this.form?.metric === metric) {
      this.closeForm();
      return;
    }
    const form: NonNullable<typeof this.form> = { metric };
    this.form = form;
    this.update();
    try {
      const module = await lazy.targetForm();
      if (this.form !== form) return;
      this.shell.adopt(module.styles);
      const per =
        this.applying(metric)?.per ??
        PRESET_KIND[this.preset] ??
        nearestTargetPeriod(daysOf(this.shown?.range ?? this.range)) ??
        'month';
      form.part = new module.TargetForm(this.formContext, metric, this.targets, per);
      this.update();
      this.focusOn('#target-value');
    } catch (error) {
      if (this.form !== form) return;
      this.failed(error);
      form.failed = true;
      this.update();
    }
  }

  private closeForm(): void {
    const metric = this.form?.metric;
    this.form = undefined;
    this.update();
    if (metric) this.focusOn(`[data-target-open="${metric}"]`);
  }

  private saved(target: Target): void {
    const { locale, format } = this.shell.locale();
    this.targets = [...this.targets.filter((t) => t.metric !== target.metric || t.per !== target.per), target];
    this.closeForm();
    this.shell.toast(
      this.t.saved(
        metricStrings[locale].names[target.metric],
        formatFigure(target.metric, target.value, format),
        this.t.per[target.per],
      ),
      'success',
    );
    this.shell.emit('plein-insights-target', { target });
    void this.load('refresh');
  }

  private async remove(metric: MetricId): Promise<void> {
    const target = this.applying(metric);
    if (!target || this.removing) return;
    const { locale } = this.shell.locale();
    this.removing = metric;
    this.update();
    try {
      await this.shell.guard(this.api.removeTarget(metric, target.per, { idempotencyKey: newIdempotencyKey() }));
      this.targets = this.targets.filter((t) => t !== target);
      if (this.form?.metric === metric) this.form = undefined;
      this.shell.toast(this.t.removed(metricStrings[locale].names[metric]), 'success');
      this.shell.emit('plein-insights-target', { removed: { metric, per: target.per } });
      void this.load('refresh');
    } catch (error) {
      this.failed(error);
      this.shell.toast(errorText(locale, error), 'error');
    } finally {
      this.removing = undefined;
      this.update();
    }
    // The remove button is gone when no target is left: focus stays on the tile.
    this.focusOn(`[data-target-open="${metric}"]`);
  }

  // ---------------------------------------------------------------------------- export

  private readonly exportCsv = async (): Promise<void> => {
    const shown = this.shown;
    if (!shown) return;
    const { locale } = this.shell.locale();
    try {
      const csv = await lazy.csv();
      const text = csv.insightsCsv({
        report: shown.report,
        range: shown.range,
        periodText: rangeText(shown.range, locale),
        previousText: rangeText(previousOf(shown.range), locale),
        locale,
        postUrl: this.shell.config().postUrl,
      });
      const name = csv.csvName(shown.range, locale);
      downloadCsv(name, text, this.shell.clock);
      this.shell.announce(this.t.exported(name));
    } catch (error) {
      this.failed(error);
      this.shell.toast(errorText(locale, error), 'error');
    }
  };

  // ---------------------------------------------------------------------------- rendering

  /** A SharePoint site too busy to count in the browser gets its own words, not "too long". */
  private failureText(locale: Locale): string {
    const error = this.failure;
    return isPleinError(error) && error.details?.reason === 'site-too-large-for-browser'
      ? this.t.tooLargeForBrowser
      : errorText(locale, error);
  }

  render(): TemplateResult {
    const t = this.t;
    const { locale } = this.shell.locale();
    if (this.phase === 'loading') return skeleton({ lines: 6, label: t.loading });
    if (this.phase === 'forbidden') {
      return html`<section class="insights" part="base" aria-labelledby="insights-forbidden">
        <div class="empty-state forbidden" part="empty">
          <h2 class="state-heading" id="insights-forbidden">${t.forbiddenHeading}</h2>
          <p class="state-message">${t.forbiddenMessage}</p>
        </div>
      </section>`;
    }
    const body =
      this.phase === 'error' && !this.busy
        ? errorState({ message: this.failureText(locale), retryLabel: t.retry, onRetry: this.retry })
        : this.shown
          ? this.renderFigures(this.shown.report)
          : skeleton({ lines: 6, label: t.loading });
    return html`<section class="insights" part="base" aria-labelledby="insights-title">
      <div class="insights-head">
        <h2 class="insights-title" id="insights-title">${t.title}</h2>
        <button
          type="button"
          class="button export"
          part="export"
          ?hidden=${this.phase !== 'ready'}
          @click=${() => void this.exportCsv()}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10"
              fill="none"
              stroke="currentColor"
              stroke-width="1.5"
              stroke-linecap="round"
            />
          </svg>
          ${t.exportCsv}
        </button>
      </div>
      ${this.renderPeriod()} ${body}
    </section>`;
  }

  private renderPeriod(): TemplateResult {
    const t = this.t;
    const { locale } = this.shell.locale();
    const draft = this.draft;
    const error = (field: 'start' | 'end') => (draft?.error?.field === field ? draft.error.message : undefined);
    const dateField = (field: 'start' | 'end') => {
      const message = error(field);
      return html`<div class="field">
        <label for="period-${field}">${t[field]}</label>
        <input
          id="period-${field}"
          type="date"
          .value=${draft![field]}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${message ? `period-${field}-error` : nothing}
          @input=${(event: Event) => (draft![field] = (event.target as HTMLInputElement).value)}
        />
        ${message ? html`<p class="field-error" id="period-${field}-error">${message}</p>` : nothing}
      </div>`;
    };
    return html`<form class="period" part="period" novalidate @submit=${this.submitRange}>
        <div class="field">
          <label for="period-preset">${t.period}</label>
          <select id="period-preset" @change=${this.choosePreset}>
            ${PERIOD_PRESETS.map(
              (preset) =>
                html`<option value=${preset} ?selected=${preset === this.preset}>${t.presets[preset]}</option>`,
            )}
          </select>
        </div>
        ${
          draft
            ? html`${dateField('start')} ${dateField('end')}
                <button type="submit" class="button show-range">${t.show}</button>`
            : nothing
        }
      </form>
      <p class="caption">
        <span class="caption-period">${rangeText(this.range, locale)}</span>
        <span class="caption-previous">${t.compared(rangeText(previousOf(this.range), locale))}</span>
        <span class="caption-busy" role="status">${this.busy && this.shown ? t.loading : ''}</span>
      </p>`;
  }

  private renderFigures(report: InsightsReport): TemplateResult {
    const t = this.t;
    const { locale, format } = this.shell.locale();
    const names = metricStrings[locale];
    const quiet = report.metrics.every((figure) => figure.withheld || !figure.value);
    return html`${
        quiet
          ? html`<div class="quiet" part="empty">
              <p class="state-heading">${t.quietHeading}</p>
              <p class="state-message">${t.quietMessage}</p>
            </div>`
          : nothing
      }
      <ul
        class="tiles ${this.busy ? 'busy' : ''}"
        part="tiles"
        aria-label=${t.tiles}
        aria-busy=${this.busy ? 'true' : 'false'}
      >
        ${repeat(
          report.metrics,
          (figure) => figure.metric,
          (figure) =>
            html`${renderTile({
              figure,
              target: this.applying(figure.metric),
              selected: figure.metric === this.selected,
              editing: this.form?.metric === figure.metric,
              t,
              names,
              format,
              select: (metric) => {
                this.selected = metric;
                this.update();
              },
              editTarget: (metric) => void this.openForm(metric),
              removeTarget: (metric) => void this.remove(metric),
            })}${
              // Under its tile on a phone; on a wider grid the row under it, the tiles after it filling in.
              this.form?.metric === figure.metric
                ? html`<li class="target-panel" id="target-panel">${this.renderForm()}</li>`
                : nothing
            }`,
        )}
      </ul>
      <div class="charts-area" part="charts">${this.renderCharts(report)}</div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const form = this.form!;
    if (form.part) return form.part.render();
    if (form.failed) {
      return errorState({ message: t.formFailed, retryLabel: t.retry, onRetry: () => this.reopenForm(form.metric) });
    }
    return skeleton({ lines: 2, label: t.formLoading });
  }

  private reopenForm(metric: MetricId): void {
    this.form = undefined;
    void this.openForm(metric);
  }

  private renderCharts(report: InsightsReport): unknown {
    const t = this.t;
    const { locale } = this.shell.locale();
    if (this.chartsState === 'failed') {
      return errorState({ message: t.chartsFailed, retryLabel: t.retry, onRetry: () => void this.loadCharts() });
    }
    const charts = this.charts;
    if (charts && charts.catalog && !charts.catalog.has(locale)) {
      // The page switched language: the charts' strings in it load first.
      void charts.catalog.load(locale).then(() => this.update());
    } else if (charts) return charts.part.render(report, this.selected);
    return skeleton({ lines: 4, label: t.chartsLoading });
  }
}
