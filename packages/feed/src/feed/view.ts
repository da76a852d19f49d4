import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  LIMITS,
  PleinError,
  normalizeTag,
  type Channel,
  type ChangeEvent,
  type Comment,
  type FeedQuery,
  type Me,
  type PleinStore,
  type Post,
} from '@plein/core';
import { EMOJI, cardSurfaceStyles, emptyState, errorState, errorText, skeleton, Timer } from '@plein/ui';
import type { ActionsPart, CommentsPart, FeedContext, FeedEntry } from './context.js';
import { createHost } from './feed-host.js';
import { feedCatalog, type FeedStrings } from './feed.strings.js';
import { feedStyles } from './feed.styles.js';
import { tagOf } from './links.js';
import { domId, entryBody, entryHeader, reactionsBar, renderPost } from './post.js';
import type { Live, LiveView } from './live.js';
import type { FeedShell, FirstPage } from './shell.js';
import type * as ViewParts from './view-parts.js';

export { feedCatalog };

/** Past this many posts the list is virtualized, so the DOM stays small however far one scrolls. */
export const VIRTUALIZE_AFTER = 60;
/** Quiet time after the last keystroke in the search field, on the element's clock. */
export const SEARCH_DELAY_MS = 300;
/** How long an entry named by the page URL stays highlighted. */
const HIGHLIGHT_MS = 2500;
/** Relative times ("5 minutes ago") are brought up to date this often. */
const TICK_MS = 60_000;

/**
 * What opens on demand is a chunk of its own, loaded on first use with its strings and styles:
 * the comments, the menus (edit, delete, pin, who reacted), the virtualizer and the report
 * dialog. The composer and the live half (live updates, permalinks) are fetched alongside the
 * first page.
 */
const PARTS = {
  composer: () => import('./composer.js'),
  comments: () => import('./comments.js'),
  actions: () => import('./actions.js'),
  virtual: () => import('./virtual-list.js'),
  report: () => import('./report.js'),
  live: () => import('./live.js'),
};
type PartName = keyof typeof PARTS;
type Parts = { [K in PartName]?: Awaited<ReturnType<(typeof PARTS)[K]>> };
type Composer = InstanceType<NonNullable<Parts['composer']>['Composer']>;
type ReportDialog = InstanceType<NonNullable<Parts['report']>['ReportDialog']>;
type Phase = 'loading' | 'ready' | 'error';

/**
 * The feed: toolbar (search, tag filter), composer, pinned posts, the timeline with its
 * "N new posts" pill and "Load more", live updates, permalinks, and the parts loaded on demand.
 * A chunk of its own, fetched by `<plein-feed>` in the same tick as the first page of posts.
 */
export class FeedView implements LiveView {
  // Read and written by the live half too (live.ts).
  posts: Post[] = [];
  pinnedPosts: Post[] = [];
  /** Posts from others that arrived since the list was shown, waiting behind the pill. */
  fresh: Post[] = [];
  /** The post a permalink names when it is not in the list. */
  linked: Post | undefined;
  linkMissing = false;
  activeTag = '';
  /** Bumped by every reload, so answers meant for an earlier one are dropped. */
  generation = 0;
  readonly ctx: FeedContext;

  private phase: Phase = 'loading';
  private failure: unknown;
  private next: string | undefined;
  private loadingMore = false;
  private moreFailure: unknown;
  private searchText = '';
  private search = '';
  private viewer: Me | undefined;
  private channelInfo: Channel | undefined;
  private highlightId: string | undefined;
  private openThreads = new Set<string>();
  private store: PleinStore | undefined;
  private parts: Parts = {};
  private partFailures: Partial<Record<PartName, unknown>> = {};
  private readonly partLoads = new Map<PartName, Promise<void>>();
  private live: Live | undefined;
  /** The channel's changes, followed from the first render; the live half handles them once loaded. */
  private following: { stop: () => void; missed: ChangeEvent[] } | undefined;
  private composer: Composer | undefined;
  private commentsPart: CommentsPart | undefined;
  private actionsPart: ActionsPart | undefined;
  private report: ReportDialog | undefined;

  private readonly searchTimer: Timer;
  private readonly highlightTimer: Timer;
  private readonly tickTimer: Timer;
  private readonly host: ReturnType<typeof createHost>;
  private readonly reactions: ViewParts.Reactions;
  /** The keyboard on the list (`list-keys.ts`). */
  private readonly listKeyed: (event: KeyboardEvent) => void;

  /** `parts`: the chunk fetched with this one (`view-parts.ts`). */
  constructor(
    private readonly shell: FeedShell,
    parts: typeof ViewParts,
  ) {
    const clock = () => shell.clock;
    this.searchTimer = new Timer(clock);
    this.highlightTimer = new Timer(clock);
    this.tickTimer = new Timer(clock);
    this.host = createHost(shell);
    this.ctx = this.context();
    this.reactions = new parts.Reactions(this.ctx);
    this.listKeyed = (event) => parts.listKeyed(event, this.root);
    shell.adopt([cardSurfaceStyles, feedStyles]);
  }

  /** The host with what the feed's own parts need on top (see `FeedContext`). */
  private context(): FeedContext {
    const extras: Omit<FeedContext, keyof ReturnType<typeof createHost>> = {
      strings: () => this.strings,
      me: () => this.viewer,
      channel: () => this.channel,
      emit: (name, detail) => this.shell.emit(name, detail),
      errorText: (error) => this.errorText(error),
      focus: (selector) => this.focus(selector),
      replaced: (entry) => this.replaced(entry),
      removed: (entry) => this.removed(entry),
      postCreated: (post) => this.postCreated(post),
      commentCreated: (comment) => this.commentCreated(comment),
      reactionsOf: (entry) => this.reactions.of(entry),
      react: (entry, reaction) => void this.reactions.toggle(entry, reaction),
      actions: () => this.actionsPart,
      openMenu: (entry, trigger) => void this.withActions((part) => part.openMenu(entry, trigger)),
      openReactors: (entry, trigger) => void this.withActions((part) => part.openReactors(entry, trigger)),
      openReport: (entry, returnFocusTo) => void this.openReport(entry, returnFocusTo),
      highlighted: () => this.highlightId,
      entryHeader: (entry) => entryHeader(this.ctx, entry),
      entryBody: (entry) => entryBody(this.ctx, entry),
      reactionsBar: (entry) => reactionsBar(this.ctx, entry),
      domId,
      emoji: (reaction) => EMOJI[reaction],
    };
    // On top of the host, not a copy of it: its `clock` getter stays live.
    return Object.assign(Object.create(this.host) as ReturnType<typeof createHost>, extras);
  }

  get strings(): FeedStrings {
    return this.shell.strings(feedCatalog);
  }

  get channel(): string {
    return this.shell.config().channel;
  }

  get limit(): number {
    return this.shell.config().limit;
  }

  get query(): FeedQuery {
    const query: FeedQuery = { channel: this.channel };
    if (this.activeTag) query.tag = this.activeTag;
    if (this.search) query.search = this.search;
    return query;
  }

  get ready(): boolean {
    return this.phase === 'ready';
  }

  get filtered(): boolean {
    return Boolean(this.activeTag || this.search);
  }

  private get canPost(): boolean {
    return this.channelInfo?.viewer.canPost ?? true;
  }

  update(): void {
    this.shell.element.requestUpdate();
  }

  // ---------------------------------------------------------------------------- loading

  /** Starts over for a new store or configuration; `first` is the first page, already asked for. */
  start(store: PleinStore | undefined, first?: FirstPage): void {
    this.stop();
    if (store !== this.store) this.host.people.clear();
    this.store = store;
    this.linked = undefined;
    this.linkMissing = false;
    this.activeTag = this.shell.config().tag;
    this.search = this.searchText = '';
    this.reload(first);
  }

  /** Leaves the page: no live updates, timers or listeners. */
  stop(): void {
    this.generation++;
    this.searchTimer.stop();
    this.highlightTimer.stop();
    this.tickTimer.stop();
    this.unfollow();
  }

  private follow(store: PleinStore): void {
    this.unfollow();
    const following = {
      missed: [] as ChangeEvent[],
      stop: store.subscribe({ kind: 'feed', channel: this.channel }, (event) => {
        if (this.following !== following) return;
        if (this.live) this.live.changed(event);
        else following.missed.push(event);
      }),
    };
    this.following = following;
  }

  private unfollow(): void {
    this.following?.stop();
    this.following = undefined;
    this.live?.stop();
  }

  /** Shows the first page of the current channel and filters. */
  private reload(first?: FirstPage): void {
    const generation = ++this.generation;
    this.unfollow();
    this.phase = 'loading';
    this.fresh = [];
    this.failure = this.moreFailure = undefined;
    this.loadingMore = false;
    this.update();
    if (this.composer && this.composer.channel !== this.channel) {
      this.composer.dispose();
      this.composer = undefined;
    }
    if (this.store) void this.load(this.store, generation, first);
  }

  private async load(store: PleinStore, generation: number, first?: FirstPage): Promise<void> {
    const guard = <T>(call: Promise<T>) => this.shell.guard(call);
    try {
      const feed = store.feed;
      if (!feed) throw new PleinError('unavailable', { reason: 'no-feed' });
      const { channel, limit, query } = this;
      const prefetched =
        first?.store === store && first.channel === channel && first.limit === limit && first.tag === (query.tag ?? '')
          ? first.page
          : undefined;
      // Fetched alongside the first page, so live updates start as soon as it is shown.
      void this.loadPart('composer');
      void this.loadPart('live');
      const [page, pinned, me, info] = await Promise.all([
        query.search ? guard(feed.list(query, { limit })) : (prefetched ?? guard(feed.list(query, { limit }))),
        this.filtered ? [] : guard(feed.pinned(channel)).catch(() => []),
        guard(store.me()).catch(() => undefined),
        guard(feed.channel(channel)).catch(() => undefined),
      ]);
      if (generation !== this.generation) return;
      this.posts = page.items;
      this.next = page.next;
      this.pinnedPosts = pinned;
      this.viewer = me;
      this.channelInfo = info;
      this.phase = 'ready';
      this.follow(store);
      this.tick();
      if (this.posts.length > VIRTUALIZE_AFTER) void this.loadPart('virtual');
      this.update();
      this.shell.emit('plein-load', { channel });
      void this.loadPart('live').then(() => {
        const part = this.parts.live;
        if (!part || generation !== this.generation) return;
        (this.live ??= new part.Live(this)).start(store, this.following?.missed.splice(0) ?? []);
      });
    } catch (error) {
      if (generation !== this.generation) return;
      this.phase = 'error';
      this.failure = error;
      this.host.failed(error);
      this.update();
    }
  }

  private async more(): Promise<void> {
    const feed = this.store?.feed;
    if (!feed || !this.next || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.moreFailure = undefined;
    this.update();
    try {
      const page = await this.shell.guard(feed.list(this.query, { cursor: this.next, limit: this.limit }));
      if (generation !== this.generation) return;
      const known = new Set(this.posts.map((post) => post.id));
      const added = page.items.filter((post) => !known.has(post.id));
      this.posts = [...this.posts, ...added];
      this.next = page.next;
      if (this.posts.length > VIRTUALIZE_AFTER) await this.loadPart('virtual');
      // The button may go away: keep keyboard users where the new posts start.
      if (added[0]) void this.reveal(added[0].id, false);
    } catch (error) {
      if (generation !== this.generation) return;
      this.moreFailure = error;
      this.host.failed(error);
    } finally {
      if (generation === this.generation) this.loadingMore = false;
      this.update();
    }
  }

  /** Loads a part's code once and adopts its styles; a failed load can be tried again. */
  private loadPart(name: PartName): Promise<void> {
    let loading = this.partLoads.get(name);
    if (!loading) {
      delete this.partFailures[name];
      loading = PARTS[name]().then(
        (part) => {
          if ('styles' in part) this.shell.adopt(part.styles as CSSResultGroup);
          this.parts = { ...this.parts, [name]: part };
          this.update();
        },
        (error: unknown) => {
          this.partLoads.delete(name);
          this.partFailures[name] = error;
          this.host.failed(error);
          this.update();
        },
      );
      this.partLoads.set(name, loading);
    }
    return loading;
  }

  // ---------------------------------------------------------------------------- live updates

  /** Re-renders every minute while shown, so "5 minutes ago" stays true. */
  private readonly tick = (): void => {
    this.tickTimer.start(TICK_MS, this.tick);
    this.update();
  };

  // ---------------------------------------------------------------------------- entries changed

  replaced(entry: FeedEntry): void {
    if (entry.kind === 'comment') return this.commentsPart?.replace(entry);
    const swap = (list: Post[]) => list.map((post) => (post.id === entry.id ? entry : post));
    this.posts = swap(this.posts);
    this.fresh = swap(this.fresh);
    if (this.linked?.id === entry.id) this.linked = entry;
    // A pin or unpin moves the post in or out of the pinned list.
    const wasPinned = this.pinnedPosts.some((post) => post.id === entry.id);
    if (wasPinned || entry.pin) {
      this.pinnedPosts = !entry.pin
        ? this.pinnedPosts.filter((post) => post.id !== entry.id)
        : wasPinned
          ? swap(this.pinnedPosts)
          : [entry, ...this.pinnedPosts];
      this.live?.refresh('');
    }
    this.update();
  }

  removed(entry: FeedEntry): void {
    if (entry.kind === 'comment') {
      this.commentsPart?.remove(entry);
      if (this.findPost(entry.postId)) this.live?.refresh(entry.postId);
      return;
    }
    const keep = (list: Post[]) => list.filter((post) => post.id !== entry.id);
    this.posts = keep(this.posts);
    this.fresh = keep(this.fresh);
    this.pinnedPosts = keep(this.pinnedPosts);
    if (this.linked?.id === entry.id) this.linked = undefined;
    this.commentsPart?.close(entry.id);
    this.openThreads.delete(entry.id);
    this.update();
  }

  private postCreated(post: Post): void {
    this.posts = [post, ...this.posts.filter((p) => p.id !== post.id)];
    this.phase = 'ready';
    // It may land far below the composer (under pinned posts, on a phone): show and mark it, but
    // leave focus in the composer, where people may go on writing.
    void this.highlight(post.id, false);
    this.shell.emit('plein-post-created', { post });
  }

  private commentCreated(comment: Comment): void {
    const post = this.findPost(comment.postId);
    if (post) this.replaced({ ...post, commentCount: post.commentCount + 1 });
    this.shell.emit('plein-comment-created', { comment });
  }

  findPost(id: string): Post | undefined {
    return [...this.posts, ...this.pinnedPosts, ...this.fresh, this.linked].find((post) => post?.id === id);
  }

  // ---------------------------------------------------------------------------- menus, comments, report

  private async withActions(run: (part: ActionsPart) => void): Promise<void> {
    await this.loadPart('actions');
    const part = this.parts.actions;
    if (!part) return this.partToast();
    this.actionsPart ??= new part.Actions(this.ctx);
    run(this.actionsPart);
  }

  private async openReport(entry: FeedEntry, returnFocusTo?: HTMLElement): Promise<void> {
    await this.loadPart('report');
    const part = this.parts.report;
    if (!part) return this.partToast();
    this.report ??= new part.ReportDialog(this.ctx, {
      // Marked at once, so the menu says "Reported" without waiting for a refetch.
      reported: (done) => this.replaced({ ...done, viewer: { ...done.viewer, reported: true, canReport: false } }),
    });
    this.report.open(entry, returnFocusTo);
  }

  private partToast(): void {
    this.shell.toast(this.strings.partFailed, 'error');
  }

  private async comments(): Promise<CommentsPart | undefined> {
    await this.loadPart('comments');
    const part = this.parts.comments;
    if (part) this.commentsPart ??= new part.Comments(this.ctx);
    return this.commentsPart;
  }

  threadChanged(postId: string): void {
    this.commentsPart?.refresh(postId);
  }

  async openThread(post: Post, path: string[]): Promise<boolean> {
    this.openThreads.add(post.id);
    this.update();
    const part = await this.comments();
    await part?.open(post, path);
    return Boolean(part?.find(path[path.length - 1]!));
  }

  private async toggleComments(post: Post): Promise<void> {
    if (this.openThreads.delete(post.id)) {
      this.commentsPart?.close(post.id);
      return this.update();
    }
    this.openThreads.add(post.id);
    this.update();
    const part = await this.comments();
    if (!part) return;
    await part.open(post);
    // Nothing to read yet: straight to writing.
    if (!post.commentCount && !post.commentsLocked) void this.focus(`#${domId(post.id)} .thread textarea`);
  }

  private renderThread(post: Post): TemplateResult {
    if (this.commentsPart) return this.commentsPart.render(post);
    return this.partFailures.comments !== undefined
      ? this.partError(() => void this.comments().then((part) => part?.open(post)))
      : skeleton({ lines: 2, label: this.strings.loadingComments });
  }

  private partError(retry: () => void): TemplateResult {
    return html`<div class="part-error" role="alert">
      <span>${this.strings.partFailed}</span>
      <button type="button" class="button subtle" @click=${retry}>${this.strings.retry}</button>
    </div>`;
  }

  // ---------------------------------------------------------------------------- filters

  private readonly searchTyped = (event: Event): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    this.searchTimer.start(SEARCH_DELAY_MS, () => this.applySearch());
  };

  private readonly searchSubmitted = (event: Event): void => {
    event.preventDefault();
    this.searchTimer.stop();
    this.applySearch();
  };

  private applySearch(): void {
    const search = this.searchText.trim();
    if (search === this.search) return;
    this.search = search;
    this.reload();
  }

  setTag(tag: string): void {
    this.activeTag = normalizeTag(tag);
    this.reload();
    void this.focus('.chip');
  }

  private readonly removeTag = (): void => {
    this.activeTag = '';
    this.reload();
    void this.focus('#search');
  };

  /** A click on a hashtag filters this feed instead of following the link. */
  private readonly listClicked = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = event
      .composedPath()
      .find(
        (node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.classList.contains('rich-tag'),
      );
    const tag = link && tagOf(link.href);
    if (!tag) return;
    event.preventDefault();
    this.setTag(tag);
  };

  // ---------------------------------------------------------------------------- permalinks

  /** Brings an entry into view, focuses it (unless `focus` is false) and marks it for a moment. */
  async highlight(id: string, focus = true): Promise<void> {
    this.highlightId = id;
    this.highlightTimer.start(HIGHLIGHT_MS, () => {
      this.highlightId = undefined;
      this.update();
    });
    await this.reveal(id, focus, focus);
  }

  /** Scrolls an entry into view (through the virtualizer if it is not rendered) and focuses it. */
  async reveal(id: string, center: boolean, focus = true): Promise<void> {
    this.update();
    await this.shell.element.updateComplete;
    const find = () => this.root.querySelector<HTMLElement>(`#${domId(id)}`);
    let target = find();
    const index = this.posts.findIndex((post) => post.id === id);
    const list = this.root.querySelector<HTMLElement>('[role="feed"]');
    const virtual = this.parts.virtual;
    if (!target && index >= 0 && list && virtual && this.posts.length > VIRTUALIZE_AFTER) {
      // The virtualizer starts and renders the item within a few frames.
      let asked = false;
      for (let frame = 0; frame < 30 && !target; frame++) {
        if (!asked || frame % 10 === 0) asked = virtual.scrollToIndex(list, index);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        target = find();
      }
    }
    if (!target) return;
    if (focus) target.focus({ preventScroll: true });
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: center ? 'center' : 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }

  // ---------------------------------------------------------------------------- helpers

  private get root(): ParentNode {
    return this.shell.element.renderRoot;
  }

  private errorText(error: unknown): string {
    return errorText(this.shell.locale().locale, error);
  }

  /** After the next render (which this asks for): focus the first match of `selector`. */
  private async focus(selector: string): Promise<boolean> {
    this.update();
    await this.shell.element.updateComplete;
    const target = this.root.querySelector<HTMLElement>(selector);
    target?.focus();
    return Boolean(target);
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    return html`<section class="feed" part="base" aria-label=${this.strings.region}>
        ${this.renderToolbar()} ${this.renderComposer()} ${this.renderBody()}
      </section>
      ${this.report?.render() ?? nothing}`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.strings;
    return html`<div class="toolbar" part="toolbar">
      <form class="search" role="search" @submit=${this.searchSubmitted}>
        <label class="visually-hidden" for="search">${t.search}</label>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M10.5 10.5L14 14" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
        <input
          id="search"
          type="search"
          autocomplete="off"
          maxlength=${LIMITS.feedSearch}
          placeholder=${t.search}
          .value=${this.searchText}
          @input=${this.searchTyped}
        />
      </form>
      ${
        this.activeTag
          ? html`<ul class="chips" aria-label=${t.filters}>
              <li>
                <button type="button" class="chip" aria-label=${t.removeTag(this.activeTag)} @click=${this.removeTag}>
                  #${this.activeTag}
                  <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                    <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
                  </svg>
                </button>
              </li>
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderComposer(): TemplateResult | typeof nothing {
    if (!this.store?.feed || !this.canPost || this.phase === 'error') return nothing;
    const part = this.parts.composer;
    if (part) return (this.composer ??= new part.Composer(this.ctx)).render();
    return this.partFailures.composer !== undefined ? this.partError(() => void this.loadPart('composer')) : nothing;
  }

  /**
   * The timeline without the pinned and the linked post, worked out again only when one of them
   * changed: with 100,000 posts loaded, filtering on every render (and handing the virtualizer a
   * new array each time) made every render cost a pass over all of them.
   */
  private timeline(): { pinnedIds: Set<string>; linked: Post | undefined; posts: Post[] } {
    const inputs = [this.posts, this.pinnedPosts, this.filtered, this.linked] as const;
    const cached = this.timelineCache;
    if (cached && cached.inputs.every((input, i) => input === inputs[i])) return cached.result;
    const pinnedIds = new Set(this.filtered ? [] : this.pinnedPosts.map((post) => post.id));
    const linked =
      this.linked && !this.posts.includes(this.linked) && !pinnedIds.has(this.linked.id) ? this.linked : undefined;
    const posts = this.posts.filter((post) => !pinnedIds.has(post.id) && post.id !== linked?.id);
    this.timelineCache = { inputs, result: { pinnedIds, linked, posts } };
    return this.timelineCache.result;
  }
  private timelineCache?: {
    inputs: readonly unknown[];
    result: { pinnedIds: Set<string>; linked: Post | undefined; posts: Post[] };
  };

  private renderBody(): TemplateResult {
    const t = this.strings;
    if (this.phase === 'loading') return skeleton({ lines: 6, label: t.loading });
    if (this.phase === 'error') {
      return errorState({ message: this.errorText(this.failure), retryLabel: t.retry, onRetry: () => this.reload() });
    }
    const { pinnedIds, linked, posts } = this.timeline();
    return html`${
      this.linkMissing
        ? html`<div class="notice missing" role="status">
            <p class="state-heading">${t.notFoundHeading}</p>
            <p>${t.notFoundMessage}</p>
          </div>`
        : nothing
    }
    ${linked ? html`<section class="linked" aria-label=${t.linked}>${this.renderOne(linked)}</section>` : nothing}
    ${
      pinnedIds.size
        ? html`<section class="pinned" aria-labelledby="pinned-heading">
            <h2 class="section-heading" id="pinned-heading">${t.pinnedHeading}</h2>
            ${repeat(
              this.pinnedPosts,
              (post) => post.id,
              (post) => this.renderOne(post),
            )}
          </section>`
        : nothing
    }
    ${this.live?.renderPill() ?? nothing}
    ${posts.length ? this.renderList(posts) : pinnedIds.size || linked ? nothing : this.renderEmpty()}
    ${this.renderMore(posts.length > 0)}`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.strings;
    if (this.filtered) return emptyState({ heading: t.noMatchHeading, message: t.noMatchMessage });
    return emptyState({ heading: t.emptyHeading, message: t.emptyMessage });
  }

  private renderList(posts: Post[]): TemplateResult {
    const size = this.next ? -1 : posts.length;
    const item = (post: Post, index: number) => this.renderOne(post, index + 1, size);
    const long = this.posts.length > VIRTUALIZE_AFTER;
    if (long && !this.parts.virtual) void this.loadPart('virtual');
    const virtual = long ? this.parts.virtual : undefined;
    return html`<div
      class="list ${virtual ? 'virtual' : ''}"
      role="feed"
      aria-label=${this.strings.posts}
      aria-busy=${this.loadingMore ? 'true' : 'false'}
      @click=${this.listClicked}
      @keydown=${this.listKeyed}
    >
      ${virtual ? virtual.virtualList(posts, (post) => post.id, item) : repeat(posts, (post) => post.id, item)}
    </div>`;
  }

  private renderOne(post: Post, position?: number, size?: number): TemplateResult {
    const open = this.openThreads.has(post.id);
    return renderPost(this.ctx, post, {
      position,
      size,
      commentsOpen: open,
      thread: open ? this.renderThread(post) : nothing,
      toggleComments: (p) => void this.toggleComments(p),
    });
  }

  private renderMore(any: boolean): TemplateResult | typeof nothing {
    const t = this.strings;
    if (!this.next) return any ? html`<p class="end">${t.end}</p>` : nothing;
    return html`<div class="more-bar">
      ${this.moreFailure ? html`<p class="field-error" role="alert">${this.errorText(this.moreFailure)}</p>` : nothing}
      <button
        type="button"
        class="button load-more"
        aria-disabled=${this.loadingMore ? 'true' : 'false'}
        @click=${() => void this.more()}
      >
        ${this.loadingMore ? t.loadingMore : t.loadMore}
      </button>
    </div>`;
  }
}
