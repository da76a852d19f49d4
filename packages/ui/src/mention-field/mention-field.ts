import { html, nothing, type TemplateResult } from 'lit';
import type { Clock, Formatters, Locale, Person, PleinStore } from '@plein/core';
import { avatar } from '../templates/avatar.js';
import { fieldStrings } from './mention-field.strings.js';
import { fromMarkup, mentionQuery, toMarkup, type MentionMap } from './mentions.js';

/** What a mention field needs from the part that shows it (the feed's context and the kudos form both are one). */
export interface MentionHost {
  store(): PleinStore | undefined;
  readonly clock: Clock;
  locale(): { locale: Locale; format: Formatters };
  /** Races a store call against the element's clock (a stalled store fails as `unavailable`). */
  guard<T>(call: Promise<T>): Promise<T>;
  /** Announced to screen readers only. */
  announce(text: string): void;
  /** Re-renders the element (the field keeps its own state). */
  requestUpdate(): void;
}

/** Quiet time after the last keystroke before people are searched, on the element's clock. */
export const MENTION_DELAY_MS = 200;
const RESULTS = 6;

export interface MentionFieldOptions {
  /** The textarea's id (unique in the element). */
  id: string;
  label: string;
  /** The label is read, not shown (a comment box with a placeholder). */
  hideLabel?: boolean;
  placeholder?: string;
  /** Characters the store accepts (measured on the stored text, mentions as markup). */
  max: number;
  /** Ctrl/Cmd+Enter. */
  submit: () => void;
  /** Escape while no list is open (an editor cancels). */
  cancel?: () => void;
  /** After every change of the text (a composer saves its draft). */
  changed?: () => void;
}

/**
 * A textarea for posts, comments and kudos messages. Typing `@` and a few letters lists matching colleagues
 * below it (the textarea stays focused and points at the active option with
 * `aria-activedescendant`, as a combobox does); arrows move, Enter or Tab picks, Escape closes.
 * The field shows `@Name`; `markup` is the text with mentions as the store keeps them.
 */
export class MentionField {
  text = '';
  private mentions: MentionMap = new Map();
  private results: Person[] = [];
  private active = -1;
  private trigger: { at: number; query: string } | undefined;
  private timer: { clock: Clock; handle: unknown } | undefined;
  private generation = 0;
  private textarea?: HTMLTextAreaElement;

  constructor(
    private readonly ctx: MentionHost,
    private readonly options: MentionFieldOptions,
  ) {}

  get id(): string {
    return this.options.id;
  }

  /** The text as the store keeps it. */
  get markup(): string {
    return toMarkup(this.text, this.mentions);
  }

  /** Characters the store would count (trimmed, mentions as markup). */
  get length(): number {
    return this.markup.trim().length;
  }

  get open(): boolean {
    return this.trigger !== undefined && this.results.length > 0;
  }

  /** Shows stored text (an entry being edited). */
  setMarkup(markup: string): void {
    const { text, mentions } = fromMarkup(markup);
    this.restore(text, [...mentions]);
  }

  /** Shows readable text with the mentions it holds (a saved draft). */
  restore(text: string, mentions: [string, string][]): void {
    this.text = text;
    this.mentions = new Map(mentions);
    this.close();
  }

  /** The mentions still in the text, for a draft. */
  entries(): [string, string][] {
    return [...this.mentions].filter(([name]) => this.text.includes(`@${name}`));
  }

  clear(): void {
    this.restore('', []);
    if (this.textarea) this.textarea.value = '';
  }

  dispose(): void {
    this.stopTimer();
  }

  // ---------------------------------------------------------------------------- typing

  private readonly typed = (event: Event): void => {
    const area = (this.textarea = event.target as HTMLTextAreaElement);
    this.text = area.value;
    this.look(area);
    this.options.changed?.();
    this.ctx.requestUpdate();
  };

  /** Caret moves (clicks, arrows outside the list) may leave or enter an `@name`. */
  private readonly moved = (event: Event): void => {
    const area = (this.textarea = event.target as HTMLTextAreaElement);
    const now = this.queryAt(area);
    if (now?.at !== this.trigger?.at || now?.query !== this.trigger?.query) {
      this.look(area);
      this.ctx.requestUpdate();
    }
  };

  private look(area: HTMLTextAreaElement): void {
    const found = this.queryAt(area);
    this.trigger = found;
    this.generation++;
    this.stopTimer();
    if (!found || !found.query.trim()) {
      this.results = [];
      this.active = -1;
      return;
    }
    const clock = this.ctx.clock;
    this.timer = { clock, handle: clock.setTimeout(() => void this.search(found.query), MENTION_DELAY_MS) };
  }

  /** The `@query` at the caret, unless it is a name already picked. */
  private queryAt(area: HTMLTextAreaElement): { at: number; query: string } | undefined {
    if (area.selectionStart !== area.selectionEnd) return undefined;
    const found = mentionQuery(area.value, area.selectionStart);
    const picked = (name: string) =>
      found?.query.startsWith(name) && !/[\p{L}\p{N}_]/u.test(found.query.charAt(name.length));
    return found && ![...this.mentions.keys()].some(picked) ? found : undefined;
  }

  private async search(query: string): Promise<void> {
    this.timer = undefined;
    const store = this.ctx.store();
    if (!store) return;
    const generation = ++this.generation;
    const t = this.ctx.locale();
    const strings = fieldStrings[t.locale];
    try {
      const found = await this.ctx.guard(store.people.search(query.trim(), { limit: RESULTS }));
      if (generation !== this.generation) return;
      this.results = found;
      this.active = found.length ? 0 : -1;
      this.ctx.announce(found.length ? strings.found(found.length, t.format) : strings.noOne);
    } catch {
      if (generation !== this.generation) return;
      this.results = [];
      this.active = -1;
    }
    this.ctx.requestUpdate();
  }

  private close(): void {
    this.trigger = undefined;
    this.results = [];
    this.active = -1;
    this.generation++;
    this.stopTimer();
  }

  private stopTimer(): void {
    this.timer?.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  private choose(person: Person): void {
    const area = this.textarea;
    const trigger = this.trigger;
    if (!area || !trigger) return;
    const name = person.displayName.replace(/[[\]\n]/g, ' ').trim() || person.id;
    const end = trigger.at + 1 + trigger.query.length;
    const before = this.text.slice(0, trigger.at) + `@${name} `;
    this.text = before + this.text.slice(end).replace(/^ /, '');
    this.mentions.set(name, person.id);
    this.close();
    area.value = this.text;
    area.setSelectionRange(before.length, before.length);
    area.focus();
    this.ctx.announce(fieldStrings[this.ctx.locale().locale].mentioned(name));
    this.options.changed?.();
    this.ctx.requestUpdate();
  }

  private readonly keyed = (event: KeyboardEvent): void => {
    this.textarea = event.target as HTMLTextAreaElement;
    const count = this.results.length;
    if (this.open) {
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp':
          event.preventDefault();
          this.active = (this.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
          this.ctx.requestUpdate();
          return;
        case 'Enter':
        case 'Tab':
          if (event.ctrlKey || event.metaKey || event.shiftKey || this.active < 0) break;
          event.preventDefault();
          this.choose(this.results[this.active]!);
          return;
        case 'Escape':
          event.preventDefault();
          event.stopPropagation();
          this.close();
          this.ctx.requestUpdate();
          return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.close();
      this.options.submit();
    } else if (event.key === 'Escape' && this.options.cancel) {
      event.preventDefault();
      this.options.cancel();
    }
  };

  /** Leaving the field closes the list (a click on an option lands first: see `pressed`). */
  private readonly left = (): void => {
    if (!this.trigger) return;
    this.close();
    this.ctx.requestUpdate();
  };

  /** The option under the pointer, if any (the list is clicked, never focused). */
  private optionAt(event: Event): Person | undefined {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    return option ? this.results[Number(option.dataset['index'])] : undefined;
  }

  /** The textarea keeps focus while an option is clicked. */
  private readonly pressed = (event: Event): void => {
    if (this.optionAt(event)) event.preventDefault();
  };

  private readonly clicked = (event: Event): void => {
    const person = this.optionAt(event);
    if (person) this.choose(person);
  };

  // ---------------------------------------------------------------------------- rendering

  /** The label, the textarea, the people list and (near the limit) the counter. */
  render(
    extra: { describedBy?: string; invalid?: boolean; disabled?: boolean; label?: string; placeholder?: string } = {},
  ): TemplateResult {
    const { id, max } = this.options;
    const label = extra.label ?? this.options.label;
    const placeholder = extra.placeholder ?? this.options.placeholder;
    const { locale, format } = this.ctx.locale();
    const strings = fieldStrings[locale];
    const open = this.open;
    const list = `${id}-people`;
    const left = max - this.length;
    const counting = left <= Math.min(500, Math.round(max / 10));
    const described = [extra.describedBy, counting ? `${id}-count` : ''].filter(Boolean).join(' ');
    return html`<div class="mention-field">
      <label for=${id} class=${this.options.hideLabel ? 'visually-hidden' : 'field-label'}>${label}</label>
      <div class="mention-box" @keydown=${this.keyed} @mousedown=${this.pressed} @click=${this.clicked}>
        <textarea
          id=${id}
          rows="3"
          placeholder=${placeholder ?? ''}
          aria-describedby=${described || nothing}
          aria-invalid=${extra.invalid || left < 0 ? 'true' : 'false'}
          aria-autocomplete="list"
          aria-controls=${open ? list : nothing}
          aria-activedescendant=${open && this.active >= 0 ? `${list}-${this.active}` : nothing}
          ?disabled=${extra.disabled}
          .value=${this.text}
          @input=${this.typed}
          @keyup=${this.moved}
          @click=${this.moved}
          @blur=${this.left}
        ></textarea>
        ${
          open
            ? html`<ul class="mention-list" id=${list} role="listbox" aria-label=${strings.people}>
                ${this.results.map(
                  (person, index) =>
                    html`<li
                      id="${list}-${index}"
                      class="mention-option"
                      role="option"
                      aria-selected=${index === this.active ? 'true' : 'false'}
                      data-index=${index}
                    >
                      <span aria-hidden="true">${avatar(person, { size: 'small' })}</span>
                      <span class="mention-name">${person.displayName}</span>
                      ${person.jobTitle ? html`<span class="mention-detail">${person.jobTitle}</span>` : nothing}
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>
      ${
        counting
          ? html`<p class="counter ${left < 0 ? 'over' : ''}" id="${id}-count">
              ${left < 0 ? strings.over(-left, format) : strings.left(left, format)}
            </p>`
          : nothing
      }
    </div>`;
  }
}
