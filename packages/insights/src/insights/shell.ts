import type { InsightsReport, MetricId } from '@plein/core';
import type { PleinInsightsEventMap } from './events.js';
import type { PartShell } from '@plein/ui';

/** What the element is asked to show (its attributes, read once per start). */
export interface InsightsConfig {
  /** `period` attribute: the period shown first (`month` when absent). */
  period: PeriodPreset;
  /**
   * `post-url` attribute: where a discussed post opens, with `{id}` replaced by the post's id
   * (for example `/news.html#plein-post={id}`). Absent: posts are not links.
   */
  postUrl?: string;
  /** `tag-url` attribute: where a hashtag opens, with `{tag}` replaced (URL-encoded). Absent: not links. */
  tagUrl?: string;
}

/** The periods offered in the picker; `custom` is a range of days the viewer chooses. */
export const PERIOD_PRESETS = [
  'week',
  'month',
  'quarter',
  'year',
  'last-week',
  'last-month',
  'last-quarter',
  'last-year',
  'custom',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * The element as its lazily loaded parts see it (`<plein-insights>` itself is a small shell: it
 * finds the store and loads the dashboard's code).
 */
export type InsightsShell = PartShell<InsightsConfig, PleinInsightsEventMap>;

/**
 * The charts part (`charts.ts`, a chunk of its own loaded after the first tiles show): the trend
 * line of the chosen KPI, its figure per department, the channels, and trending topics. The
 * dashboard creates one and renders it under the tiles with the current report.
 */
export interface ChartsPart {
  render(report: InsightsReport, metric: MetricId): unknown;
}
