import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Formatters, PleinStore, Poll, PollResults } from '@plein/core';
import { presenterStrings, type PresenterStrings } from './presenter.strings.js';
import { presenterStyles } from './presenter.styles.js';
import { qrCode, qrSvg, type QrCode } from '@plein/ui';
import { resultsView } from './results.js';

export const strings = presenterStrings;
export const styles = [presenterStyles];

/**
 * The presenter view of one element: renders it and fetches the QR code (lean-qr, loaded on
 * first use) for the URL it shows, re-rendering the host once the code is there.
 */
export class Presenter implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private qr?: { url: string; code: QrCode };
  /** The URL shown, and the one whose code is being fetched. */
  private shown?: string;
  private fetching?: string;
  /** While shown: a subscription that tells a polling store people are watching live. */
  private watching?: { store: PleinStore; id: string; stop: () => void };
  private watched?: { store: PleinStore; id: string };

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  render(options: Omit<PresenterOptions, 'qr'>, store: PleinStore): TemplateResult {
    this.shown = options.url;
    this.watched = { store, id: options.poll.id };
    return presenterView({ ...options, qr: this.qr?.url === options.url ? this.qr.code : undefined });
  }

  hostUpdated(): void {
    this.watch(this.watched);
    this.watched = undefined;
    const url = this.shown;
    this.shown = undefined;
    if (!url || this.fetching === url) return;
    this.fetching = url;
    qrCode(url).then(
      (code) => {
        if (this.fetching !== url) return;
        this.qr = { url, code };
        this.host.requestUpdate();
      },
      () => {
        if (this.fetching === url) this.fetching = undefined; // the URL stays readable as text
      },
    );
  }

  hostDisconnected(): void {
    this.fetching = undefined;
    this.watch(undefined);
  }

  /** Keeps one urgent subscription for the poll on screen; none once the view is gone. */
  private watch(next: { store: PleinStore; id: string } | undefined): void {
    const current = this.watching;
    if (current && next && current.store === next.store && current.id === next.id) return;
    current?.stop();
    this.watching = next && {
      ...next,
      stop: next.store.subscribe({ kind: 'poll', id: next.id }, () => {}, { urgent: true }),
    };
  }
}

export interface PresenterOptions {
  poll: Poll;
  results: PollResults;
  strings: PresenterStrings;
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
 * `mode="presenter"`, loaded on first use (and lean-qr later still): results for the back of a
 * room. Big type and high contrast, the number of voters, the countdown, and a QR code plus the
 * plain URL for people to vote on their phones.
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
