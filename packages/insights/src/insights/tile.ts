import { html, nothing, type TemplateResult } from 'lit';
import {
  INSIGHTS_LIMITS,
  isShareMetric,
  type Formatters,
  type MetricFigure,
  type MetricId,
  type Target,
} from '@plein/core';
import type { DashboardStrings } from './dashboard.strings.js';
import { formatFigure, progressOf } from './figure.js';
import type { MetricStrings } from './metrics.strings.js';

export interface TileOptions {
  figure: MetricFigure;
  /** The target that applies to the period (its kind and value as set), when one does. */
  target: Target | undefined;
  selected: boolean;
  t: DashboardStrings;
  names: MetricStrings;
  format: Formatters;
  /** The target form is open for this KPI. */
  editing: boolean;
  select(metric: MetricId): void;
  editTarget(metric: MetricId): void;
  removeTarget(metric: MetricId): void;
}

export type Trend = 'up' | 'down' | 'same';

/** Which way a KPI went and by how much, as shown (shares in points, rounded as the figure is). */
export function trendOf(figure: MetricFigure, format: Formatters): { trend: Trend; amount: string } | undefined {
  const { metric, value, previous } = figure;
  if (value === null || previous === null) return undefined;
  const share = isShareMetric(metric);
  const diff = value - previous;
  const shown = share ? formatFigure(metric, Math.abs(diff), format).replace(/%$/, '') : format.number(Math.abs(diff));
  // A share that moved less than the rounding shows is the same.
  const trend = shown === format.number(0) ? 'same' : diff > 0 ? 'up' : 'down';
  return { trend, amount: shown };
}

const ARROWS: Record<Trend, string> = {
  up: 'M8 13V3M3.5 7.5L8 3l4.5 4.5',
  down: 'M8 3v10M3.5 8.5L8 13l4.5-4.5',
  same: 'M3 8h10',
};

/** One KPI: a button that shows it in the charts, its target with progress, and the target's actions. */
export function renderTile(o: TileOptions): TemplateResult {
  const { figure, t, names } = o;
  const { metric } = figure;
  const name = names.names[metric];
  const progress = progressOf(figure.value, figure.target);
  const reached = progress !== undefined && progress >= 1;
  return html`<li
    class="tile ${o.selected ? 'selected' : ''} ${reached ? 'reached' : ''}"
    part="tile"
    data-metric=${metric}
  >
    <button
      type="button"
      class="tile-main"
      aria-pressed=${o.selected ? 'true' : 'false'}
      aria-describedby="tile-about-${metric}"
      @click=${() => o.select(metric)}
    >
      <span class="tile-name">${name}</span>
      ${renderFigure(o)}
    </button>
    <p class="visually-hidden" id="tile-about-${metric}">${names.descriptions[metric]}</p>
    ${figure.target === undefined ? nothing : renderTarget(o, progress, reached)}
    <div class="tile-actions">
      <button
        type="button"
        class="button subtle target-open"
        data-target-open=${metric}
        aria-label=${o.target ? t.editTargetLabel(name) : t.setTargetLabel(name)}
        aria-expanded=${o.editing ? 'true' : 'false'}
        aria-controls=${o.editing ? 'target-panel' : nothing}
        @click=${() => o.editTarget(metric)}
      >
        ${o.target ? t.editTarget : t.setTarget}
      </button>
      ${
        o.target
          ? html`<button
              type="button"
              class="button subtle target-remove"
              data-target-remove=${metric}
              aria-label=${t.removeTargetLabel(name)}
              @click=${() => o.removeTarget(metric)}
            >
              ${t.removeTarget}
            </button>`
          : nothing
      }
    </div>
  </li>`;
}

/** The figure, or why there is none; the share behind it; the change against the period before. */
function renderFigure({ figure, t, names, format }: TileOptions): TemplateResult {
  const { metric, value } = figure;
  if (figure.withheld)
    return html`<span class="tile-none withheld">${names.withheld(INSIGHTS_LIMITS.privacyMin)}</span>`;
  if (value === null) {
    return html`<span class="tile-none"
      >${metric === 'onboarding' ? names.nothing.onboarding : names.nothing.other}</span
    >`;
  }
  const share = figure.count !== undefined && figure.of !== undefined;
  const trend = trendOf(figure, format);
  const previous = figure.previous === null ? '' : formatFigure(metric, figure.previous, format);
  const amount = trend && isShareMetric(metric) ? t.points(trend.amount) : (trend?.amount ?? '');
  const words = !trend
    ? t.noComparison
    : trend.trend === 'same'
      ? t.same(previous)
      : trend.trend === 'up'
        ? t.up(amount, previous)
        : t.down(amount, previous);
  // More reports to moderators is not good news, nor bad: only the other KPIs get a tone.
  const tone =
    !trend || trend.trend === 'same' || metric === 'reports' ? 'neutral' : trend.trend === 'up' ? 'good' : 'bad';
  return html`<span class="tile-figure">${formatFigure(metric, value, format)}</span>
    ${share ? html`<span class="tile-share">${names.shareOf(metric, figure.count!, figure.of!, format)}</span>` : nothing}
    <span class="change ${trend?.trend ?? 'none'} ${tone}">
      ${
        trend
          ? html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path
                d=${ARROWS[trend.trend]}
                fill="none"
                stroke="currentColor"
                stroke-width="1.75"
                stroke-linecap="round"
              />
            </svg>`
          : nothing
      }
      <span>${words}</span>
    </span>`;
}

/** "Target 60% a month", a meter and how far along, or "Target reached". */
function renderTarget(o: TileOptions, progress: number | undefined, reached: boolean): TemplateResult {
  const { figure, target, t, names, format } = o;
  const { metric } = figure;
  const value = formatFigure(metric, figure.target!, format);
  const per = target ? t.per[target.per] : '';
  const text =
    target && target.value !== figure.target
      ? t.scaledTarget(value, formatFigure(metric, target.value, format), per)
      : t.target(value, per).trim();
  const percent = progress === undefined ? '' : format.percent(progress);
  return html`<div class="tile-target" part="progress">
    <p class="target-text">
      <span>${text}</span>
      ${
        reached
          ? html`<span class="reached-text"
              ><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path
                  d="M3 8.5l3 3 7-7"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                /></svg
              >${t.reached}</span
            >`
          : progress === undefined
            ? nothing
            : html`<span class="progress-text">${t.progress(percent)}</span>`
      }
    </p>
    ${
      progress === undefined
        ? nothing
        : html`<meter
            class="meter"
            min="0"
            max="100"
            value=${Math.min(100, Math.round(progress * 100))}
            aria-label=${t.progressLabel(names.names[metric])}
            aria-valuetext=${t.progress(percent)}
          ></meter>`
    }
  </div>`;
}
