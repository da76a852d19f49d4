import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  isPleinError,
  newIdempotencyKey,
  type ChangeEvent,
  type Formatters,
  type ModerationAction,
  type ModerationItem,
  type PleinStore,
  type ReportReason,
} from '@plein/core';
import {
  avatar,
  cardSurfaceStyles,
  emptyState,
  errorState,
  errorText,
  relativeText,
  relativeTime,
  richText,
  skeleton,
} from '@plein/ui';
import { channelLabel, pageOf } from './channel-label.js';
import type { FeedHost } from './host.js';
import { moderationStrings, type ModerationStrings } from './moderation.strings.js';
import { moderationStyles } from './moderation.styles.js';
import { reasonLabels } from './report.strings.js';

export const strings = moderationStrings;
export const styles = [cardSurfaceStyles, moderationStyles];

export type QueueStatus = ModerationItem['status'];

const STATUSES: readonly QueueStatus[] = ['open', 'hidden', 'dismissed'];
const PAGE = 20;
/** After a live refresh, more changes wait this long (on the host's clock) and then refresh once. */
const REFRESH_INTERVAL = 5_000;
/** Actions after which the item belongs to another tab. */
const MOVES: readonly ModerationAction[] = ['hide', 'restore', 'dismiss'];

type Phase = 'loading' | 'ready' | 'error' | 'forbidden';

/**
 * `<plein-feed mode="moderation">`, loaded on first use: the queue of reported posts and comments
 * of the channels the viewer moderates, by status (Open / Hidden / Dismissed), a page at a time.
 * Each item shows the entry, its reports grouped by reason, and Hide / Restore / Dismiss /
 * Lock comments. New reports arrive live and are announced.
 */
export class ModerationView {
  private readonly host: FeedHost;
  private readonly channel: string | undefined;
  private status: QueueStatus = 'open';
  private phase: Phase = 'loading';
  private failure: unknown;
  private items: ModerationItem[] = [];
  private next: string | undefined;
  private loadingMore = false;
  private generation = 0;
  private readonly busy = new Set<string>();
  /** Keys kept per entry and action until the action succeeds, so a retry is the same request. */
  private readonly keys = new Map<string, string>();
  /** Who is looking, per store: their id (to skip their own live events) and whether they moderate here. */
  private viewer: { store: PleinStore; id: string; moderates: boolean } | undefined;
  private live: { store: PleinStore; stop: () => void } | undefined;
  private refreshing = false;
  private refreshAgain = false;
  private refreshTimer: unknown;
  private newReports = 0;
  private root: HTMLElement | undefined;

  constructor(host: FeedHost, options: { channel?: string } = {}) {
    this.host = host;
    this.channel = options.channel || undefined;
  }

  /** (Re)loads the first page of the current tab; replies for an older load are ignored. */
  async load(): Promise<void> {
    const store = this.host.store();
    const generation = ++this.generation;
    this.phase = 'loading';
    this.items = [];
    this.next = undefined;
    this.update();
    if (!store) return; // the element loads again once it has a store
    this.follow(store);
    try {
      const [page, moderates] = await Promise.all([this.fetch(store, PAGE), this.moderates(store)]);
      if (generation !== this.generation) return;
      this.items = page.items;
      this.next = page.next;
      // A member's queue is empty rather than refused: say why instead of "nothing to review".
      this.phase = moderates || page.items.length > 0 ? 'ready' : 'forbidden';
    } catch (error) {
      if (generation !== this.generation) return;
      this.phase = isPleinError(error) && error.code === 'forbidden' ? 'forbidden' : 'error';
      this.failure = error;
    }
    this.update();
  }

  dispose(): void {
    this.generation++;
    this.live?.stop();
    this.live = undefined;
    this.stopTimer();
  }

  render(): TemplateResult {
    const { locale } = this.host.locale();
    const s = moderationStrings[locale];
    return html`<section class="moderation" aria-labelledby="mq-heading" ${ref(this.attach)}>
      <h2 class="mq-heading" id="mq-heading">${s.heading}</h2>
      ${this.phase === 'forbidden' ? this.renderForbidden(s) : this.renderTabs(s)}
    </section>`;
  }

  // ---------------------------------------------------------------------------- rendering

  private renderForbidden(s: ModerationStrings): TemplateResult {
    return emptyState({ heading: s.forbiddenHeading, message: this.channel ? s.forbiddenChannel : s.forbiddenAll });
  }

  private renderTabs(s: ModerationStrings): TemplateResult {
    return html`<div class="mq-tabs" role="tablist" aria-label=${s.show} @keydown=${this.tabKey}>
        ${STATUSES.map(
          (status) =>
            html`<button
              type="button"
              class="mq-tab"
              role="tab"
              id="mq-tab-${status}"
              aria-selected=${status === this.status ? 'true' : 'false'}
              aria-controls="mq-panel"
              tabindex=${status === this.status ? 0 : -1}
              @click=${() => this.select(status)}
            >
              ${s.tabs[status]}
            </button>`,
        )}
      </div>
      <div class="mq-panel" id="mq-panel" role="tabpanel" aria-labelledby="mq-tab-${this.status}">
        ${this.renderPanel(s)}
      </div>`;
  }

  private renderPanel(s: ModerationStrings): TemplateResult {
    const { locale, format } = this.host.locale();
    switch (this.phase) {
      case 'loading':
        return skeleton({ lines: 4, label: s.loading });
      case 'error':
        return errorState({
          message: errorText(locale, this.failure),
          retryLabel: s.retry,
          onRetry: () => void this.load(),
        });
      default:
        if (this.items.length === 0) {
          return emptyState({ heading: s.emptyHeading[this.status], message: s.emptyMessage[this.status] });
        }
        return html`<ul class="mq-list">
            ${repeat(
              this.items,
              (item) => item.entry.id,
              (item) => this.renderItem(item, s, format),
            )}
          </ul>
          ${
            this.next
              ? html`<button
                  type="button"
                  class="button mq-more"
                  aria-disabled=${this.loadingMore ? 'true' : 'false'}
                  @click=${() => void this.more()}
                >
                  ${this.loadingMore ? s.loadingMore : s.loadMore}
                </button>`
              : nothing
          }`;
    }
  }

  private renderItem(item: ModerationItem, s: ModerationStrings, format: Formatters): TemplateResult {
    const { entry } = item;
    const author = this.host.person(entry.authorId);
    const name = author?.displayName ?? s.someone;
    const heading = `mq-${entry.id}`;
    const now = this.host.clock.now();
    const { locale } = this.host.locale();
    const post = entry.kind === 'post' ? entry : undefined;
    // A page's own conversation lives on that page, not on this one.
    const href = this.host.permalinkOf(entry, pageOf(entry.channel));
    return html`<li class="mq-item card" data-entry=${entry.id}>
      <div class="mq-head">
        ${avatar(author, { size: 'small' })}
        <div class="mq-who">
          <h3 class="mq-title" id=${heading} tabindex="-1">${post ? s.postBy(name) : s.commentBy(name)}</h3>
          <p class="mq-meta">
            ${relativeTime(entry.createdAt, now, locale)}
            ${this.channel ? nothing : html`<span class="mq-channel">${channelLabel(entry.channel, s, () => href)}</span>`}
            <span class="mq-tag">${post ? s.post : s.comment}</span>
            ${entry.hidden ? html`<span class="mq-tag hidden">${s.hiddenTag}</span>` : nothing}
            ${post?.commentsLocked ? html`<span class="mq-tag">${s.lockedTag}</span>` : nothing}
          </p>
        </div>
      </div>
      <div class="mq-text">${this.host.renderText(entry.text)}</div>
      ${
        post && post.attachments.length > 0
          ? html`<ul class="mq-images" aria-label=${s.images(post.attachments.length, format)}>
              ${post.attachments.map(
                (image) => html`<li><img class="mq-image" src=${image.url} alt=${image.alt} loading="lazy" /></li>`,
              )}
            </ul>`
          : nothing
      }
      <a class="mq-link" href=${href} aria-describedby=${heading}>${s.openInContext}</a>
      ${this.renderReports(item, s, format, now)} ${this.renderActions(item, s, heading)}
    </li>`;
  }

  private renderReports(
    item: ModerationItem,
    s: ModerationStrings,
    format: Formatters,
    now: number,
  ): TemplateResult | typeof nothing {
    // Hidden without a report (a moderator acted on their own): nothing to list.
    if (item.reports.length === 0) return nothing;
    const labels = reasonLabels[this.host.locale().locale];
    const groups = new Map<ReportReason, ModerationItem['reports']>();
    for (const report of item.reports) groups.set(report.reason, [...(groups.get(report.reason) ?? []), report]);
    // Most reported reason first.
    const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
    const nameOf = (id: string) => this.host.person(id)?.displayName ?? s.someone;
    return html`<div class="mq-reports">
      <p class="mq-reports-title">
        <strong>${s.reportsHeading(item.reports.length, format)}</strong>
        <span class="mq-first">${s.firstReported(relativeText(item.reportedAt, now, this.host.locale().locale))}</span>
      </p>
      <ul class="mq-reasons">
        ${sorted.map(
          ([reason, reports]) =>
            html`<li class="mq-reason">
              <span class="mq-reason-count">${s.reasonCount(labels[reason].label, reports.length, format)}</span>
              <span class="mq-reporters"
                >${s.reportedBy(
                  reports.map((report) => nameOf(report.by)),
                  format,
                )}</span
              >
              ${
                reports.some((report) => report.note)
                  ? html`<ul class="mq-notes">
                      ${reports.map((report) =>
                        report.note
                          ? html`<li class="mq-note">
                              <span class="mq-note-by">${s.noteBy(nameOf(report.by))}</span>
                              <span class="mq-note-text">${richText(report.note)}</span>
                            </li>`
                          : nothing,
                      )}
                    </ul>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderActions(item: ModerationItem, s: ModerationStrings, heading: string): TemplateResult {
    const { entry } = item;
    const actions: ModerationAction[] = [entry.hidden ? 'restore' : 'hide'];
    if (item.status === 'open') actions.push('dismiss');
    if (entry.kind === 'post') actions.push(entry.commentsLocked ? 'unlock' : 'lock');
    const busy = this.busy.has(entry.id);
    return html`<div class="mq-actions" role="group" aria-labelledby=${heading}>
      ${actions.map(
        (action) =>
          html`<button
            type="button"
            class="button mq-${action} ${action === 'hide' ? 'danger' : ''}"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => void this.act(item, action)}
          >
            ${s[action]}
          </button>`,
      )}
    </div>`;
  }

  // ---------------------------------------------------------------------------- tabs and paging

  private select(status: QueueStatus): void {
    if (status === this.status) return;
    this.status = status;
    void this.load();
  }

  /** Arrow keys, Home and End move between the tabs (and show the one they land on). */
  private readonly tabKey = (event: KeyboardEvent): void => {
    const at = STATUSES.indexOf(this.status);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % STATUSES.length
        : event.key === 'ArrowLeft'
          ? (at + STATUSES.length - 1) % STATUSES.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? STATUSES.length - 1
              : -1;
    const status = STATUSES[to];
    if (!status) return;
    event.preventDefault();
    this.select(status);
    void this.focus(`#mq-tab-${status}`);
  };

  private async more(): Promise<void> {
    const store = this.host.store();
    if (!store || !this.next || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.update();
    try {
      const page = await this.fetch(store, PAGE, this.next);
      if (generation !== this.generation) return;
      const known = new Set(this.items.map((item) => item.entry.id));
      const added = page.items.filter((item) => !known.has(item.entry.id));
      this.items = [...this.items, ...added];
      this.next = page.next;
      // The button may go away: keep keyboard users where the new items start.
      if (added[0]) void this.focus(`#mq-${CSS.escape(added[0].entry.id)}`);
    } catch (error) {
      this.fail(error);
    } finally {
      this.loadingMore = false;
      this.update();
    }
  }

  // ---------------------------------------------------------------------------- actions

  private async act(item: ModerationItem, action: ModerationAction): Promise<void> {
    const store = this.host.store();
    const { id } = item.entry;
    if (!store?.feed || this.busy.has(id)) return;
    const keyName = `${id}\n${action}`;
    let key = this.keys.get(keyName);
    if (!key) this.keys.set(keyName, (key = newIdempotencyKey()));
    this.busy.add(id);
    this.update();
    try {
      const entry = await this.host.guard(store.feed.moderate(id, action, { idempotencyKey: key }));
      this.keys.delete(keyName);
      const s = moderationStrings[this.host.locale().locale];
      if (MOVES.includes(action)) {
        this.leave(id);
      } else {
        this.items = this.items.map((it) => (it.entry.id === id ? { ...it, entry } : it));
        void this.focus(`[data-entry="${CSS.escape(id)}"] .mq-${action === 'lock' ? 'unlock' : 'lock'}`);
      }
      this.host.announce(s.done[action]);
    } catch (error) {
      this.fail(error);
      // Gone meanwhile (removed by its author): nothing left to moderate.
      if (isPleinError(error) && error.code === 'not-found') this.leave(id);
    } finally {
      this.busy.delete(id);
      this.update();
    }
  }

  /** Takes an item out of this tab and keeps keyboard users nearby: the next item, else the one before, else the tab. */
  private leave(id: string): void {
    const at = this.items.findIndex((item) => item.entry.id === id);
    if (at < 0) return;
    this.items = this.items.filter((item) => item.entry.id !== id);
    const near = this.items[at] ?? this.items[at - 1];
    void this.focus(near ? `#mq-${CSS.escape(near.entry.id)}` : `#mq-tab-${this.status}`);
  }

  // ---------------------------------------------------------------------------- live updates

  private follow(store: PleinStore): void {
    if (this.live?.store === store) return;
    this.live?.stop();
    const stop = store.subscribe({ kind: 'moderation' }, (event) => {
      if (this.live?.stop === stop) this.changed(event);
    });
    this.live = { store, stop };
  }

  private changed(event: ChangeEvent): void {
    // The viewer's own actions are already shown.
    if (event.actorId !== undefined && event.actorId === this.viewer?.id) return;
    if (event.type === 'reported') this.newReports++;
    if (this.phase !== 'ready' && this.phase !== 'forbidden') return;
    if (this.refreshing || this.refreshTimer !== undefined) {
      this.refreshAgain = true;
      return;
    }
    void this.refresh();
  }

  /** Fetches the loaded part of the tab again, quietly, then waits an interval before the next refresh. */
  private async refresh(): Promise<void> {
    const store = this.host.store();
    if (!store) return;
    const generation = this.generation;
    this.refreshing = true;
    this.refreshAgain = false;
    try {
      const limit = Math.min(Math.max(this.items.length, PAGE), store.capabilities.maxPageSize);
      const page = await this.fetch(store, limit);
      if (generation !== this.generation) return;
      this.items = page.items;
      this.next = page.next;
      if (page.items.length > 0) this.phase = 'ready';
      const s = moderationStrings[this.host.locale().locale];
      const added = this.newReports;
      this.newReports = 0;
      this.host.announce(added > 0 ? s.newReports(added, this.host.locale().format) : s.queueUpdated);
      this.update();
    } catch {
      // Keep showing what we have; the next change tries again.
    } finally {
      this.refreshing = false;
      if (generation === this.generation) this.waitBeforeNextRefresh();
    }
  }

  private waitBeforeNextRefresh(): void {
    this.stopTimer();
    const clock = this.host.clock;
    this.refreshTimer = clock.setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.refreshAgain) void this.refresh();
    }, REFRESH_INTERVAL);
  }

  private stopTimer(): void {
    if (this.refreshTimer !== undefined) this.host.clock.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  // ---------------------------------------------------------------------------- helpers

  private fetch(store: PleinStore, limit: number, cursor?: string) {
    if (!store.feed) return Promise.reject(new Error('no feed in this store'));
    const query = this.channel ? { channel: this.channel, status: this.status } : { status: this.status };
    return this.host.guard(store.feed.queue(query, cursor ? { cursor, limit } : { limit }));
  }

  /** Whether the viewer moderates here: the channel's own answer, or a site-wide moderator role. */
  private async moderates(store: PleinStore): Promise<boolean> {
    if (this.viewer?.store === store) return this.viewer.moderates;
    const [me, channel] = await Promise.all([
      this.host.guard(store.me()),
      this.channel && store.feed ? this.host.guard(store.feed.channel(this.channel)) : undefined,
    ]);
    const moderates = channel
      ? channel.viewer.canModerate
      : me.roles.includes('moderator') || me.roles.includes('admin');
    this.viewer = { store, id: me.id, moderates };
    return moderates;
  }

  private fail(error: unknown): void {
    this.host.toast(errorText(this.host.locale().locale, error), 'error');
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private readonly attach = (element?: Element): void => {
    this.root = element as HTMLElement | undefined;
  };

  /** Focus after the next render of the element that shows this view (a Lit element). */
  private async focus(selector: string): Promise<void> {
    this.update();
    const root = this.root?.getRootNode();
    const owner = root instanceof ShadowRoot ? (root.host as { updateComplete?: Promise<unknown> }) : undefined;
    await (owner?.updateComplete ?? Promise.resolve());
    this.root?.querySelector<HTMLElement>(selector)?.focus();
  }
}
