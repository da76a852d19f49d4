import { css, html, nothing, type TemplateResult } from 'lit';
import { isPleinError, normalizeTag, type ChangeEvent, type FeedQuery, type PleinStore, type Post } from '@plein/core';
import { readPermalink, Timer } from '@plein/ui';
import type { FeedContext, FeedEntry } from './context.js';
import type { FeedStrings } from './feed.strings.js';
import { namedPath } from './links.js';

/** What the live half needs from the feed view (which implements it). */
export interface LiveView {
  readonly ctx: FeedContext;
  /** Bumped by every reload: answers for an older one are dropped. */
  readonly generation: number;
  readonly ready: boolean;
  readonly channel: string;
  readonly query: FeedQuery;
  readonly limit: number;
  readonly filtered: boolean;
  readonly activeTag: string;
  readonly strings: FeedStrings;
  posts: Post[];
  fresh: Post[];
  pinnedPosts: Post[];
  linked: Post | undefined;
  linkMissing: boolean;
  findPost(id: string): Post | undefined;
  replaced(entry: FeedEntry): void;
  removed(entry: FeedEntry): void;
  /** An open thread of this post changed. */
  threadChanged(postId: string): void;
  /** Opens a post's thread at a comment path; true when that comment is shown. */
  openThread(post: Post, path: string[]): Promise<boolean>;
  /** Brings an entry into view, focused and highlighted. */
  highlight(id: string): Promise<void>;
  /** Brings an entry into view (centred or not) and focuses it (unless `focus` is false). */
  reveal(id: string, center: boolean, focus?: boolean): Promise<void>;
  setTag(tag: string): void;
  update(): void;
}

/**
 * The feed after its first render, fetched alongside the first page: what to do with the
 * channel's live changes (new posts wait behind the "N new posts" pill, shown posts are fetched
 * again, hidden and deleted ones leave; the view subscribes and hands them over), pins that end,
 * and permalinks (`#plein-feed=...`, on load and on `hashchange`).
 */
export class Live {
  private store: PleinStore | undefined;
  private readonly refreshing = new Set<string>();
  private refreshPlanned = false;
  private checking = false;
  private checkAgain = false;
  private readonly pinTimer: Timer;

  constructor(private readonly view: LiveView) {
    this.pinTimer = new Timer(() => view.ctx.clock);
  }

  /** Takes over the channel's changes (those that came while this code loaded first) and opens a permalink. */
  start(store: PleinStore, missed: ChangeEvent[]): void {
    this.stop();
    this.store = store;
    window.addEventListener('hashchange', this.hashChanged);
    for (const event of missed) this.changed(event);
    this.planPinExpiry();
    void this.openNamed();
  }

  stop(): void {
    this.store = undefined;
    this.pinTimer.stop();
    window.removeEventListener('hashchange', this.hashChanged);
  }

  private get feed() {
    return this.store?.feed;
  }

  // ---------------------------------------------------------------------------- changes

  /** A change in the channel: new posts wait behind the pill; shown posts are fetched again. */
  changed(event: ChangeEvent): void {
    const own = event.actorId !== undefined && event.actorId === this.view.ctx.me()?.id;
    const postId = event.postId ?? event.id;
    if (event.type === 'created') {
      if (!own) void this.checkNew();
      return;
    }
    if (event.type === 'reported' || (own && (event.type === 'reacted' || event.type === 'commented'))) return;
    if (this.view.findPost(postId)) this.refresh(postId);
    if (postId !== event.id) this.view.threadChanged(postId);
    if (event.type === 'updated' || event.type === 'moderated' || event.type === 'deleted') this.refresh('');
  }

  /** Fetches shown posts again (`''` stands for the pinned list), batched per tick. */
  refresh(id: string): void {
    this.refreshing.add(id);
    if (this.refreshPlanned) return;
    this.refreshPlanned = true;
    queueMicrotask(() => void this.refreshNow());
  }

  private async refreshNow(): Promise<void> {
    this.refreshPlanned = false;
    const { view } = this;
    const feed = this.feed;
    const ids = [...this.refreshing];
    this.refreshing.clear();
    if (!feed || !view.ready) return;
    const generation = view.generation;
    await Promise.all(
      ids.map(async (id) => {
        try {
          if (!id) return await this.refreshPinned(generation);
          const post = await view.ctx.guard(feed.get(id));
          if (generation !== view.generation) return;
          // Hidden posts leave the timeline for everyone at once (moderators use the queue).
          if (post.hidden && post.id !== view.linked?.id) view.removed(post);
          else view.replaced(post);
        } catch (error) {
          if (generation === view.generation && id && isPleinError(error) && error.code === 'not-found') {
            view.removed({ id, kind: 'post' } as Post);
          }
          // Anything else: keep what is shown; the next change tries again.
        }
      }),
    );
  }

  private async refreshPinned(generation: number): Promise<void> {
    const { view } = this;
    if (view.filtered || !this.feed) return;
    const pinned = await view.ctx.guard(this.feed.pinned(view.channel));
    if (generation !== view.generation) return;
    view.pinnedPosts = pinned;
    // Posts no longer pinned (unpinned, or past their "until") lose the mark in the timeline too.
    const active = new Set(pinned.map((post) => post.id));
    view.posts = view.posts.map((post) => (post.pin && !active.has(post.id) ? { ...post, pin: undefined } : post));
    this.planPinExpiry();
    view.update();
  }

  /** Looks for posts newer than the newest shown; they wait behind the pill. */
  private async checkNew(): Promise<void> {
    const { view } = this;
    const feed = this.feed;
    if (!feed || !view.ready) return;
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    const generation = view.generation;
    this.checking = true;
    try {
      do {
        this.checkAgain = false;
        const page = await view.ctx.guard(feed.list(view.query, { limit: view.limit }));
        if (generation !== view.generation) return;
        const known = new Set([...view.posts, ...view.fresh].map((post) => post.id));
        const newest = view.posts[0]?.createdAt ?? '';
        const arrived = page.items.filter((post) => !known.has(post.id) && post.createdAt >= newest);
        if (!arrived.length) continue;
        if (!view.posts.length) {
          // Nothing to push down: show them at once.
          view.posts = arrived;
        } else {
          view.fresh = [...arrived, ...view.fresh];
          view.ctx.announce(view.strings.newPostsSpoken(view.fresh.length, view.ctx.locale().format));
        }
        view.update();
      } while (this.checkAgain);
    } catch {
      // The next change tries again.
    } finally {
      this.checking = false;
    }
  }

  /** Reads the pinned list again when the first pin's "until" passes. */
  planPinExpiry(): void {
    const now = this.view.ctx.clock.now();
    const ends = this.view.pinnedPosts.map((post) => Date.parse(post.pin?.until ?? '')).filter((at) => at > now);
    if (!ends.length) return this.pinTimer.stop();
    this.pinTimer.start(Math.min(...ends) - now, () => this.refresh(''));
  }

  // ---------------------------------------------------------------------------- the pill

  /** The "N new posts" button above the timeline, while posts wait behind it. */
  renderPill(): TemplateResult | typeof nothing {
    const { view } = this;
    if (!view.fresh.length) return nothing;
    return html`<div class="pill-bar">
      <button type="button" class="button primary pill" part="new-posts" @click=${() => void this.showFresh()}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M8 13V3M3.5 7.5L8 3l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
        ${view.strings.newPosts(view.fresh.length, view.ctx.locale().format)}
      </button>
    </div>`;
  }

  private async showFresh(): Promise<void> {
    const { view } = this;
    const fresh = view.fresh;
    if (!fresh.length) return;
    const known = new Set(fresh.map((post) => post.id));
    view.posts = [...fresh, ...view.posts.filter((post) => !known.has(post.id))];
    view.fresh = [];
    view.ctx.announce(view.strings.shown(fresh.length, view.ctx.locale().format));
    await view.reveal(fresh[0]!.id, false);
  }

  // ---------------------------------------------------------------------------- permalinks

  private readonly hashChanged = (): void => {
    const tag = readPermalink('tag');
    if (tag && normalizeTag(tag) !== this.view.activeTag) return this.view.setTag(tag);
    void this.openNamed();
  };

  /** Opens the post (and comment) the page URL names: in view, highlighted and focused. */
  private async openNamed(): Promise<void> {
    const { view } = this;
    const path = namedPath();
    const feed = this.feed;
    if (!path.length || !feed || !view.ready) return;
    const generation = view.generation;
    let post = view.findPost(path[0]!);
    if (!post) {
      try {
        post = await view.ctx.guard(feed.get(path[0]!));
        if (generation !== view.generation || post.channel !== view.channel) return;
        view.linked = post;
        view.linkMissing = false;
      } catch (error) {
        if (generation !== view.generation) return;
        view.linkMissing = true;
        if (!isPleinError(error) || error.code !== 'not-found') view.ctx.failed(error);
        return view.update();
      }
    }
    const found = path.length > 1 && (await view.openThread(post, path.slice(1)));
    await view.highlight(found ? path[path.length - 1]! : post.id);
  }
}

/** The pill (adopted with this code, before any post can wait behind it). */
export const styles = css`
  .pill-bar {
    position: sticky;
    top: var(--_plein-space-2);
    z-index: 2;
    display: flex;
    justify-content: center;
  }
  .pill {
    border-radius: 1.25em;
    box-shadow: var(--_plein-shadow-medium);
  }
`;
