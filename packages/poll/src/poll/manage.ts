import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey, toPleinError, type Formatters, type Locale, type PleinStore, type Poll } from '@plein/core';
import {
  downloadCsv,
  emptyState,
  errorState,
  errorText,
  formStyles,
  permalink,
  readPermalink,
  skeleton,
} from '@plein/ui';
import { closedLabel, closesLabel } from './deadline.js';
import { csvFileName, resultsCsv } from './csv.js';
import { PollForm, type PollFormHost } from './poll-form.js';
import { pollFormStyles } from './poll-form.styles.js';
import { manageStrings, type ManageStrings } from './manage.strings.js';
import { manageStyles } from './manage.styles.js';

export const strings = manageStrings;
export const styles = [formStyles, pollFormStyles, manageStyles];

/** What the list needs from the element that shows it. */
export interface ManageOptions {
  host: PollFormHost;
  store: () => PleinStore | undefined;
  locale: () => { locale: Locale; strings: ManageStrings; format: Formatters };
  voteUrl: () => string | undefined;
  /** Races a store call against the element's clock. */
  guard: <T>(call: Promise<T>) => Promise<T>;
  toast: (text: string, tone: 'info' | 'success' | 'error') => void;
  announce: (text: string) => void;
  copy: (url: string) => Promise<void>;
  closed: (poll: Poll) => void;
  failed: (error: unknown) => void;
}

const PAGE = 20;

/**
 * `mode="manage"`, loaded on first use: the signed-in person's own polls, newest first, a page
 * at a time. Each can be edited until its first vote (the create form, reused), closed (after a
 * confirmation), exported as CSV and shared by its permalink.
 */
export class ManageView {
  private readonly options: ManageOptions;
  private phase: 'loading' | 'ready' | 'error' = 'loading';
  private failure: unknown;
  private items: Poll[] = [];
  private next: string | undefined;
  private loadingMore = false;
  private generation = 0;
  private editing: { poll: Poll; form: PollForm } | undefined;
  private confirming: string | undefined;
  private busy = new Set<string>();
  /** Keys kept per poll until its close succeeds, so a retried close is the same request. */
  private closeKeys = new Map<string, string>();

  constructor(options: ManageOptions) {
    this.options = options;
  }

  /** (Re)loads the first page; replies for an older load are ignored. */
  async load(): Promise<void> {
    const store = this.options.store();
    const generation = ++this.generation;
    this.phase = 'loading';
    this.editing = undefined;
    this.confirming = undefined;
    this.update();
    if (!store) return;
    try {
      const page = await this.options.guard(store.polls.listMine({ limit: PAGE }));
      if (generation !== this.generation) return;
      this.items = page.items;
      this.next = page.next;
      this.phase = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.failure = error;
      this.phase = 'error';
      this.options.failed(error);
    }
    this.update();
  }

  render(): TemplateResult {
    const { locale, strings, format } = this.options.locale();
    if (this.editing) return this.editing.form.render();
    let body: TemplateResult;
    if (this.phase === 'loading') body = skeleton({ lines: 4, label: strings.loading });
    else if (this.phase === 'error')
      body = errorState({
        message: errorText(locale, this.failure),
        retryLabel: strings.retry,
        onRetry: () => void this.load(),
      });
    else if (this.items.length === 0)
      body = emptyState({ heading: strings.manageEmptyHeading, message: strings.manageEmptyMessage });
    else body = this.renderList(strings, format);
    return html`<section class="manage" aria-labelledby="manage-heading">
      <h2 class="manage-heading" id="manage-heading">${strings.myPolls}</h2>
      ${body}
    </section>`;
  }

  private renderList(strings: ManageStrings, format: Formatters): TemplateResult {
    const named = readPermalink('poll');
    const now = this.options.host.clock.now();
    return html`<ul class="manage-list">
        ${repeat(
          this.items,
          (poll) => poll.id,
          (poll) => {
            const open = poll.status === 'open';
            const busy = this.busy.has(poll.id);
            const heading = `mq-${poll.id}`;
            return html`<li class="manage-item card ${named === poll.id ? 'highlight' : ''}" data-poll=${poll.id}>
              <h3 class="manage-question" id=${heading} tabindex="-1">${poll.question}</h3>
              <p class="manage-meta">
                <span class="tag ${open ? 'open' : 'closed'}">${open ? strings.statusOpen : strings.statusClosed}</span>
                ${poll.anonymous ? html`<span class="tag">${strings.anonymousTag}</span>` : nothing}
                <span class="voters">${strings.voters(poll.voterCount, format)}</span>
                ${
                  open && poll.closesAt
                    ? html`<span>${closesLabel(poll.closesAt, now, strings, format)}</span>`
                    : !open && poll.closedAt
                      ? html`<span>${closedLabel(poll.closedAt, now, strings, format)}</span>`
                      : nothing
                }
              </p>
              <div class="actions" role="group" aria-labelledby=${heading}>
                ${
                  poll.viewer.canEdit
                    ? html`<button
                        type="button"
                        class="button edit"
                        aria-disabled=${busy}
                        @click=${() => this.edit(poll)}
                      >
                        ${strings.edit}
                      </button>`
                    : nothing
                }
                ${
                  open && poll.viewer.canClose
                    ? html`<button
                        type="button"
                        class="button close-poll"
                        aria-disabled=${busy}
                        @click=${() => this.askClose(poll)}
                      >
                        ${strings.closePoll}
                      </button>`
                    : nothing
                }
                <button
                  type="button"
                  class="button export"
                  aria-disabled=${busy}
                  @click=${() => void this.export(poll)}
                >
                  ${strings.exportCsv}
                </button>
                <button type="button" class="button copy-link" @click=${() => void this.options.copy(this.url(poll))}>
                  ${strings.copyLink}
                </button>
              </div>
              ${
                this.confirming === poll.id
                  ? html`<div class="confirm" role="group" aria-labelledby="confirm-${poll.id}">
                      <p id="confirm-${poll.id}">${strings.confirmClose}</p>
                      <div class="actions">
                        <button type="button" class="button danger confirm-close" @click=${() => void this.close(poll)}>
                          ${strings.confirmCloseYes}
                        </button>
                        <button type="button" class="button cancel-close" @click=${() => this.cancelClose(poll)}>
                          ${strings.cancel}
                        </button>
                      </div>
                    </div>`
                  : nothing
              }
            </li>`;
          },
        )}
      </ul>
      ${
        this.next
          ? html`<button
              type="button"
              class="button load-more"
              aria-disabled=${this.loadingMore}
              @click=${() => void this.more()}
            >
              ${this.loadingMore ? strings.loading : strings.loadMore}
            </button>`
          : nothing
      }`;
  }

  // ---------------------------------------------------------------------------- actions

  private async more(): Promise<void> {
    const store = this.options.store();
    if (!store || !this.next || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.update();
    try {
      const page = await this.options.guard(store.polls.listMine({ cursor: this.next, limit: PAGE }));
      if (generation !== this.generation) return;
      const first = page.items[0];
      const known = new Set(this.items.map((poll) => poll.id));
      this.items = [...this.items, ...page.items.filter((poll) => !known.has(poll.id))];
      this.next = page.next;
      // The button may go away: keep keyboard users where the new polls start.
      if (first) void this.focus(`#mq-${CSS.escape(first.id)}`);
    } catch (error) {
      this.fail(error);
    } finally {
      this.loadingMore = false;
      this.update();
    }
  }

  private edit(poll: Poll): void {
    if (this.busy.has(poll.id)) return;
    const store = this.options.store();
    if (!store) return;
    const form = new PollForm({
      host: this.options.host,
      locale: this.options.locale,
      capabilities: () => store.capabilities,
      poll,
      save: (draft, options) => this.options.guard(store.polls.update(poll.id, draft, options)),
      saved: (updated) => {
        this.replace(updated);
        this.editing = undefined;
        this.options.toast(this.options.locale().strings.saved, 'success');
        this.update();
        void this.focus(`[data-poll="${CSS.escape(poll.id)}"] .edit, #mq-${CSS.escape(poll.id)}`);
      },
      failed: (error) => this.options.failed(error),
      cancel: () => {
        this.editing = undefined;
        this.update();
        void this.focus(`[data-poll="${CSS.escape(poll.id)}"] .edit`);
      },
      announce: this.options.announce,
    });
    this.editing = { poll, form };
    this.update();
    void this.focus('#pf-question');
  }

  private askClose(poll: Poll): void {
    if (this.busy.has(poll.id)) return;
    this.confirming = poll.id;
    this.update();
    void this.focus(`[data-poll="${CSS.escape(poll.id)}"] .confirm-close`);
  }

  private cancelClose(poll: Poll): void {
    this.confirming = undefined;
    this.update();
    void this.focus(`[data-poll="${CSS.escape(poll.id)}"] .close-poll`);
  }

  private async close(poll: Poll): Promise<void> {
    const store = this.options.store();
    if (!store || this.busy.has(poll.id)) return;
    let key = this.closeKeys.get(poll.id);
    if (!key) this.closeKeys.set(poll.id, (key = newIdempotencyKey()));
    this.busy.add(poll.id);
    this.update();
    try {
      const closed = await this.options.guard(store.polls.close(poll.id, { idempotencyKey: key }));
      this.closeKeys.delete(poll.id);
      this.confirming = undefined;
      this.replace(closed);
      this.options.toast(this.options.locale().strings.pollClosed, 'success');
      this.options.closed(closed);
      void this.focus(`#mq-${CSS.escape(poll.id)}`);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.delete(poll.id);
      this.update();
    }
  }

  private async export(poll: Poll): Promise<void> {
    const store = this.options.store();
    if (!store || this.busy.has(poll.id)) return;
    const { strings } = this.options.locale();
    this.busy.add(poll.id);
    this.update();
    try {
      const results = await this.options.guard(store.polls.results(poll.id));
      if (!results.visible) {
        this.options.toast(strings.exportHidden, 'info');
        return;
      }
      const csv = resultsCsv(poll, results, {
        question: strings.csvQuestion,
        option: strings.csvAnswer,
        votes: strings.csvVotes,
        percentage: strings.csvShare,
      });
      downloadCsv(csvFileName(poll.question, strings.csvFallbackName), csv, this.options.host.clock);
      this.options.toast(strings.exported, 'success');
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.delete(poll.id);
      this.update();
    }
  }

  // ---------------------------------------------------------------------------- helpers

  private url(poll: Poll): string {
    return permalink('poll', poll.id, this.options.voteUrl());
  }

  private replace(poll: Poll): void {
    this.items = this.items.map((item) => (item.id === poll.id ? poll : item));
  }

  private fail(error: unknown): void {
    const { locale } = this.options.locale();
    this.options.toast(errorText(locale, toPleinError(error)), 'error');
    this.options.failed(error);
  }

  private update(): void {
    this.options.host.requestUpdate();
  }

  /** Focus after the next render (which this asks for, so the target exists by then). */
  private async focus(selector: string): Promise<void> {
    this.update();
    await this.options.host.updateComplete;
    this.options.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
