import { html, type TemplateResult } from 'lit';
import type { Formatters, InsightsReport, Locale, MetricFigure, MetricId } from '@plein/core';
import { barChart } from './bar-chart.js';
import { channelsTable } from './channels.js';
import { chartsCatalog, type ChartsStrings } from './charts.strings.js';
import { chartsStyles } from './charts.styles.js';
import { formatFigure } from './figure.js';
import { Measure, trendChart } from './line-chart.js';
import { metricStrings, type MetricStrings } from './metrics.strings.js';
import type { ChartsPart, InsightsConfig, InsightsShell } from './shell.js';
import { discussedPosts, trendingTags } from './trending.js';

export const styles = [chartsStyles];
export const catalog = chartsCatalog;

/** The charts that can show their data as a table instead. */
export type TableKey = 'trend' | 'departments';

/** What each chart is drawn from: the report, the chosen KPI, the strings and the toggles. */
export interface ChartContext {
  report: InsightsReport;
  metric: MetricId;
  /** The chosen KPI's figure (undefined only for a report without it). */
  figure: MetricFigure | undefined;
  /** The KPI's name: "Active people". */
  name: string;
  s: ChartsStrings;
  m: MetricStrings;
  locale: Locale;
  format: Formatters;
  config: InsightsConfig;
  /** A value of the chosen KPI as people read it: "62%", "1,234". */
  figureText(value: number): string;
  /** Whether a chart shows its table instead. */
  table(key: TableKey): boolean;
  /** The "Show as table" toggle of a chart. */
  toggle(key: TableKey): TemplateResult;
}

/**
 * The charts part of `<plein-insights>`: for the KPI the dashboard picked, the trend line over
 * the period and a bar per department (each also as a table), then the channels and what is
 * trending. It keeps only its own toggles; the dashboard owns the report.
 */
export function createCharts(shell: InsightsShell): ChartsPart {
  const tables = new Set<TableKey>();
  const update = () => shell.element.requestUpdate();
  const size = new Measure(update);
  const flip = (key: TableKey) => {
    if (!tables.delete(key)) tables.add(key);
    update();
  };

  return {
    render(report: InsightsReport, metric: MetricId): TemplateResult {
      const { locale, format } = shell.locale();
      const s = shell.strings(chartsCatalog);
      const m = metricStrings[locale];
      const ctx: ChartContext = {
        report,
        metric,
        figure: report.metrics.find((figure) => figure.metric === metric),
        name: m.names[metric],
        s,
        m,
        locale,
        format,
        config: shell.config(),
        figureText: (value) => formatFigure(metric, value, format),
        table: (key) => tables.has(key),
        toggle: (key) =>
          html`<button
            type="button"
            class="button subtle table-toggle"
            data-toggle=${key}
            aria-pressed=${tables.has(key) ? 'true' : 'false'}
            @click=${() => flip(key)}
          >
            <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6.5 3.5v9"></path></svg
            >${s.showTable}
          </button>`,
      };
      return html`<div class="charts">
        ${trendChart(ctx, size)} ${barChart(ctx)} ${channelsTable(ctx)} ${trendingTags(ctx)} ${discussedPosts(ctx)}
      </div>`;
    },
  };
}
