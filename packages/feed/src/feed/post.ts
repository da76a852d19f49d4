import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment, Formatters, Post } from '@plein/core';
import { avatar, reactionToolbar, relativeTime, total } from '@plein/ui';
import type { FeedContext, FeedEntry } from './context.js';
import type { FeedStrings } from './feed.strings.js';

/** Only pictures the page may show: data and blob URLs from the store, or https. */
const SAFE_IMAGE = /^(data:image\/|blob:|https:)/i;

/** The DOM id of an entry's article (ids may hold any character a store picks). */
export const domId = (id: string): string =>
  `entry-${id.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/** The author, the time as a permalink, "edited", and the "more" menu. */
export function entryHeader(ctx: FeedContext, entry: FeedEntry, extra: TemplateResult | typeof nothing = nothing) {
  const t = ctx.strings();
  const { locale, format } = ctx.locale();
  const person = ctx.person(entry.authorId);
  const name = person?.displayName ?? t.someone;
  const id = domId(entry.id);
  const open = ctx.actions()?.isMenuOpen(entry.id) ?? false;
  return html`<header class="entry-head">
    <span class="avatar-box" aria-hidden="true"
      >${avatar(person, { size: entry.kind === 'post' ? 'medium' : 'small' })}</span
    >
    <div class="byline">
      <span class="person-name" id="${id}-by">${name}</span>
      <span class="meta">
        <a class="time" href=${ctx.permalinkOf(entry)}>${relativeTime(entry.createdAt, ctx.clock.now(), locale)}</a>
        ${
          entry.editedAt
            ? html`<span class="edited" title=${t.editedAt(format.date(entry.editedAt))}>· ${t.edited}</span>`
            : nothing
        }
        ${extra}
      </span>
    </div>
    <div class="menu-anchor">
      <button
        type="button"
        class="more"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-label=${entry.kind === 'post' ? t.more(name) : t.moreComment(name)}
        @click=${(event: Event) => ctx.openMenu(entry, event.currentTarget as HTMLElement)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="3" cy="8" r="1.5" fill="currentColor" />
          <circle cx="8" cy="8" r="1.5" fill="currentColor" />
          <circle cx="13" cy="8" r="1.5" fill="currentColor" />
        </svg>
      </button>
      ${ctx.actions()?.menu(entry) ?? nothing}
    </div>
  </header>`;
}

/** The text (or its editor), the moderator's notice, and the images. */
export function entryBody(ctx: FeedContext, entry: FeedEntry): TemplateResult {
  const editor = ctx.actions()?.editor(entry);
  const t = ctx.strings();
  // Its author reads "only you"; a moderator who is not the author, "only its author".
  const hidden = entry.authorId === ctx.me()?.id ? t.hiddenNotice : t.hiddenFromOthers;
  return html`${ctx.actions()?.panel(entry) ?? nothing}
  ${entry.hidden ? html`<p class="notice hidden-notice">${hidden}</p>` : nothing}
  ${editor ?? (entry.text ? html`<div class="text" part="text">${ctx.renderText(entry.text)}</div>` : nothing)}
  ${entry.kind === 'post' ? images(entry.attachments) : nothing}`;
}

function images(attachments: Attachment[]): TemplateResult | typeof nothing {
  const shown = attachments.filter((a) => SAFE_IMAGE.test(a.url));
  if (!shown.length) return nothing;
  return html`<div class="images n${Math.min(shown.length, 4)}" part="images">
    ${shown.map((a) => html`<img src=${a.url} alt=${a.alt} loading="lazy" />`)}
  </div>`;
}

/** The pin or announcement line over a post's header. */
function pinLine(ctx: FeedContext, post: Post): TemplateResult | typeof nothing {
  const pin = post.pin;
  if (!pin) return nothing;
  const t = ctx.strings();
  const { format } = ctx.locale();
  return html`<p class="pin-line">
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M6 1h4l-.5 4 2.5 3H9l-1 7-1-7H4l2.5-3z" fill="currentColor" />
    </svg>
    ${pin.announcement ? t.announcement : t.pinned}
    ${pin.until ? html`<span class="until">${until(pin.until, t, format)}</span>` : nothing}
  </p>`;
}

/** "through Jan 20" for a pin that ends at midnight (as the pin form sets it), else "until" a date and time. */
function until(iso: string, t: FeedStrings, format: Formatters): string {
  const end = new Date(iso);
  if (end.getHours() || end.getMinutes() || end.getSeconds() || end.getMilliseconds()) return t.until(format.date(end));
  return t.through(format.date(end.getTime() - 1, { dateStyle: 'medium' }));
}

export interface PostOptions {
  /** Position in the feed (1-based) and the feed's size (-1 while more can be loaded). */
  position?: number;
  size?: number;
  commentsOpen: boolean;
  /** The thread, rendered by the comments part (or a placeholder while it loads). */
  thread: TemplateResult | typeof nothing;
  toggleComments: (post: Post, trigger: HTMLElement) => void;
}

/** One post as an `<article>` of the feed. */
export function renderPost(ctx: FeedContext, post: Post, options: PostOptions): TemplateResult {
  const t = ctx.strings();
  const { format } = ctx.locale();
  const id = domId(post.id);
  const pinned = post.pin ? (post.pin.announcement ? 'announcement' : 'pinned') : '';
  return html`<article
    class="entry post card ${pinned} ${ctx.highlighted() === post.id ? 'highlight' : ''}"
    id=${id}
    data-id=${post.id}
    part="post"
    tabindex="-1"
    aria-labelledby="${id}-by"
    aria-posinset=${options.position ?? nothing}
    aria-setsize=${options.size ?? nothing}
  >
    ${pinLine(ctx, post)} ${entryHeader(ctx, post)} ${entryBody(ctx, post)}
    <div class="entry-foot">
      ${reactionsBar(ctx, post)}
      <button
        type="button"
        class="comments-toggle"
        aria-expanded=${options.commentsOpen ? 'true' : 'false'}
        aria-controls=${options.commentsOpen ? `${id}-thread` : nothing}
        @click=${(event: Event) => options.toggleComments(post, event.currentTarget as HTMLElement)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M2.5 3h11v7.5h-6l-3 2.5v-2.5h-2z"
            fill="none"
            stroke="currentColor"
            stroke-width="1.3"
            stroke-linejoin="round"
          />
        </svg>
        ${post.commentCount ? t.comments(post.commentCount, format) : t.comment}
      </button>
    </div>
    ${options.commentsOpen ? html`<div class="thread" id="${id}-thread">${options.thread}</div>` : nothing}
  </article>`;
}

/**
 * The reaction toggles of a post or comment (a toolbar), with counts and, when anyone reacted,
 * a button that lists who.
 */
export function reactionsBar(ctx: FeedContext, entry: FeedEntry): TemplateResult {
  const t = ctx.strings();
  const { format } = ctx.locale();
  const summary = ctx.reactionsOf(entry);
  const sum = total(summary);
  const open = ctx.actions()?.isReactorsOpen(entry.id) ?? false;
  return html`<div class="reactions">
      ${reactionToolbar({
        summary,
        label: t.reactionsLabel,
        names: t.reactions,
        format,
        toggle: (reaction) => ctx.react(entry, reaction),
      })}
      ${
        sum
          ? html`<button
              type="button"
              class="who"
              aria-expanded=${open ? 'true' : 'false'}
              aria-label=${t.whoReacted(sum, format)}
              @click=${(event: Event) => ctx.openReactors(entry, event.currentTarget as HTMLElement)}
            >
              ${t.reactionsShort(sum, format)}
            </button>`
          : nothing
      }
    </div>
    ${ctx.actions()?.reactors(entry) ?? nothing}`;
}
