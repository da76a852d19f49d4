/**
 * Test world of the charts part: a small host element with a fake `InsightsShell`, and
 * hand-made reports whose figures the tests know. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  METRICS,
  systemClock,
  type DepartmentFigures,
  type InsightsReport,
  type MetricFigure,
  type MetricId,
} from '@plein/core';
import { PleinElement } from '@plein/ui';
import { createCharts, styles } from './charts.js';
import type { ChartsPart, InsightsConfig, InsightsShell } from './shell.js';

/** Hosts the part as `<plein-insights>` would: in its shadow root, with its styles and strings. */
export class ChartsHost extends PleinElement {
  static override styles = [PleinElement.styles, styles];
  report!: InsightsReport;
  metric: MetricId = 'active';
  config: InsightsConfig = { period: 'month' };
  readonly charts: ChartsPart = createCharts(this.fakeShell());

  private fakeShell(): InsightsShell {
    return {
      element: this,
      clock: systemClock,
      config: () => this.config,
      store: () => undefined,
      locale: () => ({ locale: this.i18n.locale, format: this.i18n.format }),
      strings: (catalog) => this.i18n.strings(catalog),
      toast: () => undefined,
      announce: () => undefined,
      guard: (call) => call,
      emit: () => undefined,
      adopt: () => undefined,
    };
  }

  protected override render(): TemplateResult {
    return html`<h2>Insights</h2>
      ${this.charts.render(this.report, this.metric) as TemplateResult}`;
  }
}
if (!customElements.get('charts-test-host')) customElements.define('charts-test-host', ChartsHost);

export interface RenderOptions {
  metric?: MetricId;
  lang?: string;
  theme?: 'light' | 'dark';
  config?: Partial<InsightsConfig>;
}

/** The part rendering `report` for `metric`, in a host of its own. */
export async function renderCharts(report: InsightsReport, options: RenderOptions = {}): Promise<ChartsHost> {
  const el = await fixture<ChartsHost>(
    html`<charts-test-host
      lang=${ifDefined(options.lang)}
      theme=${ifDefined(options.theme)}
      .report=${report}
      .metric=${options.metric ?? 'active'}
      .config=${{ period: 'month', ...options.config }}
    ></charts-test-host>`,
  );
  await el.updateComplete;
  return el;
}

// ---------------------------------------------------------------------------- reports

export const DAY = 86_400_000;

/** Local midnight `days` after 1 November 2025 (the viewer's time zone, as elements send). */
export const nov = (days: number): string => new Date(2025, 10, 1 + days).toISOString();

/** A figure for every KPI, each with `series` over `buckets` (patched per KPI). */
function figures(buckets: number, patch: Partial<Record<MetricId, Partial<MetricFigure>>>): MetricFigure[] {
  return METRICS.map((metric) => ({
    metric,
    value: 0,
    previous: 0,
    series: Array.from({ length: buckets }, () => 0),
    ...patch[metric],
  }));
}

/** The active share per day of November: 40% on the 1st, a peak of 70% on the 12th, 62% on the 30th. */
export const ACTIVE = Array.from({ length: 30 }, (_, i) => (i === 0 ? 40 : i === 11 ? 70 : i === 29 ? 62 : 45 + i / 2));
/** Posts per day of November. */
export const POSTS = Array.from({ length: 30 }, (_, i) => (i % 7 === 5 || i % 7 === 6 ? 2 : 8 + (i % 5)));

export const DEPARTMENTS: DepartmentFigures[] = [
  { name: 'Customer Service', people: 24, withheld: false, figures: { active: 62.5, posts: 40, onboarding: null } },
  { name: 'Finance', people: 3, withheld: true, figures: {} },
  { name: 'IT', people: 12, withheld: false, figures: { active: 50, posts: 85, onboarding: 75 } },
  { name: 'Legal', people: 4, withheld: true, figures: {} },
  { name: null, people: 6, withheld: false, figures: { active: 33.3, posts: 4, onboarding: null } },
];

/**
 * November 2025: 30 daily buckets, a target on `active` (60%) and `posts` (300), `onboarding`
 * with nothing to measure on 1–3, 11 and 13 November, `managers` withheld.
 */
export function november(patch: Partial<InsightsReport> = {}): InsightsReport {
  return {
    from: nov(0),
    to: nov(30),
    previousFrom: new Date(2025, 9, 2).toISOString(),
    people: 50,
    bucket: 'day',
    buckets: Array.from({ length: 30 }, (_, i) => nov(i)),
    metrics: figures(30, {
      active: { value: 62, previous: 55, count: 31, of: 50, target: 60, series: ACTIVE },
      posts: { value: 220, previous: 180, target: 300, series: POSTS },
      onboarding: {
        value: 80,
        previous: null,
        count: 8,
        of: 10,
        series: Array.from({ length: 30 }, (_, i) => (i < 3 || i === 10 || i === 12 ? null : 50 + i)),
      },
      managers: { value: null, previous: null, withheld: true, series: Array.from({ length: 30 }, () => null) },
    }),
    departments: DEPARTMENTS,
    channels: [
      { channel: 'news', posts: 120, comments: 340, reactions: 1210, active: 41 },
      { channel: 'general', posts: 80, comments: 95, reactions: 300, active: 30 },
      { channel: 'page:https://intranet.example/news/launch', posts: 20, comments: 61, reactions: 12, active: 14 },
    ],
    tags: [
      { tag: 'launch', count: 12, previous: 4 },
      { tag: 'onboarding', count: 8, previous: 0 },
      { tag: 'café & co', count: 5, previous: 9 },
      { tag: 'friday', count: 3, previous: 3 },
    ],
    posts: [
      {
        postId: 'p/1',
        channel: 'news',
        excerpt: '<b>Big</b> news: the new canteen opens on Monday',
        comments: 14,
        reactions: 30,
        previous: 3,
      },
      {
        postId: 'p2',
        channel: 'general',
        excerpt: 'Who joins the Friday run?',
        comments: 6,
        reactions: 4,
        previous: 20,
      },
    ],
    ...patch,
  };
}

/** A period in which nothing happened: zero counts, shares with nothing to measure, no channels, tags or posts. */
export function quiet(): InsightsReport {
  const base = november();
  const nulls = Array.from({ length: 30 }, () => null);
  return {
    ...base,
    metrics: figures(30, {
      active: { value: 0, previous: 0, count: 0, of: 50, series: base.buckets.map(() => 0) },
      onboarding: { value: null, previous: null, series: nulls },
      managers: { value: null, previous: null, series: nulls },
    }),
    departments: DEPARTMENTS.map((department) =>
      department.withheld ? department : { ...department, figures: { active: 0, posts: 0, onboarding: null } },
    ),
    channels: [],
    tags: [],
    posts: [],
  };
}

/** The last quarter of 2025 in weekly buckets (the last one cut short by `to`), with gaps in `onboarding`. */
export function quarter(): InsightsReport {
  const from = new Date(2025, 9, 1);
  const week = (i: number) => new Date(2025, 9, 1 + 7 * i).toISOString();
  const buckets = Array.from({ length: 14 }, (_, i) => week(i));
  return {
    ...november(),
    from: from.toISOString(),
    to: new Date(2026, 0, 1).toISOString(),
    previousFrom: new Date(2025, 5, 30).toISOString(),
    bucket: 'week',
    buckets,
    metrics: figures(14, {
      active: { value: 71, previous: 64, series: buckets.map((_, i) => 30 + i * 2) },
      posts: { value: 900, previous: 800, target: 920, series: buckets.map((_, i) => (i === 13 ? 20 : 60 + i)) },
      onboarding: {
        value: 70,
        previous: 60,
        series: buckets.map((_, i) => (i === 4 || i === 5 ? null : i === 8 ? null : 60 + i)),
      },
    }),
  };
}

// ---------------------------------------------------------------------------- reading the DOM

export const $ = <T extends Element = HTMLElement>(el: ChartsHost, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: ChartsHost, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Text as people read it: whitespace collapsed. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each body row's header and data cells as text. */
export const rows = (el: ChartsHost, table: string): string[][] =>
  $$(el, `${table} tbody tr`).map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => textOf(cell)));

/** Waits a frame at a time (layout and resize observers run there) until `check` holds. */
export async function until(el: ChartsHost, check: () => unknown, what: string): Promise<void> {
  for (let round = 0; round < 100; round++) {
    await el.updateComplete;
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`gave up waiting for ${what}`);
}
