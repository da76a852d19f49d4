import type { CSSResultGroup } from 'lit';
import type { Catalog, Clock, Formatters, InsightsReport, Locale, MetricId, PleinStore } from '@plein/core';
import type { PleinInsightsEventDetail, PleinInsightsEventName } from './events.js';

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
export interface InsightsShell {
  readonly element: HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly updateComplete: Promise<boolean>;
    readonly theme?: 'light' | 'dark';
    requestUpdate(): void;
  };
  readonly clock: Clock;
  config(): InsightsConfig;
  store(): PleinStore | undefined;
  locale(): { locale: Locale; format: Formatters };
  /** The strings of a catalog in the element's language (English until it is loaded). */
  strings<T>(catalog: Catalog<T>): T;
  toast(text: string, tone: 'info' | 'success' | 'error'): void;
  announce(text: string, politeness?: 'polite' | 'assertive'): void;
  /** Races a store call against the element's clock (a stalled store fails as `unavailable`). */
  guard<T>(call: Promise<T>): Promise<T>;
  emit<K extends PleinInsightsEventName>(name: K, detail: PleinInsightsEventDetail<K>): void;
  /** Adds a part's styles to the element's shadow root (for parts loaded later). */
  adopt(styles: CSSResultGroup): void;
}

/**
 * The charts part (`charts.ts`, a chunk of its own loaded after the first tiles show): the trend
 * line of the chosen KPI, its figure per department, the channels, and trending topics. The
 * dashboard creates one and renders it under the tiles with the current report.
 */
export interface ChartsPart {
  render(report: InsightsReport, metric: MetricId): unknown;
}
