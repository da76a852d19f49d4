import { html, type TemplateResult } from 'lit';
import type { ChannelFigures } from '@plein/core';
import type { ChartContext } from './charts.js';

const COLUMNS = ['posts', 'comments', 'reactions', 'active'] as const;

/** A page's own conversation (`page:https://host/path`) by its address without the scheme, as the feed shows it. */
export const channelLabel = (channel: string): string =>
  channel.startsWith('page:') ? channel.slice(5).replace(/^https?:\/\//, '') : channel;

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
            <!-- Explicit roles: on a phone the rows are laid out as small cards, and a table's display change must not lose its meaning. -->
            <table class="data channels-table" role="table">
              <caption class="visually-hidden">
                ${s.channelsCaption}
              </caption>
              <thead>
                <tr role="row">
                  <th scope="col" role="columnheader">${s.channel}</th>
                  ${COLUMNS.map(
                    (column) => html`<th scope="col" role="columnheader" class="number">${header[column]}</th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${report.channels.map(
                  (channel: ChannelFigures) =>
                    html`<tr role="row">
                      <th scope="row" role="rowheader">${channelLabel(channel.channel)}</th>
                      ${COLUMNS.map(
                        (column) =>
                          html`<td role="cell" class="number" data-label=${header[column]}>
                            ${format.number(channel[column])}
                          </td>`,
                      )}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="chart-note">${s.noChannels}</p>`
    }
  </section>`;
}
