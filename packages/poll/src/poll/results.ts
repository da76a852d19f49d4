import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters, Poll, PollResults } from '@plein/core';
import type { PollStrings } from './poll.strings.js';

export type VisibleResults = Extract<PollResults, { visible: true }>;

export interface ResultsViewOptions {
  poll: Poll;
  results: VisibleResults;
  strings: PollStrings;
  format: Formatters;
  /** The viewer's own choice, marked in text (never in colour alone). Empty for anonymous polls. */
  mine?: readonly string[];
  /** Presenter: big type, and the question is shown elsewhere. */
  large?: boolean;
}

export interface ResultRow {
  id: string;
  label: string;
  votes: number;
  /** Share of voters, 0..1 (multiple choice can add up to more than 1). */
  share: number;
  mine: boolean;
}

/** Rows in the poll's own option order. */
export function resultRows(poll: Poll, results: VisibleResults, mine: readonly string[] = []): ResultRow[] {
  const votes = new Map(results.options.map((option) => [option.optionId, option.votes]));
  return poll.options.map((option) => {
    const count = votes.get(option.id) ?? 0;
    return {
      id: option.id,
      label: option.label,
      votes: count,
      share: results.voterCount > 0 ? count / results.voterCount : 0,
      mine: mine.includes(option.id),
    };
  });
}

/**
 * Results that read without colour or bars: each answer shows its votes and percentage in
 * text; the bars are decoration. Screen readers get one visually hidden table (caption and
 * headers) instead of the visual list, so nothing is read twice.
 */
export function resultsView({
  poll,
  results,
  strings,
  format,
  mine = [],
  large = false,
}: ResultsViewOptions): TemplateResult {
  const rows = resultRows(poll, results, mine);
  return html`<div class="results ${large ? 'large' : ''}" part="results">
    <ol class="result-list" aria-hidden="true">
      ${rows.map(
        (row) =>
          html`<li class="result ${row.mine ? 'mine' : ''}" part="option">
            <div class="result-text">
              <span class="result-label"
                >${row.label}${row.mine ? html` <span class="tag">${strings.yourChoice}</span>` : nothing}</span
              >
              <span class="result-figures"
                ><span class="result-votes">${strings.votes(row.votes, format)}</span>
                <span class="result-share">${format.percent(row.share)}</span></span
              >
            </div>
            <svg class="bar" part="bar" aria-hidden="true" viewBox="0 0 100 1" preserveAspectRatio="none">
              <rect class="bar-fill" height="1" width=${Math.min(100, row.share * 100)}></rect>
            </svg>
          </li>`,
      )}
    </ol>
    <!-- A table ignores the 1px box of .visually-hidden (it would widen the page): wrap it. -->
    <div class="visually-hidden">
      <table>
        <caption>
          ${strings.resultsCaption(poll.question, strings.voters(results.voterCount, format))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${strings.columnAnswer}</th>
            <th scope="col">${strings.columnVotes}</th>
            <th scope="col">${strings.columnShare}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.label}${row.mine ? ` (${strings.yourChoice})` : ''}</th>
                <td>${format.number(row.votes)}</td>
                <td>${format.percent(row.share)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}
