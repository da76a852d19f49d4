import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { isShareMetric, INSIGHTS_LIMITS } from '@plein/core';
import type { ChartContext } from './charts.js';

const DAY = 86_400_000;

/**
 * The size of the chart's box, so lines and labels are drawn in real pixels (text never
 * stretches). The box's size comes from CSS alone, never from what is drawn in it, so a redraw
 * cannot resize it again.
 */
export class Measure {
  width = 0;
  height = 0;
  /** The box's font size in pixels, to leave room for labels. */
  font = 13;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(private readonly changed: () => void) {}

  readonly ref = (element?: Element): void => {
    if (element === this.target) return;
    this.observer?.disconnect();
    this.target = element;
    if (!element) return;
    this.observer ??= new ResizeObserver(([entry]) => entry && this.resize(entry));
    this.observer.observe(element);
  };

  private resize(entry: ResizeObserverEntry): void {
    const { width, height } = entry.contentRect;
    if (!width || !height || (Math.abs(width - this.width) < 1 && Math.abs(height - this.height) < 1)) return;
    this.width = width;
    this.height = height;
    this.font = parseFloat(getComputedStyle(entry.target).fontSize) || this.font;
    this.changed();
  }
}

/** Gridline values from 0 to a round number at or above `max`: about four steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function ticks(max: number, integer: boolean): number[] {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = Math.max(integer ? 1 : 0, (steps.find((f) => f * power >= raw - 1e-9) ?? 10) * power);
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

/**
 * The buckets that get a date label: every `step`-th from the first, `step` the smallest of a
 * calendar-like series (a day, two, a week, …) that keeps `gap` buckets between labels; the
 * last bucket takes the last label's place when there is room for it.
 */
export function dateLabels(n: number, gap: number, bucket: 'day' | 'week'): number[] {
  const steps = bucket === 'day' ? [1, 2, 7, 14, 28, 56] : [1, 2, 4, 8, 13, 26, 52];
  const step = steps.find((candidate) => candidate >= gap) ?? Math.ceil(gap);
  const picked: number[] = [];
  for (let i = 0; i < n; i += step) picked.push(i);
  const last = picked.at(-1) ?? 0;
  if (last !== n - 1) {
    if (n - 1 - last >= gap) picked.push(n - 1);
    else if (picked.length > 1 && n - 1 - picked.at(-2)! >= gap) picked[picked.length - 1] = n - 1;
  }
  return picked;
}

const r = (value: number): string => value.toFixed(1);

/**
 * The trend of the chosen KPI over the period's buckets: its line (gaps where there is nothing
 * to measure), the target as a dashed line (a count target as the pace per bucket that reaches
 * it), a summary in words, and the same figures as a table on request.
 */
export function trendChart(ctx: ChartContext, size: Measure): TemplateResult {
  const { s, figure } = ctx;
  const values = figure?.series ?? [];
  const present = values.filter((value): value is number => value !== null);
  const empty = figure?.withheld
    ? ctx.m.withheld(INSIGHTS_LIMITS.privacyMin)
    : !present.length
      ? isShareMetric(ctx.metric)
        ? ctx.m.nothing[ctx.metric === 'onboarding' ? 'onboarding' : 'other']
        : s.noActivity
      : present.every((value) => value === 0)
        ? s.noActivity
        : undefined;
  const table = ctx.table('trend');
  return html`<figure class="chart-card trend" aria-labelledby="charts-trend-title">
    <figcaption class="chart-caption">
      <h3 class="chart-title" id="charts-trend-title">${s.trendHeading(ctx.name)}</h3>
      ${
        empty === undefined
          ? html`${ctx.toggle('trend')}
              <p class="chart-summary">${summary(ctx)}</p>`
          : nothing
      }
    </figcaption>
    ${
      empty !== undefined
        ? html`<p class="chart-note trend-note">${empty}</p>`
        : table
          ? trendTable(ctx)
          : html`<div class="trend-box" ${ref(size.ref)}>${keyed(ctx.metric, drawing(ctx, size))}</div>`
    }
  </figure>`;
}

/**
 * The count target's pace per bucket. A share target is for the whole period while each point
 * is one day's (or week's) share, so it gets no line: the tile measures it.
 */
function targetLine(ctx: ChartContext): number | undefined {
  const target = ctx.figure?.target;
  if (target === undefined || isShareMetric(ctx.metric)) return undefined;
  const days = (Date.parse(ctx.report.to) - Date.parse(ctx.report.from)) / DAY;
  return (target * (ctx.report.bucket === 'day' ? 1 : 7)) / days;
}

const paceText = (ctx: ChartContext, pace: number): string =>
  ctx.format.number(pace >= 10 ? Math.round(pace) : Math.round(pace * 10) / 10);

const shortDate = (ctx: ChartContext, at: string): string => ctx.format.date(at, { month: 'short', day: 'numeric' });

/** "Active people rose from 40% on Nov 1 to 62% on Nov 30. Highest: … Target: 60%." */
function summary(ctx: ChartContext): string {
  const { s, report, figureText } = ctx;
  const values = ctx.figure?.series ?? [];
  const at = (i: number) => s.when(report.bucket, shortDate(ctx, report.buckets[i] ?? report.from));
  const known = values.flatMap((value, i) => (value === null ? [] : [i]));
  const first = known[0] ?? 0;
  const last = known.at(-1) ?? 0;
  const a = values[first] ?? 0;
  const b = values[last] ?? 0;
  const parts = [
    first === last
      ? s.single(ctx.name, figureText(a), at(first))
      : a === b
        ? s.steady(ctx.name, figureText(a), at(first), at(last))
        : (a < b ? s.rose : s.fell)(ctx.name, figureText(a), at(first), figureText(b), at(last)),
  ];
  const peak = known.reduce((best, i) => ((values[i] ?? 0) > (values[best] ?? 0) ? i : best), first);
  const top = values[peak] ?? 0;
  if (top > a && top > b) parts.push(s.peak(figureText(top), at(peak)));
  const gaps = values.length - known.length;
  if (gaps) parts.push(s.gaps(gaps, ctx.format));
  const target = ctx.figure?.target;
  if (target !== undefined) {
    parts.push(
      isShareMetric(ctx.metric)
        ? s.targetShare(figureText(target), report.bucket)
        : s.targetCount(figureText(target), paceText(ctx, targetLine(ctx) ?? 0), report.bucket),
    );
  }
  return parts.join(' ');
}

/** The line, drawn in the box's own pixels. */
function drawing(ctx: ChartContext, size: Measure): SVGTemplateResult {
  const { report } = ctx;
  const values = ctx.figure?.series ?? [];
  const width = size.width || 600;
  const height = size.height || 240;
  const font = size.font;
  const share = isShareMetric(ctx.metric);
  const goal = targetLine(ctx);
  const max = Math.max(...values.map((value) => value ?? 0), goal ?? 0);
  const grid = ticks(share ? Math.min(max, 100) : max, !share);
  const labels = grid.map((value) => ctx.figureText(value));
  const topValue = grid.at(-1) || 1;

  // Room for the longest value label on the left and the dates below.
  const left = Math.ceil(Math.max(...labels.map((label) => label.length)) * font * 0.6) + font;
  const top = font;
  const bottom = height - font * 2.25;
  const right = width - font * 0.75;
  const n = values.length;
  const x = (i: number) => (n === 1 ? (left + right) / 2 : left + ((right - left) * i) / (n - 1));
  const y = (value: number) => bottom - ((bottom - top) * value) / topValue;

  // Runs of known values; a gap (nothing to measure) breaks the line.
  const runs: number[][] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    if (i === 0 || values[i - 1] === null) runs.push([]);
    runs.at(-1)!.push(i);
  });
  const path = (run: number[]) => run.map((i, k) => `${k ? 'L' : 'M'}${r(x(i))} ${r(y(values[i]!))}`).join('');
  const dots = n <= 16 ? runs.flat() : runs.filter((run) => run.length === 1).flat();

  const dateText = (i: number) => shortDate(ctx, report.buckets[i] ?? report.from);
  const labelWidth = Math.max(...report.buckets.map((_, i) => dateText(i).length)) * font * 0.6;
  const dates = dateLabels(n, n > 1 ? (labelWidth * 1.5 + font) / ((right - left) / (n - 1)) : 1, report.bucket);
  const clampX = (value: number) => Math.min(Math.max(value, labelWidth / 2), width - labelWidth / 2);

  let goalY = goal === undefined ? 0 : y(Math.min(goal, topValue));
  const goalLabel =
    goal === undefined
      ? ''
      : share
        ? ctx.s.targetLine(ctx.figureText(goal))
        : ctx.s.paceLine(paceText(ctx, goal), report.bucket);
  // The label sits above the dashed line, or below it when the line is at the top.
  const goalTextY = goalY - font * 0.5 < top + font * 0.5 ? goalY + font * 1.25 : goalY - font * 0.5;
  goalY = Math.round(goalY) + 0.5;

  return svg`<svg
    class="trend-svg"
    viewBox="0 0 ${r(width)} ${r(height)}"
    width="100%"
    height="100%"
    aria-hidden="true"
    focusable="false"
  >
    <g class="grid">
      ${grid.map(
        (value, i) => svg`<line
            class=${value === 0 ? 'axis' : 'gridline'}
            x1=${r(left)}
            x2=${r(width)}
            y1=${Math.round(y(value)) + 0.5}
            y2=${Math.round(y(value)) + 0.5}
          ></line>
          <text class="tick" x=${r(left - font * 0.5)} y=${r(y(value))} dy="0.35em" text-anchor="end">${labels[i]}</text>`,
      )}
      ${dates.map(
        (i) =>
          svg`<text class="tick" x=${r(clampX(x(i)))} y=${r(height - font * 0.5)} text-anchor="middle">${dateText(i)}</text>`,
      )}
    </g>
    ${runs.map(
      (run) =>
        svg`<path class="area" d="${path(run)}L${r(x(run.at(-1)!))} ${r(bottom)}L${r(x(run[0]!))} ${r(bottom)}Z"></path>`,
    )}
    ${
      goal === undefined
        ? nothing
        : svg`<line class="target-line" x1=${r(left)} x2=${r(right)} y1=${goalY} y2=${goalY}></line>`
    }
    ${runs.map((run) => svg`<path class="line" d=${path(run)} pathLength="1"></path>`)}
    ${dots.map(
      (i) =>
        svg`<circle class=${i === n - 1 ? 'dot last' : 'dot'} cx=${r(x(i))} cy=${r(y(values[i]!))} r=${r(Math.max(3, font * 0.25))}></circle>`,
    )}
    ${
      // On top of the line, with a halo, so it reads wherever the line runs.
      goal === undefined
        ? nothing
        : svg`<text class="target-label" x=${r(right)} y=${r(goalTextY)} text-anchor="end">${goalLabel}</text>`
    }
  </svg>`;
}

/** The figures of the line, one row per bucket. */
function trendTable(ctx: ChartContext): TemplateResult {
  const { s, report, figure } = ctx;
  const days = new Intl.DateTimeFormat(ctx.locale, { weekday: 'short', month: 'short', day: 'numeric' });
  const weeks = new Intl.DateTimeFormat(ctx.locale, { month: 'short', day: 'numeric' });
  const label = (start: string, i: number) => {
    if (report.bucket === 'day') return days.format(new Date(start));
    // A week ends the day before the next one starts (the last one may be cut short by `to`).
    const end = Date.parse(report.buckets[i + 1] ?? report.to) - 1;
    return weeks.formatRange(new Date(start), new Date(Math.max(end, Date.parse(start))));
  };
  const nothingText = ctx.m.nothing[ctx.metric === 'onboarding' ? 'onboarding' : 'other'];
  return html`<div class="table-box" role="region" aria-labelledby="charts-trend-title" tabindex="0">
    <table class="data trend-table">
      <caption class="visually-hidden">
        ${s.perBucket(ctx.name, report.bucket)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.bucketHeader(report.bucket)}</th>
          <th scope="col" class="number">${ctx.name}</th>
        </tr>
      </thead>
      <tbody>
        ${report.buckets.map((start, i) => {
          const value = figure?.series[i] ?? null;
          return html`<tr>
            <th scope="row">${label(start, i)}</th>
            <td class=${value === null ? 'number muted' : 'number'}>
              ${value === null ? nothingText : ctx.figureText(value)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
