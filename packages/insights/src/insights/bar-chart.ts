import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { isShareMetric, INSIGHTS_LIMITS, type DepartmentFigures } from '@plein/core';
import type { ChartContext } from './charts.js';

/**
 * A bar filled to `fraction` (0–1) of its track, with an optional target mark (decorative: the
 * value is always written beside it).
 */
export function bar(fraction: number, mark?: number): SVGTemplateResult {
  // A value above zero stays visible however small it is next to the largest.
  const fill = fraction > 0 ? Math.max(fraction * 100, 0.75) : 0;
  return svg`<svg class="bar" aria-hidden="true" focusable="false">
    <rect class="bar-track" width="100%" height="100%" rx="4"></rect>
    <rect class="bar-fill" width="${Math.min(fill, 100).toFixed(2)}%" height="100%" rx="4"></rect>
    ${
      mark === undefined
        ? nothing
        : svg`<line class="bar-mark" x1="${mark * 100}%" x2="${mark * 100}%" y1="0" y2="100%"></line>`
    }
  </svg>`;
}

interface Row {
  name: string;
  people: number;
  /** The figure, `null` with nothing to measure; undefined when withheld. */
  value?: number | null;
}

/**
 * The chosen KPI per department, a bar each (shares of 100%, counts against the largest), most
 * first; departments below the privacy threshold say so instead of showing a bar.
 */
export function barChart(ctx: ChartContext): TemplateResult {
  const { s, m, metric, report } = ctx;
  const share = isShareMetric(metric);
  const rows: Row[] = report.departments.map((department: DepartmentFigures) => ({
    name: department.name ?? s.noDepartment,
    people: department.people,
    value: department.withheld ? undefined : (department.figures[metric] ?? null),
  }));
  const measured = report.departments.some((department) => !department.withheld && metric in department.figures);
  const rank = (row: Row) => (row.value === undefined ? -2 : (row.value ?? -1));
  rows.sort((a, b) => rank(b) - rank(a));
  const largest = Math.max(0, ...rows.map((row) => row.value ?? 0));
  const fraction = (value: number) => (share ? value / 100 : largest ? value / largest : 0);
  const target = share ? ctx.figure?.target : undefined;
  const withheld = m.withheld(INSIGHTS_LIMITS.privacyMin);
  const nothingText = m.nothing[metric === 'onboarding' ? 'onboarding' : 'other'];
  const note = !report.departments.length
    ? s.noDepartments
    : !measured && rows.some((row) => row.value !== undefined)
      ? s.notPerDepartment(ctx.name)
      : undefined;

  const text = (row: Row) =>
    row.value === undefined ? withheld : row.value === null ? nothingText : ctx.figureText(row.value);
  const list = html`<ul class="bars">
    ${rows.map(
      (row) =>
        html`<li class=${row.value === undefined ? 'bar-row withheld' : 'bar-row'}>
          <span class="bar-label">
            <span class="bar-name">${row.name}</span>
            <span class="bar-people">${s.peopleCount(row.people, ctx.format)}</span>
          </span>
          ${
            typeof row.value === 'number'
              ? html`<span class="bar-value">${text(row)}</span>${bar(fraction(row.value), target && target / 100)}`
              : html`<span class="bar-note">${text(row)}</span>`
          }
        </li>`,
    )}
  </ul>`;
  const table = html`<div class="table-box" role="region" aria-labelledby="charts-departments-title" tabindex="0">
    <table class="data departments-table">
      <caption class="visually-hidden">
        ${s.departmentsHeading(ctx.name)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.department}</th>
          <th scope="col" class="number">${s.people}</th>
          <th scope="col" class="number">${ctx.name}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.name}</th>
              <td class="number">${ctx.format.number(row.people)}</td>
              <td class=${typeof row.value === 'number' ? 'number' : 'number muted'}>${text(row)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;

  return html`<figure class="chart-card departments" aria-labelledby="charts-departments-title">
    <figcaption class="chart-caption">
      <h3 class="chart-title" id="charts-departments-title">${s.departmentsHeading(ctx.name)}</h3>
      ${note === undefined ? ctx.toggle('departments') : nothing}
      ${
        target !== undefined && note === undefined
          ? html`<p class="chart-summary">
              <span class="mark-key" aria-hidden="true"></span>${s.targetLine(ctx.figureText(target))}
            </p>`
          : nothing
      }
    </figcaption>
    ${note !== undefined ? html`<p class="chart-note">${note}</p>` : ctx.table('departments') ? table : list}
  </figure>`;
}
