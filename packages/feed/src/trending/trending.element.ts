import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LIMITS,
  toPleinError,
  type ChangeEvent,
  type PleinError,
  type PleinStore,
  type TrendingTag,
} from '@plein/core';
import {
  PleinElement,
  emptyState,
  errorState,
  errorText,
  permalink,
  skeleton,
  uiStrings,
  ClockTimer,
  StoreTimeouts,
} from '@plein/ui';
import { trendingCatalog, type TrendingPeriod, type TrendingStrings } from './trending.strings.js';
import { trendingStyles } from './trending.styles.js';

export type { TrendingPeriod };

/** `plein-load`: the list was loaded and is shown (lifecycle). */
export interface PleinTrendingLoadDetail {
  tags: TrendingTag[];
}

/** `plein-error`: a store call failed; the element shows a localized message (lifecycle). */
export interface PleinTrendingErrorDetail {
  error: PleinError;
}

const DAY = 24 * 60 * 60 * 1000;
const PERIODS: Record<TrendingPeriod, number> = { day: DAY, week: 7 * DAY, month: 30 * DAY };
const DEFAULT_LIMIT = 5;
/** Live changes refetch at most this often: a busy channel never turns into a stream of requests. */
const REFRESH_INTERVAL = 30_000;
/** Changes that can alter which tags are used (reactions and reports cannot). */
const RELEVANT: readonly ChangeEvent['type'][] = ['created', 'updated', 'deleted', 'commented', 'moderated'];

type Phase = 'loading' | 'ready' | 'error' | 'unsupported';

/**
 * A sidebar of the hashtags used most in a period, with how often each was used and whether it
 * is rising against the period before. Each tag links to the feed filtered by it
 * (`#plein-tag=TAG` on the `feed-url` page, or on this page).
 *
 * @summary Trending hashtags: the most used tags of a period, rising or falling.
 *
 * @attr channel - The channel to count in; absent counts every channel.
 * @attr period - `day`, `week` (default) or `month`, ending now.
 * @attr limit - How many tags to show (1 to 20, default 5).
 * @attr feed-url - The page with the `<plein-feed>` the tags link to; defaults to this page.
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {PleinStore} store - The store to use (inherited); wins over a `<plein-provider>` and the page default.
 * @prop {Clock} clock - Time source for the period and live refreshes (inherited); tests pass a `ManualClock`.
 *
 * @fires plein-load - `{tags}` when the list has loaded and is shown.
 * @fires plein-error - `{error}` (a PleinError) when loading failed; the element shows a localized message.
 *
 * @csspart base - The section around the title and the list.
 * @csspart title - The title ("Trending this week").
 * @csspart list - The ordered list of tags.
 * @csspart item - One tag's row.
 * @csspart tag - A tag's link.
 * @csspart trend - The rising / falling / new marker of a tag.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state with its retry button.
 *
 * @cssprop --plein-accent - Tag links and the "new" marker.
 * @cssprop --plein-surface - Background.
 * @cssprop --plein-text - Main text colour.
 * @cssprop --plein-text-muted - Ranks and counts.
 * @cssprop --plein-border - Lines between the rows.
 * @cssprop --plein-success - A rising tag's marker.
 * @cssprop --plein-danger - A falling tag's marker.
 * @cssprop --plein-focus-ring - Focus outline colour.
 */
export class PleinTrending extends PleinElement {
  static override styles = [PleinElement.styles, trendingStyles];

  /** The channel to count in; absent counts every channel. */
  @property() channel?: string;

  /** `day`, `week` or `month`, ending now. */
  @property({ reflect: true }) period: TrendingPeriod = 'week';

  /** How many tags to show (1 to 20). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** The page the tags link to (its `<plein-feed>` filters by the tag); defaults to this page. */
  @property({ attribute: 'feed-url' }) feedUrl?: string;

  @state() private phase: Phase = 'loading';
  @state() private tags: TrendingTag[] = [];
  @state() private failure?: unknown;

  private generation = 0;
  private loaded: { store: PleinStore | undefined; key: string } | undefined;
  private catchUp = false;
  private live: { store: PleinStore; channel: string; stop: () => void } | undefined;
  /** Store calls race the element's clock (a call that hangs fails as `unavailable`). */
  private readonly timeouts = new StoreTimeouts(this);
  /** Live refresh throttle: the interval's timer, whether it runs, and whether a change waits for its end. */
  private readonly refreshTimer = new ClockTimer(this);
  private throttled = false;
  private refreshWaiting = false;

  constructor() {
    super();
    // The list waits (skeleton) until the strings of its language are here.
    this.i18n.use(trendingCatalog);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: catch up quietly and follow live changes again.
    if (this.hasUpdated) {
      this.catchUp = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow();
    // The timers stop themselves (controllers); forget the interval they measured.
    this.throttled = false;
    this.refreshWaiting = false;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The store controller has resolved the store by now (it runs before update).
    const store = this.storeRef.value;
    const key = `${this.channel ?? ''}\n${this.currentPeriod}\n${this.currentLimit}`;
    const changedQuery = !this.loaded || this.loaded.store !== store || this.loaded.key !== key;
    if (changedQuery || this.catchUp) {
      // The same list again (back on the page) refreshes quietly, without a skeleton.
      const quiet = !changedQuery && this.phase === 'ready';
      this.catchUp = false;
      this.loaded = { store, key };
      void this.load(store, quiet);
    }
    super.update(changed);
  }

  protected override updated(): void {
    const following = this.isConnected && (this.phase === 'ready' || this.phase === 'loading');
    this.follow(following ? this.storeRef.value : undefined, this.channel || undefined);
  }

  // ---------------------------------------------------------------------------- loading

  private get currentPeriod(): TrendingPeriod {
    return Object.hasOwn(PERIODS, this.period) ? this.period : 'week';
  }

  private get currentLimit(): number {
    const limit = Math.floor(Number(this.limit));
    return Number.isFinite(limit) && limit >= 1 ? Math.min(limit, LIMITS.trending) : DEFAULT_LIMIT;
  }

  private get strings(): TrendingStrings {
    return this.i18n.strings(trendingCatalog);
  }

  /** Fetches the period ending now; a quiet load keeps showing the list (and keeps it on failure). */
  private async load(store: PleinStore | undefined, quiet = false): Promise<void> {
    const generation = ++this.generation;
    if (!quiet) {
      this.phase = 'loading';
      this.failure = undefined;
    }
    if (!store) return;
    const feed = store.feed;
    if (!feed) {
      this.phase = 'unsupported';
      return;
    }
    // The period ends just after now (`to` is exclusive), so a tag used this very moment counts.
    const end = this.clock.now() + 1;
    const query = {
      from: new Date(end - PERIODS[this.currentPeriod]).toISOString(),
      to: new Date(end).toISOString(),
      limit: this.currentLimit,
      ...(this.channel ? { channel: this.channel } : {}),
    };
    try {
      // Shown (and announced with plein-load) once the strings of its language are here too.
      const [tags] = await Promise.all([this.timeouts.guard(feed.trending(query)), this.i18n.load()]);
      if (generation !== this.generation) return;
      this.tags = tags.slice(0, this.currentLimit);
      this.phase = 'ready';
      if (!quiet) this.emit('plein-load', { tags: this.tags });
    } catch (error) {
      if (generation !== this.generation || quiet) return;
      this.phase = 'error';
      this.failure = error;
      this.emit('plein-error', { error: toPleinError(error) });
    }
  }

  private readonly retry = (): void => {
    this.loaded = undefined;
    this.requestUpdate();
  };

  // ---------------------------------------------------------------------------- live updates

  /** Subscribes to the channel's changes (every channel has no topic: that list refreshes on load only). */
  private follow(store: PleinStore | undefined, channel: string | undefined): void {
    if (this.live && this.live.store === store && this.live.channel === channel) return;
    this.unfollow();
    if (!store?.feed || !channel) return;
    const stop = store.subscribe({ kind: 'feed', channel }, (event) => {
      // A late event from a topic we left is not ours any more.
      if (this.live?.stop === stop && RELEVANT.includes(event.type)) this.changed();
    });
    this.live = { store, channel, stop };
  }

  private unfollow(): void {
    this.live?.stop();
    this.live = undefined;
  }

  /** The first change refetches at once; more within the interval make one refetch at its end. */
  private changed(): void {
    if (this.throttled) {
      this.refreshWaiting = true;
      return;
    }
    if (this.phase === 'ready') void this.load(this.storeRef.value, true);
    this.throttled = true;
    this.refreshTimer.start(REFRESH_INTERVAL, () => {
      this.throttled = false;
      if (!this.refreshWaiting) return;
      this.refreshWaiting = false;
      this.changed();
    });
  }

  private emit<K extends 'plein-load' | 'plein-error'>(
    name: K,
    detail: K extends 'plein-load' ? PleinTrendingLoadDetail : PleinTrendingErrorDetail,
  ): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  // ---------------------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    if (!this.i18n.ready) return skeleton({ label: this.i18n.strings(uiStrings).loading });
    const { strings } = this;
    return html`<section class="trending" part="base" aria-labelledby="trending-title">
      <h2 class="title" id="trending-title" part="title">${strings.title[this.currentPeriod]}</h2>
      ${this.renderBody(strings)}
    </section>`;
  }

  private renderBody(strings: TrendingStrings): TemplateResult {
    switch (this.phase) {
      case 'loading':
        return skeleton({ lines: Math.min(this.currentLimit, 5), label: strings.loading });
      case 'unsupported':
        return emptyState({ heading: strings.unsupportedHeading, message: strings.unsupportedMessage });
      case 'error':
        return errorState({
          message: errorText(this.i18n.locale, this.failure),
          retryLabel: strings.retry,
          onRetry: this.retry,
        });
      case 'ready':
        return this.tags.length === 0
          ? emptyState({ heading: strings.emptyHeading[this.currentPeriod], message: strings.emptyMessage })
          : html`<ol class="list" part="list" aria-labelledby="trending-title">
              ${this.tags.map((tag, i) => this.renderTag(tag, i + 1, strings))}
            </ol>`;
    }
  }

  private renderTag(tag: TrendingTag, rank: number, strings: TrendingStrings): TemplateResult {
    const { format } = this.i18n;
    return html`<li class="item" part="item">
      <span class="rank" aria-hidden="true">${format.number(rank)}</span>
      <span class="body">
        <a class="tag" part="tag" href=${permalink('tag', tag.tag, this.feedUrl || undefined)}>#${tag.tag}</a>
        <span class="uses">${strings.uses(tag.count, format)}</span>
      </span>
      ${this.renderTrend(tag, strings)}
    </li>`;
  }

  /** Rising, falling, new or the same: said in words (and arrows), never by colour alone. */
  private renderTrend({ count, previous }: TrendingTag, strings: TrendingStrings): TemplateResult {
    const { format } = this.i18n;
    const before = strings.previous[this.currentPeriod];
    if (previous === 0) return html`<span class="trend new" part="trend">${strings.newMark}</span>`;
    const [kind, mark, words] =
      count > previous
        ? ['up', strings.risingMark(count - previous, format), strings.more(count - previous, format, before)]
        : count < previous
          ? ['down', strings.fallingMark(previous - count, format), strings.fewer(previous - count, format, before)]
          : ['same', strings.steadyMark, strings.same(before)];
    return html`<span class="trend ${kind}" part="trend">
      <span aria-hidden="true">${mark}</span> <span class="visually-hidden">${words}</span>
    </span>`;
  }
}
