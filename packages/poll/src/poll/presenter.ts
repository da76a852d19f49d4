import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters, Poll, PollResults } from '@plein/core';
import { resultsView } from './results.js';
import { qrSvg, type QrCode } from './qr.js';
import type { PollStrings } from './poll.strings.js';

export interface PresenterOptions {
  poll: Poll;
  results: PollResults;
  strings: PollStrings;
  format: Formatters;
  /** The vote permalink the QR code and the text point to. */
  url: string;
  /** Undefined while lean-qr is still loading. */
  qr: QrCode | undefined;
  /** "Closes in 3 minutes" / "Closed 2 minutes ago", already rendered. */
  status: TemplateResult | typeof nothing;
  highlight: boolean;
}

/**
 * `mode="presenter"`: results for the back of a room. Big type and high contrast, the number
 * of voters, the countdown, and a QR code plus the plain URL for people to vote on their phones.
 */
export function presenterView({
  poll,
  results,
  strings,
  format,
  url,
  qr,
  status,
  highlight,
}: PresenterOptions): TemplateResult {
  return html`<section class="presenter ${highlight ? 'highlight' : ''}" part="base" aria-labelledby="poll-question">
    <h2 class="question" id="poll-question" part="question">${poll.question}</h2>
    <div class="presenter-body">
      <div class="presenter-results">
        ${
          results.visible
            ? resultsView({ poll, results, strings, format, large: true })
            : html`<p class="notice hidden-results" part="results">
                ${results.reason === 'until-close' ? strings.resultsUntilClose : strings.resultsAfterVote}
              </p>`
        }
      </div>
      <aside class="presenter-side">
        <p class="presenter-count voters">${strings.voters(results.voterCount, format)}</p>
        ${status !== nothing ? html`<p class="presenter-status">${status}</p>` : nothing}
        <figure class="qr-figure">
          ${
            qr
              ? qrSvg(qr, strings.qrLabel(url))
              : html`<div class="qr qr-placeholder" part="qr" role="img" aria-label=${strings.loadingQr}></div>`
          }
          <figcaption>
            <strong class="scan">${strings.scanToVote}</strong>
            <span class="go-to">${strings.orGoTo} <a class="vote-url" href=${url}>${url}</a></span>
          </figcaption>
        </figure>
      </aside>
    </div>
  </section>`;
}
