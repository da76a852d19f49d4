import { css, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LIMITS, toPleinError, type PleinStore } from '@plein/core';
import {
  PleinElement,
  errorState,
  errorText,
  readPermalink,
  skeleton,
  uiStrings,
  StoreTimeouts,
  PleinPartsElement,
} from '@plein/ui';
import type { PleinFeedEventDetail, PleinFeedEventMap, PleinFeedEventName } from './events.js';
import { pageChannel } from './page-channel.js';
import type { FeedConfig, FeedShell, FirstPage } from './shell.js';

export type FeedMode = 'feed' | 'moderation';

/**
 * The feed itself (list, posts, reactions, and everything they open) and the moderation queue
 * are chunks of their own. The feed's is fetched in the same tick as the first page of posts,
 * so the posts arrive no later, with what people do with them from the start (`view-parts.ts`)
 * beside it; this file is only what it takes to start both.
 */
const loadView = () => Promise.all([import('./view.js'), import('./view-parts.js')]);
const loadModeration = () => Promise.all([import('./moderation.js'), import('./feed-host.js')]);
type FeedView = InstanceType<Awaited<ReturnType<typeof loadView>>[0]['FeedView']>;
type ModerationView = InstanceType<Awaited<ReturnType<typeof loadModeration>>[0]['ModerationView']>;

/**
 * A channel's conversation: write posts with mentions, hashtags and images, read them newest
 * first, react, comment and reply, pin announcements, report, and moderate.
 *
 * The store comes from the `store` property, a `<plein-provider>` ancestor or the page default;
 * every rule (who may edit, pin or moderate, limits, hidden posts) is enforced by the store.
 * Permalinks: `#plein-feed=POST`, `#plein-feed=POST/COMMENT`, `#plein-feed=POST/COMMENT/REPLY`
 * open, highlight and focus that entry; `#plein-tag=TAG` filters on a hashtag.
 *
 * @summary A social feed for one channel or page: posts, comments, reactions, mentions and moderation.
 *
 * @attr channel - `general` (default), `page` (this page's own conversation, named by its
 *   canonical URL) or any channel name.
 * @attr mode - `feed` (default) or `moderation` (the queue of reported posts and comments, for moderators).
 * @attr tag - Show only posts with this hashtag (without `#`); people can remove the filter.
 * @attr page-size - Posts per page (default 20; the store may allow fewer).
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {PleinStore} store - The store to use (inherited); wins over a `<plein-provider>` and the page default.
 * @prop {Clock} clock - Time source for relative times, debouncing, timeouts and toasts (inherited).
 *
 * @fires plein-post-created - `{post}` after the viewer published a post.
 * @fires plein-comment-created - `{comment}` after the viewer published a comment or reply.
 * @fires plein-react - `{id, reaction, on}` after the store confirmed the viewer's reaction.
 * @fires plein-load - `{channel}` when the first page of posts (or the moderation queue) is shown.
 * @fires plein-error - `{error}` (a PleinError) when a store call failed; the element shows a localized message.
 *
 * @csspart base - The feed.
 * @csspart toolbar - Search and filters.
 * @csspart composer - The form to write a post.
 * @csspart post - One post.
 * @csspart text - The text of a post or comment.
 * @csspart images - The images of a post.
 * @csspart new-posts - The "N new posts" button.
 * @csspart toast - The message shown after an action.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty and not-found states.
 * @csspart error - The error state with its retry button.
 *
 * @cssprop --plein-accent - Accent colour: buttons, links, the viewer's own reactions, announcements.
 * @cssprop --plein-surface - Background of the cards (the feed itself is transparent: it sits on the page's background).
 * @cssprop --plein-text - Main text colour.
 * @cssprop --plein-text-muted - Times, hints and counts.
 * @cssprop --plein-border - Card and divider edges.
 * @cssprop --plein-focus-ring - Focus outline colour.
 */
export class PleinFeed extends PleinPartsElement {
  // Transparent: the cards carry their own surface, the gaps between them show the page.
  static override styles: CSSResultGroup = [
    PleinElement.styles,
    css`
      :host {
        background: transparent;
      }
    `,
  ];

  /** `general`, `page` (this page's canonical URL) or any channel name. */
  @property() channel = 'general';

  /** `feed` or `moderation`. */
  @property({ reflect: true }) mode: FeedMode = 'feed';

  /** A hashtag to filter on (without `#`). */
  @property() tag?: string;

  /** Posts per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** The code of the current mode could not be loaded. */
  @state() private partFailure?: unknown;
  @state() private view?: FeedView;
  @state() private moderation?: ModerationView;

  private generation = 0;
  private loaded: { store: PleinStore | undefined; key: string } | undefined;
  private readonly timeouts = new StoreTimeouts(this);

  /** The element as its parts see it. */
  private readonly shell: FeedShell = this.partShell(
    () => this.config,
    (call) => this.timeouts.guard(call),
  );

  // ---------------------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: catch up and follow live changes again.
    if (this.hasUpdated) {
      this.loaded = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.stop();
    this.moderation?.dispose();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The store controller has resolved the store by now (it runs before update).
    const store = this.storeRef.value;
    const config = this.config;
    const key = [this.mode, config.channel, config.tag, config.limit].join('\n');
    if (!this.loaded || this.loaded.store !== store || this.loaded.key !== key) {
      this.loaded = { store, key };
      void this.start(store, config);
    }
    super.update(changed);
  }

  /** What the attributes ask for. */
  private get config(): FeedConfig {
    const name = (this.channel || 'general').trim();
    const size = this.pageSize > 0 ? Math.floor(this.pageSize) : 20;
    const tag = this.tag ?? readPermalink('tag') ?? '';
    return {
      channel: name === 'page' ? pageChannel() : name,
      channelSet: this.hasAttribute('channel'),
      // As core's normalizeTag (not imported: it would bring the whole tokenizer into the first load).
      tag: tag.replace(/^#/, '').normalize('NFC').toLowerCase(),
      limit: Math.min(size, this.storeRef.value?.capabilities.maxPageSize ?? LIMITS.pageSize),
    };
  }

  /** (Re)starts for a new store, mode or configuration. */
  private async start(store: PleinStore | undefined, config: FeedConfig): Promise<void> {
    const generation = ++this.generation;
    this.partFailure = undefined;
    try {
      if (this.mode === 'moderation') {
        this.view?.stop();
        const [{ ModerationView, styles }, { createHost }] = await loadModeration();
        if (generation !== this.generation) return;
        this.addStyles(styles);
        this.moderation?.dispose();
        this.moderation = new ModerationView(createHost(this.shell), {
          channel: config.channelSet ? config.channel : undefined,
        });
        await this.moderation.load();
        if (store && generation === this.generation) this.emit('plein-load', { channel: config.channel });
        return;
      }
      this.moderation?.dispose();
      this.moderation = undefined;
      const feed = store?.feed;
      const first: FirstPage | undefined =
        store && feed && !this.view
          ? {
              store,
              ...config,
              page: this.timeouts.guard(
                feed.list(config.tag ? { channel: config.channel, tag: config.tag } : { channel: config.channel }, {
                  limit: config.limit,
                }),
              ),
            }
          : undefined;
      first?.page.catch(() => undefined); // the view reports it
      const [part, parts] = await loadView();
      if (generation !== this.generation) return;
      this.i18n.use(part.feedCatalog);
      this.view ??= new part.FeedView(this.shell, parts);
      this.view.start(store, first);
    } catch (error) {
      if (generation !== this.generation) return;
      this.partFailure = error;
      this.emit('plein-error', { error: toPleinError(error) });
    }
  }

  private readonly retry = (): void => {
    this.loaded = undefined;
    this.requestUpdate();
  };

  private emit<K extends PleinFeedEventName>(name: K, detail: PleinFeedEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }) as PleinFeedEventMap[K]);
  }

  // ---------------------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const ui = this.i18n.strings(uiStrings);
    const part = this.mode === 'moderation' ? this.moderation : this.view;
    const shown =
      this.partFailure !== undefined
        ? errorState({
            message: errorText(this.i18n.locale, this.partFailure),
            retryLabel: ui.retry,
            onRetry: this.retry,
          })
        : part && this.i18n.ready
          ? part.render()
          : skeleton({ lines: 4, label: ui.loading });
    return html`${shown}${this.feedback.render()}`;
  }
}
