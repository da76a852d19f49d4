import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS, REACTIONS, newIdempotencyKey, type Page, type Person, type Post, type Reaction } from '@plein/core';
import { MentionField, avatar, formStyles } from '@plein/ui';
import { actionsStrings, type ActionsStrings } from './actions.strings.js';
import { actionsStyles } from './actions.styles.js';
import type { ActionsPart, FeedContext, FeedEntry } from './context.js';
import { fieldStyles } from './field.styles.js';
import { writeError } from './write-errors.js';

export const styles = [formStyles, fieldStyles, actionsStyles];

interface Item {
  label: string;
  run: () => void;
  disabled?: boolean;
  danger?: boolean;
}

interface Editing {
  entry: FeedEntry;
  field: MentionField;
  busy: boolean;
  error?: string;
  key: string;
}

interface Confirming {
  entry: FeedEntry;
  /** Deleting, or (moderators) hiding. */
  action: 'delete' | 'hide';
  busy: boolean;
  key: string;
  /** Where focus goes once it is done. */
  after: string;
}

interface Pinning {
  entry: Post;
  announcement: boolean;
  until: string;
  busy: boolean;
  error?: string;
  key: string;
}

interface Reactors {
  entry: FeedEntry;
  lists: Partial<Record<Reaction, { people: Person[]; next?: string; failure?: string }>>;
  loading: boolean;
}

/**
 * The "more" menu of posts and comments (copy link, edit, pin, lock comments, report, hide or
 * restore, delete), the inline editor, the delete and hide confirmations, the pin form and the
 * "who reacted" list. Loaded the first time someone opens a menu or a reactions list. The menu
 * is an ARIA menu: arrows, Home and End move, Escape closes and returns to the button.
 */
export class Actions implements ActionsPart {
  private menuOf: { entry: FeedEntry; trigger: HTMLElement } | undefined;
  private editing: Editing | undefined;
  private confirming: Confirming | undefined;
  private pinning: Pinning | undefined;
  private reactorsOf: Reactors | undefined;

  constructor(private readonly ctx: FeedContext) {}

  private get strings(): ActionsStrings {
    return actionsStrings[this.ctx.locale().locale];
  }

  isMenuOpen(id: string): boolean {
    return this.menuOf?.entry.id === id;
  }

  isReactorsOpen(id: string): boolean {
    return this.reactorsOf?.entry.id === id;
  }

  // ---------------------------------------------------------------------------- the menu

  openMenu(entry: FeedEntry, trigger: HTMLElement): void {
    if (this.isMenuOpen(entry.id)) {
      this.closeMenu(true);
      return;
    }
    this.menuOf = { entry, trigger };
    void this.ctx.focus(`#${this.ctx.domId(entry.id)}-menu [role="menuitem"]`);
  }

  private closeMenu(refocus: boolean): void {
    const trigger = this.menuOf?.trigger;
    this.menuOf = undefined;
    this.ctx.requestUpdate();
    if (refocus && trigger?.isConnected) trigger.focus();
  }

  private items(entry: FeedEntry): Item[] {
    const t = this.strings;
    const v = entry.viewer;
    const trigger = this.menuOf?.trigger;
    const items: Item[] = [{ label: t.copyLink, run: () => void this.copy(entry) }];
    if (v.canEdit) items.push({ label: t.edit, run: () => this.edit(entry) });
    if (entry.kind === 'post' && v.canPin) {
      items.push({ label: entry.pin ? t.changePin : t.pin, run: () => this.askPin(entry) });
      if (entry.pin) items.push({ label: t.unpin, run: () => void this.unpin(entry) });
    }
    if (entry.kind === 'post' && v.canModerate) {
      const action = entry.commentsLocked ? 'unlock' : 'lock';
      items.push({ label: t[action], run: () => void this.moderate(entry, action) });
    }
    if (v.canReport || v.reported) {
      items.push({
        label: v.reported ? t.reported : t.report,
        disabled: v.reported,
        run: () => this.ctx.openReport(entry, trigger),
      });
    }
    if (v.canModerate) {
      items.push(
        entry.hidden
          ? { label: t.restore, run: () => void this.moderate(entry, 'restore') }
          : { label: t.hide, run: () => this.ask(entry, 'hide', trigger) },
      );
    }
    if (v.canDelete) items.push({ label: t.delete, danger: true, run: () => this.ask(entry, 'delete', trigger) });
    return items;
  }

  menu(entry: FeedEntry): TemplateResult | undefined {
    if (!this.isMenuOpen(entry.id)) return undefined;
    const items = this.items(entry);
    return html`<div
      class="menu"
      id="${this.ctx.domId(entry.id)}-menu"
      role="menu"
      aria-label=${this.strings.actions}
      @keydown=${this.menuKeyed}
      @focusout=${this.menuLeft}
    >
      ${items.map(
        (item, index) =>
          html`<button
            type="button"
            role="menuitem"
            class="menu-item ${item.danger ? 'danger' : ''}"
            tabindex=${index === 0 ? '0' : '-1'}
            aria-disabled=${item.disabled ? 'true' : 'false'}
            @click=${() => this.choose(item)}
          >
            ${item.label}
          </button>`,
      )}
    </div>`;
  }

  private choose(item: Item): void {
    if (item.disabled) return;
    this.closeMenu(false);
    item.run();
  }

  private readonly menuKeyed = (event: KeyboardEvent): void => {
    const menu = event.currentTarget as HTMLElement;
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(event.target as HTMLElement);
    const go = (index: number) => {
      event.preventDefault();
      items.forEach((item, i) => (item.tabIndex = i === index ? 0 : -1));
      items[index]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return go((at + 1) % items.length);
      case 'ArrowUp':
        return go((at - 1 + items.length) % items.length);
      case 'Home':
        return go(0);
      case 'End':
        return go(items.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return this.closeMenu(true);
      case 'Tab':
        return this.closeMenu(false);
    }
  };

  private readonly menuLeft = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    const menu = event.currentTarget as HTMLElement;
    // A menu that another one replaced (its focused item went with it) closes nothing.
    if (!this.menuOf || menu.id !== `${this.ctx.domId(this.menuOf.entry.id)}-menu`) return;
    if (to && (menu.contains(to) || to === this.menuOf.trigger)) return;
    this.closeMenu(false);
  };

  private async copy(entry: FeedEntry): Promise<void> {
    const t = this.strings;
    try {
      await navigator.clipboard.writeText(this.ctx.permalinkOf(entry));
      this.ctx.toast(t.linkCopied, 'success');
    } catch {
      this.ctx.toast(t.copyFailed, 'error');
    }
  }

  // ---------------------------------------------------------------------------- editing

  private edit(entry: FeedEntry): void {
    const t = this.strings;
    this.editing?.field.dispose();
    const id = `${this.ctx.domId(entry.id)}-edit`;
    const field = new MentionField(this.ctx, {
      id,
      label: entry.kind === 'post' ? t.editPost : t.editComment,
      max: entry.kind === 'post' ? LIMITS.postText : LIMITS.commentText,
      submit: () => void this.save(),
      cancel: () => this.stopEditing(),
    });
    field.setMarkup(entry.text);
    this.editing = { entry, field, busy: false, key: newIdempotencyKey() };
    void this.ctx.focus(`#${id}`);
  }

  private stopEditing(): void {
    const entry = this.editing?.entry;
    this.editing?.field.dispose();
    this.editing = undefined;
    if (entry) void this.ctx.focus(`#${this.ctx.domId(entry.id)} .more`);
  }

  private async save(): Promise<void> {
    const editing = this.editing;
    const feed = this.ctx.store()?.feed;
    if (!editing || !feed || editing.busy) return;
    editing.busy = true;
    editing.error = undefined;
    this.ctx.requestUpdate();
    try {
      const saved = await this.ctx.guard(
        feed.edit(editing.entry.id, editing.field.markup, { idempotencyKey: editing.key }),
      );
      if (this.editing !== editing) return;
      this.ctx.replaced(saved);
      this.ctx.toast(this.strings.saved, 'success');
      this.stopEditing();
    } catch (error) {
      editing.error = writeError(this.ctx, error);
      this.ctx.failed(error);
      void this.ctx.focus(`#${this.ctx.domId(editing.entry.id)}-edit`);
    } finally {
      editing.busy = false;
      this.ctx.requestUpdate();
    }
  }

  editor(entry: FeedEntry): TemplateResult | undefined {
    const editing = this.editing;
    if (editing?.entry.id !== entry.id) return undefined;
    const t = this.strings;
    const errorId = `${this.ctx.domId(entry.id)}-edit-error`;
    return html`<form
      class="editor"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.save();
      }}
    >
      ${editing.field.render({ describedBy: editing.error ? errorId : undefined, invalid: Boolean(editing.error) })}
      ${editing.error ? html`<p class="field-error" id=${errorId} role="alert">${editing.error}</p>` : nothing}
      <div class="row">
        <button type="submit" class="button primary" aria-disabled=${editing.busy ? 'true' : 'false'}>
          ${editing.busy ? t.saving : t.save}
        </button>
        <button type="button" class="button" @click=${() => this.stopEditing()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  // ---------------------------------------------------------------------------- delete, hide, lock and pin

  private ask(entry: FeedEntry, action: Confirming['action'], trigger?: HTMLElement): void {
    this.pinning = undefined;
    this.confirming = {
      entry,
      action,
      busy: false,
      key: newIdempotencyKey(),
      after: this.after(entry, action, trigger),
    };
    void this.ctx.focus(`#${this.ctx.domId(entry.id)}-confirm .danger`);
  }

  /**
   * Where focus goes once it is done: a hidden comment stays (marked) for the moderator, so its
   * menu button; a deleted comment's post's comments button; for a post that leaves, the next
   * post (or the previous).
   */
  private after(entry: FeedEntry, action: Confirming['action'], trigger?: HTMLElement): string {
    if (entry.kind === 'comment') {
      return action === 'hide'
        ? `#${this.ctx.domId(entry.id)} .more`
        : `#${this.ctx.domId(entry.postId)} .comments-toggle`;
    }
    const article = trigger?.closest('article');
    const sibling = article?.nextElementSibling ?? article?.previousElementSibling;
    return sibling?.localName === 'article' && sibling.id ? `#${sibling.id}` : '#search';
  }

  private async confirmed(): Promise<void> {
    const confirming = this.confirming;
    const feed = this.ctx.store()?.feed;
    if (!confirming || !feed || confirming.busy) return;
    const { entry, key } = confirming;
    const t = this.strings;
    const post = entry.kind === 'post';
    confirming.busy = true;
    this.ctx.requestUpdate();
    try {
      if (confirming.action === 'hide') {
        const hidden = await this.ctx.guard(feed.moderate(entry.id, 'hide', { idempotencyKey: key }));
        // Lists leave hidden posts out, for moderators too; a hidden comment stays for them, marked.
        if (post) this.ctx.removed(hidden);
        else this.ctx.replaced(hidden);
        this.ctx.toast(post ? t.hiddenPost : t.hiddenComment, 'success');
      } else {
        await this.ctx.guard(feed.remove(entry.id, { idempotencyKey: key }));
        this.ctx.removed(entry);
        this.ctx.toast(post ? t.deletedPost : t.deletedComment, 'success');
      }
      this.confirming = undefined;
      void this.ctx.focus(confirming.after);
    } catch (error) {
      this.ctx.toast(writeError(this.ctx, error), 'error');
      this.ctx.failed(error);
    } finally {
      confirming.busy = false;
      this.ctx.requestUpdate();
    }
  }

  private cancelPanel(entry: FeedEntry): void {
    this.confirming = undefined;
    this.pinning = undefined;
    void this.ctx.focus(`#${this.ctx.domId(entry.id)} .more`);
  }

  private askPin(post: Post): void {
    this.confirming = undefined;
    const until = post.pin?.until ? this.dateInput(Date.parse(post.pin.until) - 1) : '';
    this.pinning = {
      entry: post,
      announcement: post.pin?.announcement ?? false,
      until,
      busy: false,
      key: newIdempotencyKey(),
    };
    void this.ctx.focus(`#${this.ctx.domId(post.id)}-pin input`);
  }

  /** A local calendar date as `<input type="date">` shows it. */
  private dateInput(at: number): string {
    const d = new Date(at);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }

  private async pin(): Promise<void> {
    const pinning = this.pinning;
    const feed = this.ctx.store()?.feed;
    if (!pinning || !feed || pinning.busy) return;
    // Pinned through the chosen day: until the start of the next one, local time.
    const [y, m, d] = pinning.until.split('-').map(Number);
    const until = y && m && d ? new Date(y, m - 1, d + 1).toISOString() : undefined;
    pinning.busy = true;
    pinning.error = undefined;
    this.ctx.requestUpdate();
    try {
      const post = await this.ctx.guard(
        feed.pin(pinning.entry.id, { announcement: pinning.announcement, until }, { idempotencyKey: pinning.key }),
      );
      this.pinning = undefined;
      this.ctx.replaced(post);
      this.ctx.toast(this.strings.pinned, 'success');
      void this.ctx.focus(`#${this.ctx.domId(post.id)}`);
    } catch (error) {
      pinning.error = writeError(this.ctx, error);
      this.ctx.failed(error);
    } finally {
      pinning.busy = false;
      this.ctx.requestUpdate();
    }
  }

  /** Lock or unlock a post's comments, or restore a hidden entry: no confirmation, undone the same way. */
  private async moderate(entry: FeedEntry, action: 'lock' | 'unlock' | 'restore'): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed) return;
    try {
      const updated = await this.ctx.guard(feed.moderate(entry.id, action, { idempotencyKey: newIdempotencyKey() }));
      this.ctx.replaced(updated);
      this.ctx.toast(this.strings.moderated[action], 'success');
      void this.ctx.focus(`#${this.ctx.domId(entry.id)} .more`);
    } catch (error) {
      this.ctx.toast(writeError(this.ctx, error), 'error');
      this.ctx.failed(error);
    }
  }

  private async unpin(post: Post): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed) return;
    try {
      const updated = await this.ctx.guard(feed.pin(post.id, null, { idempotencyKey: newIdempotencyKey() }));
      this.ctx.replaced(updated);
      this.ctx.toast(this.strings.unpinned, 'success');
      void this.ctx.focus(`#${this.ctx.domId(post.id)}`);
    } catch (error) {
      this.ctx.toast(writeError(this.ctx, error), 'error');
      this.ctx.failed(error);
    }
  }

  panel(entry: FeedEntry): TemplateResult | undefined {
    const t = this.strings;
    const id = this.ctx.domId(entry.id);
    const confirming = this.confirming;
    if (confirming?.entry.id === entry.id) {
      const ask = t.confirm[confirming.action];
      return html`<div class="confirm" id="${id}-confirm" role="group" aria-labelledby="${id}-confirm-text">
        <p id="${id}-confirm-text">${entry.kind === 'post' ? ask.post : ask.comment}</p>
        <div class="row">
          <button
            type="button"
            class="button danger"
            aria-disabled=${confirming.busy ? 'true' : 'false'}
            @click=${() => void this.confirmed()}
          >
            ${confirming.busy ? ask.busy : ask.label}
          </button>
          <button type="button" class="button" @click=${() => this.cancelPanel(entry)}>${t.cancel}</button>
        </div>
      </div>`;
    }
    const pinning = this.pinning;
    if (pinning?.entry.id !== entry.id) return undefined;
    const today = this.dateInput(this.ctx.clock.now());
    return html`<form
      class="pin-form"
      id="${id}-pin"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.pin();
      }}
    >
      <fieldset>
        <legend>${t.pinTitle}</legend>
        <label class="choice">
          <input
            type="checkbox"
            .checked=${pinning.announcement}
            @change=${(event: Event) => (pinning.announcement = (event.target as HTMLInputElement).checked)}
          />
          ${t.announcement}
        </label>
        <div class="field">
          <label for="${id}-until">${t.until}</label>
          <input
            id="${id}-until"
            type="date"
            min=${today}
            aria-describedby="${id}-until-hint${pinning.error ? ` ${id}-pin-error` : ''}"
            .value=${pinning.until}
            @input=${(event: Event) => (pinning.until = (event.target as HTMLInputElement).value)}
          />
          <span class="hint" id="${id}-until-hint">${t.untilHint}</span>
        </div>
      </fieldset>
      ${pinning.error ? html`<p class="field-error" id="${id}-pin-error" role="alert">${pinning.error}</p>` : nothing}
      <div class="row">
        <button type="submit" class="button primary" aria-disabled=${pinning.busy ? 'true' : 'false'}>
          ${pinning.busy ? t.pinning : t.pinNow}
        </button>
        <button type="button" class="button" @click=${() => this.cancelPanel(entry)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  // ---------------------------------------------------------------------------- who reacted

  openReactors(entry: FeedEntry, _trigger: HTMLElement): void {
    if (this.isReactorsOpen(entry.id)) {
      this.reactorsOf = undefined;
      this.ctx.requestUpdate();
      return;
    }
    const reactors: Reactors = { entry, lists: {}, loading: true };
    this.reactorsOf = reactors;
    this.ctx.requestUpdate();
    const counts = this.ctx.reactionsOf(entry).counts;
    const kinds = REACTIONS.filter((reaction) => (counts[reaction] ?? 0) > 0);
    void Promise.all(kinds.map((reaction) => this.loadReactors(reactors, reaction))).then(() => {
      reactors.loading = false;
      this.ctx.requestUpdate();
    });
  }

  private async loadReactors(reactors: Reactors, reaction: Reaction, cursor?: string): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed) return;
    const before = reactors.lists[reaction];
    try {
      const page: Page<Person> = await this.ctx.guard(
        feed.reactors(reactors.entry.id, reaction, cursor ? { cursor, limit: 10 } : { limit: 10 }),
      );
      reactors.lists[reaction] = { people: [...(before?.people ?? []), ...page.items], next: page.next };
    } catch (error) {
      reactors.lists[reaction] = {
        people: before?.people ?? [],
        next: before?.next,
        failure: writeError(this.ctx, error),
      };
    }
    this.ctx.requestUpdate();
  }

  reactors(entry: FeedEntry): TemplateResult | undefined {
    const reactors = this.reactorsOf;
    if (reactors?.entry.id !== entry.id) return undefined;
    const t = this.strings;
    const labels = this.ctx.strings().reactions;
    const { format } = this.ctx.locale();
    const id = `${this.ctx.domId(entry.id)}-reactors`;
    const close = () => {
      this.reactorsOf = undefined;
      void this.ctx.focus(`#${this.ctx.domId(entry.id)} .who`);
    };
    return html`<div
      class="reactors"
      id=${id}
      role="region"
      aria-labelledby="${id}-title"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && close()}
    >
      <div class="reactors-head">
        <p class="reactors-title" id="${id}-title">${t.whoReacted}</p>
        <button type="button" class="button subtle close" aria-label=${t.close} @click=${close}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      ${
        reactors.loading
          ? html`<p class="hint" role="status">${t.loading}</p>`
          : REACTIONS.filter((reaction) => reactors.lists[reaction]).map((reaction) => {
              const list = reactors.lists[reaction]!;
              const n = this.ctx.reactionsOf(entry).counts[reaction] ?? list.people.length;
              return html`<div class="reactor-group">
                <p class="reactor-kind" id="${id}-${reaction}">
                  <span aria-hidden="true">${this.ctx.emoji(reaction)}</span>
                  ${t.reactedWith(labels[reaction], n, format)}
                </p>
                <ul aria-labelledby="${id}-${reaction}">
                  ${list.people.map(
                    (person) =>
                      html`<li>
                        <span aria-hidden="true">${avatar(person, { size: 'small' })}</span>
                        <span>${person.displayName}</span>
                      </li>`,
                  )}
                </ul>
                ${list.failure ? html`<p class="field-error">${list.failure}</p>` : nothing}
                ${
                  list.next
                    ? html`<button
                        type="button"
                        class="button subtle"
                        @click=${() => void this.loadReactors(reactors, reaction, list.next)}
                      >
                        ${t.more}
                      </button>`
                    : nothing
                }
              </div>`;
            })
      }
    </div>`;
  }
}
