import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS, newIdempotencyKey, toPleinError, type Kudos, type KudosValue, type Person } from '@plein/core';
import {
  definePeoplePicker,
  MentionField,
  formStyles,
  mentionFieldStyles,
  type PleinPeopleChangeDetail,
  type PleinPeoplePicker,
  styleProps,
} from '@plein/ui';
import type { WallContext } from './context.js';
import { clearDraft, loadDraft, saveDraft } from './give-draft.js';
import { giveStrings, type GiveStrings } from './give.strings.js';
import { giveStyles } from './give.styles.js';
import { localized } from './value-badge.js';

export const styles = [formStyles, mentionFieldStyles, giveStyles];

type Field = 'people' | 'value' | 'message';
/** The fields in the order they are shown: focus goes to the first one in error. */
const FIELDS: Field[] = ['people', 'value', 'message'];
/** Refusals after which nothing was saved: the next try is a new gift, with a new key. */
const DEFINITE = new Set(['invalid', 'too-large', 'forbidden', 'not-found', 'conflict']);

export interface GiveOptions {
  /** The store accepted the kudos. */
  given(kudos: Kudos): void;
  /** Cancel (or Escape): the wall closes the form and returns focus. */
  close(): void;
}

/**
 * The give form, loaded the first time it opens: colleagues from a people picker (never the
 * viewer), one of the active values as a radio group, and a message with @-mentions and
 * #hashtags. Each input is checked as the store would, with the reason at its field; the draft
 * survives a failed send and a reload, with one idempotency key per draft so a retry never gives
 * twice.
 */
export class GiveForm {
  private people: Person[] = [];
  private valueId = '';
  private key = newIdempotencyKey();
  private errors: Partial<Record<Field, string>> = {};
  private formError: string | undefined;
  private sending = false;
  private readonly field: MentionField;
  /** The signed-in person whose draft this is. */
  private owner: string | undefined;

  constructor(
    private readonly ctx: WallContext,
    private readonly options: GiveOptions,
  ) {
    definePeoplePicker();
    this.field = new MentionField(ctx, {
      id: 'give-message',
      label: this.strings.message,
      placeholder: this.strings.placeholder,
      max: LIMITS.kudosMessage,
      submit: () => void this.send(),
      cancel: () => options.close(),
      changed: () => {
        if (this.errors.message && this.field.length && this.field.length <= LIMITS.kudosMessage) {
          this.errors = { ...this.errors, message: undefined };
        }
        this.save();
      },
    });
  }

  private get strings(): GiveStrings {
    return giveStrings[this.ctx.locale().locale];
  }

  /** The values people can give kudos for now. */
  private get active(): KudosValue[] {
    return this.ctx.values().filter((value) => !value.archived);
  }

  /** Shows the form (with the viewer's draft, and `preset` among the people) and focuses its first field. */
  async open(preset?: Person): Promise<void> {
    this.restore();
    if (preset && !this.people.some((p) => p.id === preset.id)) {
      this.people = [...this.people, preset];
      this.save();
    }
    await this.focusField(this.people.length ? (this.valueId ? 'message' : 'value') : 'people');
  }

  dispose(): void {
    this.field.dispose();
  }

  // ---------------------------------------------------------------------------- draft

  private restore(): void {
    const me = this.ctx.me()?.id;
    if (!me || me === this.owner) return;
    this.owner = me;
    const draft = loadDraft(me);
    this.people = draft?.people.filter((p) => p.id !== me) ?? [];
    this.valueId = draft?.valueId ?? '';
    this.key = draft?.key ?? newIdempotencyKey();
    this.field.restore(draft?.text ?? '', draft?.mentions ?? []);
    this.errors = {};
    this.formError = undefined;
  }

  private save(): void {
    if (!this.owner) return;
    if (this.people.length || this.valueId || this.field.text.trim()) {
      const draft = { people: this.people, valueId: this.valueId, key: this.key };
      saveDraft(this.owner, { ...draft, text: this.field.text, mentions: this.field.entries() });
    } else {
      clearDraft(this.owner);
    }
  }

  // ---------------------------------------------------------------------------- choosing

  private readonly picked = (event: CustomEvent<PleinPeopleChangeDetail>): void => {
    const me = this.ctx.me()?.id;
    const chosen = event.detail.people;
    // The viewer can't be a recipient: taken out at once, with the reason at the field.
    this.people = chosen.filter((p) => p.id !== me);
    const self = this.people.length < chosen.length;
    this.errors = { ...this.errors, people: self ? this.strings.self : undefined };
    if (!self && this.people.length > LIMITS.kudosRecipients) this.errors.people = this.tooMany();
    this.save();
    this.ctx.requestUpdate();
  };

  private chooseValue(id: string): void {
    this.valueId = id;
    this.errors = { ...this.errors, value: undefined };
    this.save();
    this.ctx.requestUpdate();
  }

  private tooMany(): string {
    return this.strings.tooMany(LIMITS.kudosRecipients, this.ctx.locale().format);
  }

  // ---------------------------------------------------------------------------- sending

  /** The store's own checks, made here first so people see every reason at once. */
  private check(): Partial<Record<Field, string>> {
    const t = this.strings;
    const { format } = this.ctx.locale();
    const me = this.ctx.me()?.id;
    const errors: Partial<Record<Field, string>> = {};
    if (!this.people.length) errors.people = t.nobody;
    else if (this.people.some((p) => p.id === me)) errors.people = t.self;
    else if (this.people.length > LIMITS.kudosRecipients) errors.people = this.tooMany();
    const value = this.ctx.value(this.valueId);
    if (!value) errors.value = t.noValue;
    else if (value.archived) errors.value = t.archived;
    const length = this.field.length;
    if (!length) errors.message = t.empty;
    else if (length > LIMITS.kudosMessage) errors.message = t.tooLong(LIMITS.kudosMessage, format);
    return errors;
  }

  private readonly submitted = (event: Event): void => {
    event.preventDefault();
    void this.send();
  };

  private async send(): Promise<void> {
    const api = this.ctx.store()?.kudos;
    if (!api || this.sending) return;
    this.formError = undefined;
    this.errors = this.check();
    if (this.refused()) return;
    this.sending = true;
    this.ctx.requestUpdate();
    const draft = { toIds: this.people.map((p) => p.id), valueId: this.valueId, message: this.field.markup.trim() };
    try {
      const kudos = await this.ctx.guard(api.give(draft, { idempotencyKey: this.key }));
      if (this.owner) clearDraft(this.owner);
      // The wall names them in its toast and on the card at once.
      this.ctx.people.add(this.people);
      this.people = [];
      this.valueId = '';
      this.field.clear();
      this.key = newIdempotencyKey();
      this.options.given(kudos);
    } catch (error) {
      // Everything stays (and the draft, with the same key unless the store refused it for good).
      this.storeRefused(error);
      this.save();
      this.ctx.failed(error);
      this.refused();
    } finally {
      this.sending = false;
      this.ctx.requestUpdate();
    }
  }

  /** The store's refusal, at the field it names (as the checks above would say it). */
  private storeRefused(error: unknown): void {
    const { code, details } = toPleinError(error);
    const t = this.strings;
    const { format } = this.ctx.locale();
    if (DEFINITE.has(code)) this.key = newIdempotencyKey();
    const limit = typeof details.limit === 'number' ? details.limit : undefined;
    switch (details.field) {
      case 'toIds':
        this.errors.people =
          details.reason === 'self'
            ? t.self
            : details.reason === 'unknown-person'
              ? t.unknownPerson
              : details.reason === 'too-many'
                ? t.tooMany(limit ?? LIMITS.kudosRecipients, format)
                : t.nobody;
        return;
      case 'valueId':
        this.errors.value =
          details.reason === 'archived' || details.reason === 'unknown-value' ? t.archived : t.noValue;
        return;
      case 'message':
        this.errors.message =
          details.reason === 'unknown-mention'
            ? t.unknownMention
            : code === 'too-large' || details.reason === 'too-long'
              ? t.tooLong(limit ?? LIMITS.kudosMessage, format)
              : t.empty;
        return;
    }
    this.formError = this.ctx.errorText(error);
  }

  /** Whether anything is refused; if so, focus goes to the first field in error. */
  private refused(): boolean {
    const first = FIELDS.find((field) => this.errors[field]);
    if (first) void this.focusField(first);
    else if (this.formError) this.ctx.requestUpdate();
    return Boolean(first);
  }

  private async focusField(field: Field): Promise<void> {
    const root = this.ctx.shell.element.renderRoot;
    this.ctx.requestUpdate();
    await this.ctx.shell.element.updateComplete;
    if (field === 'people') {
      const picker = root.querySelector<PleinPeoplePicker>('#give-people');
      await picker?.updateComplete;
      // Its search field, not the first chip's remove button (where delegated focus would land).
      (picker?.renderRoot?.querySelector<HTMLElement>('input') ?? picker)?.focus();
    } else if (field === 'value') {
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="give-value"]')];
      (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
    } else {
      root.querySelector<HTMLElement>('#give-message')?.focus();
    }
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const { locale, format } = this.ctx.locale();
    const { people, value, message } = this.errors;
    const error = (field: Field, text: string | undefined) =>
      text ? html`<p class="field-error" id="give-${field}-error" role="alert">${text}</p>` : nothing;
    const describe = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;
    const active = this.active;
    return html`<form
      class="give card"
      part="give-form"
      novalidate
      aria-labelledby="give-title"
      @submit=${this.submitted}
    >
      <h2 class="give-title" id="give-title">${t.title}</h2>
      <plein-people-picker
        id="give-people"
        multiple
        label=${t.to}
        .description=${t.toHint(LIMITS.kudosRecipients, format)}
        .error=${people}
        .value=${this.people}
        .store=${this.ctx.store()}
        .clock=${this.ctx.clock}
        .theme=${this.ctx.shell.element.theme}
        @plein-people-change=${this.picked}
      ></plein-people-picker>
      <fieldset
        class="values"
        role="radiogroup"
        aria-required="true"
        aria-invalid=${value ? 'true' : 'false'}
        aria-describedby=${describe(value && 'give-value-error')}
      >
        <legend>${t.value}</legend>
        ${
          active.length
            ? html`<div class="value-choices">${active.map((v) => this.renderValue(v, locale))}</div>`
            : html`<p class="hint">${t.noValues}</p>`
        }
        ${error('value', value)}
      </fieldset>
      <div class="give-message">
        ${this.field.render({
          describedBy: `give-message-hint${message ? ' give-message-error' : ''}`,
          invalid: Boolean(message),
        })}
        <p class="hint" id="give-message-hint">${t.hint}</p>
        ${error('message', message)}
      </div>
      ${this.formError ? html`<p class="field-error" role="alert">${this.formError}</p>` : nothing}
      <div class="give-actions">
        <button type="submit" class="button primary send" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? t.sending : t.send}
        </button>
        <button type="button" class="button subtle" @click=${() => this.options.close()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderValue(value: KudosValue, locale: Parameters<typeof localized>[1]): TemplateResult {
    const id = `give-value-${value.id.replace(/[^\w-]/g, '_')}`;
    const description = localized(value.description, locale);
    return html`<label class="value-choice" ${styleProps({ '--value-color': value.color })}>
      <input
        type="radio"
        name="give-value"
        id=${id}
        .value=${value.id}
        .checked=${this.valueId === value.id}
        aria-describedby=${description ? `${id}-description` : nothing}
        @change=${() => this.chooseValue(value.id)}
      />
      <span class="choice-emoji" aria-hidden="true">${value.emoji}</span>
      <span class="choice-text">
        <span class="choice-name">${localized(value.name, locale)}</span>
        ${description ? html`<span class="choice-description" id="${id}-description">${description}</span>` : nothing}
      </span>
    </label>`;
  }
}
