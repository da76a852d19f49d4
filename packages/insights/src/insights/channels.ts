import { html, type TemplateResult } from 'lit';
import type { ChannelFigures } from '@plein/core';
import type { ChartContext } from './charts.js';

const COLUMNS = ['posts', 'comments', 'reactions', 'active'] as const;

/** Activity per feed channel in the period, busiest first (as the store sorts them). */
export function channelsTable(ctx: ChartContext): TemplateResult {
  const { s, report, format } = ctx;
  const header: Record<(typeof COLUMNS)[number], string> = {
    posts: s.posts,
    comments: s.comments,
    reactions: s.reactions,
    active: s.activePeople,
  };
  return html`<section class="chart-card channels">
    <h3 class="chart-title" id="charts-channels-title">${s.channelsHeading}</h3>
    ${
      report.channels.length
        ? html`<div class="table-box" role="region" aria-labelledby="charts-channels-title" tabindex="0">
            <table class="data channels-table">
              <caption class="visually-hidden">
                ${s.channelsCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${s.channel}</th>
                  ${COLUMNS.map((column) => html`<th scope="col" class="number">${header[column]}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${report.channels.map(
                  (channel: ChannelFigures) =>
                    html`<tr>
                      <th scope="row">${channel.channel}</th>
                      ${COLUMNS.map((column) => html`<td class="number">${format.number(channel[column])}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="chart-note">${s.noChannels}</p>`
    }
  </section>`;
}
