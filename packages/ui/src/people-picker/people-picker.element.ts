import { defineElement } from '../define.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Clock, Person, PleinStore } from '@plein/core';
import { PleinElement } from '../element/plein-element.js';
import { errorText } from '../i18n/error-text.js';
import { uiStrings } from '../i18n/ui-strings.js';
import { formStyles } from '../styles/form.styles.js';
import { avatar } from '../templates/avatar.js';
import { peoplePickerStyles } from './people-picker.styles.js';
import { peoplePickerStrings } from './people-picker.strings.js';

export interface PleinPeopleChangeDetail {
  people: Person[];
}

/** Quiet time after the last keystroke before the store is asked, on the element's clock. */
export const SEARCH_DELAY_MS = 250;

type Status = 'idle' | 'searching' | 'done' | 'error';

/**
 * Finds and chooses colleagues: an ARIA 1.2 combobox that searches the store's people as you
 * type, with the chosen people shown as removable chips.
 *
 * @summary Choose one or more people by searching their name, e-mail or department.
 *
 * @attr label - The visible label of the search field (default "People").
 * @attr multiple - Lets several people be chosen; without it a new choice replaces the old.
 * @attr limit - At most this many results (default 8).
 * @attr description - A hint below the search field ("Choose up to 10 colleagues"), read with it.
 * @attr error - What is wrong with the choice, localized by the form that checks it: shown below
 *   the search field, which is then marked invalid and described by it. The form sets it (and
 *   clears it); the picker never checks anything itself. It lives in the picker's own shadow
 *   root because an `aria-describedby` cannot point across shadow roots.
 * @attr theme - `light` or `dark`; absent follows the system setting.
 * @attr lang - The language (`en`, `nl`); absent inherits the nearest ancestor's or the page's.
 *
 * @prop {Person[]} value - The chosen people.
 * @prop {PleinStore} store - The store to use (inherited).
 * @prop {Clock} clock - Time source of the search delay (inherited); tests pass a `ManualClock`.
 *
 * @fires plein-people-change - `{people}` when the person using it chose or removed someone (never on a property change).
 *
 * @csspart input - The search field.
 * @csspart listbox - The list of people found.
 * @csspart option - One person found.
 * @csspart chips - The chosen people.
 * @csspart chip - One chosen person.
 * @csspart message - "Searching…", "No one found" or the error with its retry button.
 * @csspart description - The hint below the search field.
 * @csspart error - The form's message about the choice.
 */
export class PleinPeoplePicker extends PleinElement {
  static override styles = [PleinElement.styles, formStyles, peoplePickerStyles];
  /** `picker.focus()` (a host page, a form's first invalid field) lands in the search field. */
  static override shadowRootOptions: ShadowRootInit = { ...PleinElement.shadowRootOptions, delegatesFocus: true };

  @property() label?: string;

  @property({ type: Boolean, reflect: true }) multiple = false;

  @property({ type: Number }) limit = 8;

  /** A hint below the search field. */
  @property() description?: string;

  /** The form's localized message about the choice; the search field is invalid while it is set. */
  @property() error?: string;

  /** The chosen people. */
  @property({ attribute: false }) value: Person[] = [];

  @state() private query = '';
  @state() private results: Person[] = [];
  @state() private status: Status = 'idle';
  @state() private failure?: unknown;
  @state() private open = false;
  @state() private active = -1;

  @query('input') private input?: HTMLInputElement;

  private timer: { clock: Clock; handle: unknown } | undefined;
  /** Bumped by every keystroke and search, so a late answer to an older query is dropped. */
  private generation = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  protected override storeChanged(_store: PleinStore): void {
    if (this.query.trim()) this.schedule();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  // ---------------------------------------------------------------------------- searching

  private typed(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.generation++;
    this.active = -1;
    if (this.query.trim()) {
      this.schedule();
    } else {
      this.stopTimer();
      this.reset();
    }
  }

  private schedule(): void {
    this.stopTimer();
    const clock = this.clock;
    this.timer = { clock, handle: clock.setTimeout(() => void this.search(), SEARCH_DELAY_MS) };
  }

  private stopTimer(): void {
    this.timer?.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  private reset(): void {
    this.results = [];
    this.status = 'idle';
    this.open = false;
    this.active = -1;
  }

  private async search(): Promise<void> {
    this.timer = undefined;
    const store = this.storeRef.value;
    const text = this.query.trim();
    if (!store || !text) return; // a store arriving later searches again (storeChanged)
    const generation = ++this.generation;
    this.status = 'searching';
    try {
      const found = await store.people.search(text, { limit: this.limit });
      if (generation !== this.generation) return;
      const chosen = new Set(this.multiple ? this.value.map((p) => p.id) : []);
      this.results = found.filter((p) => !chosen.has(p.id));
      this.status = 'done';
      this.open = this.results.length > 0;
      this.active = -1;
      const t = this.i18n.strings(peoplePickerStrings);
      this.feedback.announce(this.results.length ? t.found(this.results.length, this.i18n.format) : t.noOne(text));
    } catch (error) {
      if (generation !== this.generation) return;
      this.failure = error;
      this.status = 'error';
      this.results = [];
      this.open = false;
      this.feedback.announce(errorText(this.i18n.locale, error));
    }
  }

  private retry(): void {
    this.input?.focus();
    void this.search();
  }

  // ---------------------------------------------------------------------------- choosing

  private choose(person: Person): void {
    const t = this.i18n.strings(peoplePickerStrings);
    this.value = this.multiple ? [...this.value.filter((p) => p.id !== person.id), person] : [person];
    this.query = '';
    this.generation++;
    this.stopTimer();
    this.reset();
    this.input?.focus();
    this.feedback.announce(t.added(person.displayName));
    this.changed();
  }

  private removePerson(person: Person): void {
    this.value = this.value.filter((p) => p.id !== person.id);
    this.input?.focus();
    this.feedback.announce(this.i18n.strings(peoplePickerStrings).removed(person.displayName));
    this.changed();
  }

  private changed(): void {
    this.dispatchEvent(
      new CustomEvent<PleinPeopleChangeDetail>('plein-people-change', {
        detail: { people: [...this.value] },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // ---------------------------------------------------------------------------- keyboard

  private keydown(event: KeyboardEvent): void {
    const count = this.results.length;
    const move = (index: number) => {
      event.preventDefault();
      this.open = true;
      this.active = index;
    };
    switch (event.key) {
      case 'ArrowDown':
        if (count) move(this.open ? (this.active + 1) % count : 0);
        else if (this.query.trim() && this.status !== 'searching') void this.search();
        break;
      case 'ArrowUp':
        if (count) move(this.open && this.active > 0 ? this.active - 1 : count - 1);
        break;
      case 'Home':
        if (this.open && count) move(0);
        break;
      case 'End':
        if (this.open && count) move(count - 1);
        break;
      case 'Enter': {
        const person = this.open ? this.results[this.active] : undefined;
        if (person) {
          event.preventDefault();
          this.choose(person);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
          this.generation++;
          this.stopTimer();
          this.reset();
        }
        break;
      case 'Backspace': {
        const last = this.value[this.value.length - 1];
        if (!this.input?.value && last) {
          event.preventDefault();
          this.removePerson(last);
        }
        break;
      }
      case 'Tab':
        this.open = false;
        break;
    }
  }

  /** Mouse on the list: the input keeps focus (the keys act there), the option under the pointer is active. */
  private optionAt(event: Event): number {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    return option ? Number(option.dataset['index']) : -1;
  }

  private pointerDown(event: MouseEvent): void {
    if (this.optionAt(event) >= 0) event.preventDefault();
  }

  private pointerMove(event: MouseEvent): void {
    const index = this.optionAt(event);
    if (index >= 0 && index !== this.active) this.active = index;
  }

  private pointerClick(event: MouseEvent): void {
    const person = this.results[this.optionAt(event)];
    if (person) this.choose(person);
  }

  private focusOut(event: FocusEvent): void {
    if (!this.renderRoot.contains(event.relatedTarget as Node)) {
      this.open = false;
      this.active = -1;
    }
  }

  // ---------------------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const t = this.i18n.strings(peoplePickerStrings);
    const open = this.open && this.results.length > 0;
    const activeId = open && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`<div class="picker" @focusout=${this.focusOut}>
      <label id="label" for="input">${this.label || t.label}</label>
      ${
        this.value.length
          ? html`<ul class="chips" part="chips" aria-label=${t.chosen}>
              ${this.value.map(
                (person) =>
                  html`<li class="chip" part="chip">
                    <span aria-hidden="true">${avatar(person, { size: 'small' })}</span>
                    <span class="chip-name">${person.displayName}</span>
                    <button
                      type="button"
                      class="chip-remove"
                      aria-label=${t.remove(person.displayName)}
                      @click=${() => this.removePerson(person)}
                    >
                      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
                      </svg>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div
        class="combo"
        @keydown=${this.keydown}
        @mousedown=${this.pointerDown}
        @mousemove=${this.pointerMove}
        @click=${this.pointerClick}
      >
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          aria-labelledby="label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${activeId ?? nothing}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.describedBy || nothing}
          .value=${this.query}
          @input=${this.typed}
        />
        <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${!open}>
          ${open ? this.results.map((person, i) => this.renderOption(person, i)) : nothing}
        </ul>
      </div>
      ${this.renderMessage()}
      ${this.description ? html`<p id="description" class="hint" part="description">${this.description}</p>` : nothing}
      ${this.error ? html`<p id="error" class="field-error" part="error" role="alert">${this.error}</p>` : nothing}
      ${this.feedback.render()}
    </div>`;
  }

  /** The hint, the form's error and the search's message, whichever are shown. */
  private get describedBy(): string {
    const ids = [this.description && 'description', this.error && 'error', this.messageShown && 'message'];
    return ids.filter(Boolean).join(' ');
  }

  private renderOption(person: Person, index: number): TemplateResult {
    const detail = [person.jobTitle, person.department].filter(Boolean).join(' · ');
    return html`<li
      id="option-${index}"
      class="option"
      part="option"
      role="option"
      aria-selected=${index === this.active ? 'true' : 'false'}
      data-index=${index}
    >
      <span aria-hidden="true">${avatar(person, { size: 'medium' })}</span>
      <span class="option-text">
        <span class="option-name">${person.displayName}</span>
        ${detail ? html`<span class="option-detail">${detail}</span>` : nothing}
      </span>
    </li>`;
  }

  private get messageShown(): boolean {
    return this.status === 'searching' || this.status === 'error' || (this.status === 'done' && !this.results.length);
  }

  private renderMessage(): TemplateResult | typeof nothing {
    const t = this.i18n.strings(peoplePickerStrings);
    switch (this.status) {
      case 'searching':
        return html`<p id="message" class="message" part="message">${t.searching}</p>`;
      case 'done':
        return this.results.length
          ? nothing
          : html`<p id="message" class="message" part="message">${t.noOne(this.query.trim())}</p>`;
      case 'error':
        return html`<div id="message" class="message error" part="message">
          <span>${errorText(this.i18n.locale, this.failure)}</span>
          <button type="button" class="button subtle" @click=${this.retry}>
            ${this.i18n.strings(uiStrings).retry}
          </button>
        </div>`;
      default:
        return nothing;
    }
  }
}

/**
 * Defines `<plein-people-picker>` (skipped when already defined). Elements that render a picker
 * call it; a bare side-effect import would be dropped by bundlers from side-effect-free packages.
 */
export function definePeoplePicker(): void {
  defineElement('plein-people-picker', PleinPeoplePicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'plein-people-picker': PleinPeoplePicker;
  }
}
