import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LIMITS, mentionMarkup, newIdempotencyKey, type Comment, type Page, type Post } from '@plein/core';
import { MentionField, formStyles, skeleton } from '@plein/ui';
import { commentsStrings, type CommentsStrings } from './comments.strings.js';
import { commentsStyles } from './comments.styles.js';
import type { CommentsPart, FeedContext } from './context.js';
import { fieldStyles } from './field.styles.js';
import { reasons, writeError } from './write-errors.js';

export const styles = [formStyles, fieldStyles, commentsStyles];

/** Comments shown before "Show N more". */
export const COLLAPSED = 3;
const PAGE = 20;
/** Pages read while looking for a comment a permalink names. */
const SEARCH_PAGES = 10;

/** A text box that publishes a comment or reply; its key is kept until it succeeds. */
interface Box {
  field: MentionField;
  key: string;
  busy: boolean;
  error?: string;
}

interface List {
  items: Comment[];
  next?: string;
  loading: boolean;
  failure?: unknown;
}

interface Thread extends List {
  postId: string;
  expanded: boolean;
  replies: Map<string, List & { open: boolean }>;
  /** The comment box under the thread (made when first shown). */
  box?: Box;
  /** The top-level comment whose reply box is open. */
  replyTo?: { parent: Comment; box: Box };
  generation: number;
}

/**
 * The comments of posts whose thread is open, loaded on first use: oldest first, the first three
 * with "Show N more" after them, replies one level deep under their comment, a comment box with
 * mentions (a message instead when a moderator locked the thread), and per comment its
 * reactions, "Reply" and the same menu as posts.
 */
export class Comments implements CommentsPart {
  private readonly threads = new Map<string, Thread>();

  constructor(private readonly ctx: FeedContext) {}

  private get strings(): CommentsStrings {
    return commentsStrings[this.ctx.locale().locale];
  }

  // ---------------------------------------------------------------------------- loading

  async open(post: Post, path: string[] = []): Promise<void> {
    let thread = this.threads.get(post.id);
    if (!thread) {
      thread = this.thread(post.id);
      this.threads.set(post.id, thread);
    }
    await this.load(thread);
    const [commentId, replyId] = path;
    if (commentId) await this.showComment(thread, commentId, replyId);
  }

  private thread(postId: string): Thread {
    return { postId, items: [], loading: true, expanded: false, replies: new Map(), generation: 0 };
  }

  /** A comment box for the thread, or (with `parent`) a reply box under that comment. */
  private box(thread: Thread, parent?: Comment): Box {
    const id = parent ? `${this.ctx.domId(parent.id)}-reply` : `${this.ctx.domId(thread.postId)}-comment`;
    const box: Box = {
      key: newIdempotencyKey(),
      busy: false,
      field: new MentionField(this.ctx, {
        id,
        label: '',
        // A reply box shows whom it answers; the thread's box has a placeholder instead.
        hideLabel: !parent,
        max: LIMITS.commentText,
        submit: () => void this.send(thread, box, parent),
        cancel: parent ? () => this.closeReply(thread) : undefined,
      }),
    };
    return box;
  }

  /** Reads the first page again (as many comments as are shown, so nothing shown goes away). */
  private async load(thread: Thread): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed) return;
    const generation = ++thread.generation;
    thread.loading = true;
    thread.failure = undefined;
    this.ctx.requestUpdate();
    const limit = Math.min(Math.max(PAGE, thread.items.length), this.ctx.store()!.capabilities.maxPageSize);
    try {
      const page = await this.ctx.guard(feed.comments(thread.postId, { limit }));
      if (generation !== thread.generation) return;
      thread.items = page.items;
      thread.next = page.next;
      for (const [id, replies] of thread.replies) if (replies.open) void this.loadReplies(thread, id);
    } catch (error) {
      if (generation !== thread.generation) return;
      thread.failure = error;
      this.ctx.failed(error);
    } finally {
      if (generation === thread.generation) thread.loading = false;
      this.ctx.requestUpdate();
    }
  }

  private async more(thread: Thread): Promise<boolean> {
    const feed = this.ctx.store()?.feed;
    if (!feed || !thread.next || thread.loading) return false;
    thread.loading = true;
    this.ctx.requestUpdate();
    try {
      const page = await this.ctx.guard(feed.comments(thread.postId, { cursor: thread.next, limit: PAGE }));
      append(thread, page);
      return true;
    } catch (error) {
      thread.failure = error;
      this.ctx.failed(error);
      return false;
    } finally {
      thread.loading = false;
      this.ctx.requestUpdate();
    }
  }

  private async loadReplies(thread: Thread, parentId: string, more = false): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed) return;
    const list = thread.replies.get(parentId) ?? { items: [], loading: false, open: true };
    thread.replies.set(parentId, list);
    list.loading = true;
    list.failure = undefined;
    this.ctx.requestUpdate();
    try {
      const request =
        more && list.next ? { cursor: list.next, limit: PAGE } : { limit: Math.max(PAGE, list.items.length) };
      const page = await this.ctx.guard(feed.replies(parentId, request));
      if (more) append(list, page);
      else Object.assign(list, { items: page.items, next: page.next });
    } catch (error) {
      list.failure = error;
      this.ctx.failed(error);
    } finally {
      list.loading = false;
      this.ctx.requestUpdate();
    }
  }

  /** Pages on until a permalink's comment (and reply) is there, and unfolds what hides it. */
  private async showComment(thread: Thread, commentId: string, replyId?: string): Promise<void> {
    for (let page = 0; !thread.items.some((c) => c.id === commentId) && page < SEARCH_PAGES; page++) {
      if (!(await this.more(thread))) break;
    }
    const index = thread.items.findIndex((c) => c.id === commentId);
    if (index < 0) return;
    if (index >= COLLAPSED) thread.expanded = true;
    if (!replyId) return;
    await this.loadReplies(thread, commentId);
    const list = thread.replies.get(commentId)!;
    for (let page = 0; !list.items.some((c) => c.id === replyId) && list.next && page < SEARCH_PAGES; page++) {
      await this.loadReplies(thread, commentId, true);
    }
  }

  refresh(postId: string): void {
    const thread = this.threads.get(postId);
    if (thread) void this.load(thread);
  }

  close(postId: string): void {
    const thread = this.threads.get(postId);
    if (thread) thread.generation++;
  }

  find(id: string): Comment | undefined {
    for (const thread of this.threads.values()) {
      for (const list of [thread, ...thread.replies.values()]) {
        const found = list.items.find((c) => c.id === id);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** An edited comment, or one with new reactions: shown in its place. */
  replace(comment: Comment): void {
    for (const thread of this.threads.values()) {
      for (const list of [thread, ...thread.replies.values()]) {
        list.items = list.items.map((c) => (c.id === comment.id ? comment : c));
      }
    }
    this.ctx.requestUpdate();
  }

  /** A deleted comment leaves with its replies; its parent counts one reply less. */
  remove(comment: Comment): void {
    const thread = this.threads.get(comment.postId);
    if (!thread) return;
    thread.items = thread.items.filter((c) => c.id !== comment.id);
    thread.replies.delete(comment.id);
    if (comment.parentId) {
      const list = thread.replies.get(comment.parentId);
      if (list) list.items = list.items.filter((c) => c.id !== comment.id);
      thread.items = thread.items.map((c) =>
        c.id === comment.parentId ? { ...c, replyCount: Math.max(0, c.replyCount - 1) } : c,
      );
    }
    this.ctx.requestUpdate();
  }

  // ---------------------------------------------------------------------------- writing

  private async send(thread: Thread, box: Box, parent?: Comment): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed || box.busy) return;
    const text = box.field.markup.trim();
    const fieldId = `#${CSS.escape(box.field.id)}`;
    if (!text) {
      box.error = reasons(this.ctx)['text-required'];
      void this.ctx.focus(fieldId);
      return;
    }
    box.busy = true;
    box.error = undefined;
    this.ctx.requestUpdate();
    try {
      const draft = parent ? { text, parentId: parent.id } : { text };
      const comment = await this.ctx.guard(feed.comment(thread.postId, draft, { idempotencyKey: box.key }));
      box.field.clear();
      box.key = newIdempotencyKey();
      if (comment.parentId) {
        const list = thread.replies.get(comment.parentId) ?? { items: [], loading: false, open: true };
        list.open = true;
        if (!list.items.some((c) => c.id === comment.id)) list.items = [...list.items, comment];
        thread.replies.set(comment.parentId, list);
        thread.items = thread.items.map((c) =>
          c.id === comment.parentId ? { ...c, replyCount: c.replyCount + 1 } : c,
        );
        thread.replyTo = undefined;
        void this.ctx.focus(`#${this.ctx.domId(comment.id)}`);
      } else {
        if (!thread.items.some((c) => c.id === comment.id)) thread.items = [...thread.items, comment];
        thread.expanded = thread.expanded || thread.items.length > COLLAPSED;
      }
      this.ctx.commentCreated(comment);
      this.ctx.announce(this.strings.sent);
    } catch (error) {
      box.error = writeError(this.ctx, error);
      this.ctx.failed(error);
      void this.ctx.focus(fieldId);
    } finally {
      box.busy = false;
      this.ctx.requestUpdate();
    }
  }

  /** Opens the reply box of a top-level comment; replying to a reply mentions its author. */
  private startReply(thread: Thread, parent: Comment, to: Comment): void {
    const author = this.ctx.person(to.authorId);
    if (thread.replyTo?.parent.id !== parent.id) {
      thread.replyTo?.box.field.dispose();
      const box = this.box(thread, parent);
      thread.replyTo = { parent, box };
    }
    const box = thread.replyTo!.box;
    if (to.id !== parent.id && author && !box.field.text.trim()) {
      box.field.setMarkup(`${mentionMarkup(author)} `);
    }
    void this.ctx.focus(`#${this.ctx.domId(parent.id)}-reply`);
  }

  private closeReply(thread: Thread): void {
    const parent = thread.replyTo?.parent;
    thread.replyTo?.box.field.dispose();
    thread.replyTo = undefined;
    if (parent) void this.ctx.focus(`#${this.ctx.domId(parent.id)} .reply`);
  }

  private async showMore(thread: Thread): Promise<void> {
    const first = thread.items[COLLAPSED];
    if (!thread.expanded) thread.expanded = true;
    else await this.more(thread);
    if (thread.expanded && first) void this.ctx.focus(`#${this.ctx.domId(first.id)}`);
  }

  private async toggleReplies(thread: Thread, comment: Comment): Promise<void> {
    const list = thread.replies.get(comment.id);
    if (list?.open) {
      list.open = false;
      this.ctx.requestUpdate();
      return;
    }
    if (list) list.open = true;
    await this.loadReplies(thread, comment.id);
  }

  // ---------------------------------------------------------------------------- rendering

  render(post: Post): TemplateResult {
    const thread = this.threads.get(post.id);
    const t = this.strings;
    if (!thread || (thread.loading && !thread.items.length)) return skeleton({ lines: 2, label: t.loading });
    const shown = thread.expanded ? thread.items : thread.items.slice(0, COLLAPSED);
    const hidden = thread.items.length - shown.length;
    const locked = post.commentsLocked;
    return html`<div class="comments">
      ${
        thread.failure !== undefined && !thread.loading
          ? html`<div class="part-error" role="alert">
              <span>${this.ctx.errorText(thread.failure)}</span>
              <button type="button" class="button subtle" @click=${() => void this.load(thread)}>
                ${this.ctx.strings().retry}
              </button>
            </div>`
          : nothing
      }
      ${
        shown.length
          ? html`<ul class="comment-list" aria-label=${t.comments}>
              ${repeat(
                shown,
                (c) => c.id,
                (c) => html`<li>${this.renderComment(thread, post, c)} ${this.renderReplies(thread, post, c)}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        hidden > 0 || (thread.expanded && thread.next)
          ? html`<button
              type="button"
              class="button subtle show-more"
              aria-disabled=${thread.loading ? 'true' : 'false'}
              @click=${() => void this.showMore(thread)}
            >
              ${t.showMore(thread.next ? 0 : hidden, this.ctx.locale().format)}
            </button>`
          : nothing
      }
      ${locked ? html`<p class="notice locked">${t.locked}</p>` : this.renderBox(thread, (thread.box ??= this.box(thread)))}
    </div>`;
  }

  private renderComment(thread: Thread, post: Post, comment: Comment, parent = comment): TemplateResult {
    const t = this.strings;
    const { format } = this.ctx.locale();
    const id = this.ctx.domId(comment.id);
    const replies = thread.replies.get(comment.id);
    return html`<article
      class="entry comment ${this.ctx.highlighted() === comment.id ? 'highlight' : ''}"
      id=${id}
      data-id=${comment.id}
      tabindex="-1"
      aria-labelledby="${id}-by"
    >
      ${this.ctx.entryHeader(comment)} ${this.ctx.entryBody(comment)}
      <div class="comment-foot">
        ${this.ctx.reactionsBar(comment)}
        ${
          post.commentsLocked
            ? nothing
            : html`<button type="button" class="reply" @click=${() => this.startReply(thread, parent, comment)}>
                ${t.reply}
              </button>`
        }
        ${
          comment === parent && comment.replyCount > 0
            ? html`<button
                type="button"
                class="replies-toggle"
                aria-expanded=${replies?.open ? 'true' : 'false'}
                @click=${() => void this.toggleReplies(thread, comment)}
              >
                ${t.replies(comment.replyCount, format)}
              </button>`
            : nothing
        }
      </div>
    </article>`;
  }

  private renderReplies(thread: Thread, post: Post, parent: Comment): TemplateResult | typeof nothing {
    const list = thread.replies.get(parent.id);
    const replying = thread.replyTo?.parent.id === parent.id && !post.commentsLocked;
    const t = this.strings;
    const name = this.ctx.person(parent.authorId)?.displayName ?? t.someone;
    const open = list?.open && list.items.length > 0;
    return html`${
      open
        ? html`<ul class="replies" aria-label=${t.repliesTo(name)}>
            ${repeat(
              list.items,
              (c) => c.id,
              (c) => html`<li>${this.renderComment(thread, post, c, parent)}</li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      open && list.next
        ? html`<button
            type="button"
            class="button subtle show-more"
            @click=${() => void this.loadReplies(thread, parent.id, true)}
          >
            ${t.moreReplies}
          </button>`
        : nothing
    }
    ${replying ? this.renderBox(thread, thread.replyTo!.box, parent) : nothing}`;
  }

  private renderBox(thread: Thread, box: Box, parent?: Comment): TemplateResult {
    const t = this.strings;
    const id = box.field.id;
    const name = parent ? (this.ctx.person(parent.authorId)?.displayName ?? t.someone) : '';
    return html`<form
      class="comment-box ${parent ? 'replies' : ''}"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.send(thread, box, parent);
      }}
    >
      ${box.field.render({
        describedBy: box.error ? `${id}-error` : undefined,
        invalid: Boolean(box.error),
        label: parent ? t.writeReply(name) : t.write,
        placeholder: parent ? undefined : t.placeholder,
      })}
      ${box.error ? html`<p class="field-error" id="${id}-error" role="alert">${box.error}</p>` : nothing}
      <div class="row">
        <button type="submit" class="button primary" aria-disabled=${box.busy ? 'true' : 'false'}>
          ${box.busy ? t.sending : parent ? t.sendReply : t.send}
        </button>
        ${
          parent
            ? html`<button type="button" class="button" @click=${() => this.closeReply(thread)}>${t.cancel}</button>`
            : nothing
        }
      </div>
    </form>`;
  }
}

function append(list: List, page: Page<Comment>): void {
  const known = new Set(list.items.map((c) => c.id));
  list.items = [...list.items, ...page.items.filter((c) => !known.has(c.id))];
  list.next = page.next;
}
