import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import {
  LIMITS,
  isPleinError,
  newIdempotencyKey,
  type Capabilities,
  type Clock,
  type Formatters,
  type Locale,
  type Poll,
  type PollDraft,
  type PollKind,
  type ResultsVisibility,
  type WriteOptions,
} from '@plein/core';
import { errorText } from '@plein/ui';
import type { FormStrings } from './poll-form.strings.js';

/** What the form needs from the element that shows it. */
export interface PollFormHost extends HTMLElement {
  readonly clock: Clock;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

export interface PollFormOptions {
  host: PollFormHost;
  /** The element's current language, strings and formatters (they can change while the form is open). */
  locale: () => { locale: Locale; strings: FormStrings; format: Formatters };
  capabilities: () => Capabilities;
  /** Creates or updates; the form keeps `options.idempotencyKey` across retries of one submission. */
  save: (draft: PollDraft, options: WriteOptions) => Promise<Poll>;
  saved: (poll: Poll) => void;
  failed?: (error: unknown) => void;
  cancel?: () => void;
  announce: (text: string) => void;
  /** Editing this poll; absent for a new one. */
  poll?: Poll;
}

interface AnswerRow {
  key: number;
  value: string;
}

/** Where a store error belongs: a field id, or the form as a whole. */
type ErrorTarget =
  | 'question'
  | 'options'
  | 'kind'
  | 'maxChoices'
  | 'anonymous'
  | 'resultsVisibility'
  | 'closesAt'
  | `option-${number}`
  | 'form';

const ID = 'pf';

/** `datetime-local` value for a moment, in the browser's time zone. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value read in the browser's time zone, as ISO; unparsable text is passed on for the store to refuse. */
export function fromLocalInput(value: string): string {
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/**
 * The create and edit form. Hints (character counts, 2 to 10 answers) come from LIMITS; the
 * messages come from the store's PleinError details, next to the field they name, with focus
 * on the first field in error. One idempotency key per submission survives every retry.
 */
export class PollForm {
  private readonly options: PollFormOptions;
  private question: string;
  private answers: AnswerRow[];
  private kind: PollKind;
  private maxChoices: number | undefined;
  private anonymous: boolean;
  private visibility: ResultsVisibility;
  private closesAt: string;
  private nextKey = 0;
  private errors = new Map<ErrorTarget, string>();
  private busy = false;
  private key: string | undefined;

  constructor(options: PollFormOptions) {
    this.options = options;
    const poll = options.poll;
    this.question = poll?.question ?? '';
    this.answers = (poll ? poll.options.map((option) => option.label) : ['', '']).map((value) => this.row(value));
    this.kind = poll?.kind ?? 'single';
    this.maxChoices =
      poll && poll.kind === 'multiple' && poll.maxChoices < poll.options.length ? poll.maxChoices : undefined;
    this.anonymous = poll?.anonymous ?? false;
    this.visibility = poll?.resultsVisibility ?? 'always';
    this.closesAt = poll?.closesAt ? toLocalInput(Date.parse(poll.closesAt)) : '';
  }

  /** The draft as the store will see it. */
  draft(): PollDraft {
    const draft: PollDraft = {
      question: this.question,
      options: this.answers.map((answer) => answer.value),
      kind: this.kind,
      anonymous: this.options.capabilities().anonymousPolls && this.anonymous,
      resultsVisibility: this.visibility,
    };
    if (this.kind === 'multiple' && this.maxChoices !== undefined) draft.maxChoices = this.maxChoices;
    if (this.closesAt) draft.closesAt = fromLocalInput(this.closesAt);
    return draft;
  }

  render(): TemplateResult {
    const { strings, format } = this.options.locale();
    const editing = this.options.poll !== undefined;
    const formError = this.errors.get('form');
    return html`<form class="poll-form card" novalidate aria-labelledby="${ID}-heading" @submit=${this.submit}>
      <h2 class="form-heading" id="${ID}-heading">${editing ? strings.editPoll : strings.newPoll}</h2>
      ${formError ? html`<p class="field-error form-error" id="${ID}-form-error" tabindex="-1">${formError}</p>` : nothing}
      ${this.renderQuestion(strings, format)} ${this.renderAnswers(strings, format)} ${this.renderKind(strings, format)}
      ${this.renderAnonymous(strings)} ${this.renderVisibility(strings)} ${this.renderDeadline(strings)}
      <div class="actions">
        <button type="submit" class="button primary" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? strings.saving : editing ? strings.saveSubmit : strings.createSubmit}
        </button>
        ${
          this.options.cancel
            ? html`<button type="button" class="button" @click=${() => this.options.cancel?.()}>
                ${strings.cancel}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  // ---------------------------------------------------------------------------- fields

  private renderQuestion(strings: FormStrings, format: Formatters): TemplateResult {
    const error = this.errors.get('question');
    const length = [...this.question.trim()].length;
    return html`<div class="field">
      <label for="${ID}-question">${strings.question}</label>
      <textarea
        id="${ID}-question"
        rows="2"
        .value=${live(this.question)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${ID}-question-count${error ? ` ${ID}-question-error` : ''}"
        @input=${(event: Event) => {
          this.question = (event.target as HTMLTextAreaElement).value;
          this.clear('question');
        }}
      ></textarea>
      ${this.counter(`${ID}-question-count`, length, LIMITS.pollQuestion, strings, format, true)}
      ${this.errorText('question', error)}
    </div>`;
  }

  private renderAnswers(strings: FormStrings, format: Formatters): TemplateResult {
    const error = this.errors.get('options');
    const full = this.answers.length >= LIMITS.pollOptionsMax;
    const few = this.answers.length <= LIMITS.pollOptionsMin;
    return html`<fieldset
      class="answers"
      id="${ID}-options"
      tabindex="-1"
      aria-describedby="${ID}-options-hint${error ? ` ${ID}-options-error` : ''}"
    >
      <legend>${strings.answers}</legend>
      <p class="hint" id="${ID}-options-hint">
        ${full ? strings.answersFull(LIMITS.pollOptionsMax, format) : strings.answersHint(LIMITS.pollOptionsMin, LIMITS.pollOptionsMax, format)}
      </p>
      <ol class="answer-list">
        ${repeat(
          this.answers,
          (answer) => answer.key,
          (answer, index) => {
            const id = `${ID}-option-${answer.key}`;
            const answerError = this.errors.get(`option-${answer.key}`);
            const length = [...answer.value.trim()].length;
            const showCount = length > LIMITS.pollOption * 0.8;
            const describedBy = [showCount ? `${id}-count` : '', answerError ? `${id}-error` : '']
              .filter(Boolean)
              .join(' ');
            return html`<li class="answer-row">
              <label class="answer-label" for=${id}>${strings.answer(index + 1, format)}</label>
              <div class="answer-input">
                <input
                  id=${id}
                  type="text"
                  autocomplete="off"
                  .value=${live(answer.value)}
                  aria-invalid=${answerError ? 'true' : 'false'}
                  aria-describedby=${describedBy || nothing}
                  @input=${(event: Event) => {
                    answer.value = (event.target as HTMLInputElement).value;
                    this.clear(`option-${answer.key}`);
                  }}
                  @keydown=${(event: KeyboardEvent) => this.answerKey(event, index)}
                />
                <button
                  type="button"
                  class="button subtle icon remove"
                  aria-label=${strings.removeAnswer(index + 1, format)}
                  ?disabled=${few}
                  @click=${() => this.remove(index)}
                >
                  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
                  </svg>
                </button>
              </div>
              ${showCount ? this.counter(`${id}-count`, length, LIMITS.pollOption, strings, format, false) : nothing}
              ${this.errorText(`option-${answer.key}`, answerError)}
            </li>`;
          },
        )}
      </ol>
      <button type="button" class="button add" ?disabled=${full} @click=${() => this.add()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 3v10M3 8h10" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
        ${strings.addAnswer}
      </button>
      ${this.errorText('options', error)}
    </fieldset>`;
  }

  private renderKind(strings: FormStrings, format: Formatters): TemplateResult {
    const error = this.errors.get('maxChoices');
    const count = this.answers.length;
    const limits = Array.from({ length: Math.max(0, count - 2) }, (_, i) => i + 2);
    return html`<fieldset class="kind" id="${ID}-kind" tabindex="-1">
      <legend>${strings.peopleChoose}</legend>
      ${this.radio('kind', 'single', strings.kindSingle, this.kind === 'single', () => this.setKind('single'))}
      ${this.radio('kind', 'multiple', strings.kindMultiple, this.kind === 'multiple', () => this.setKind('multiple'))}
      ${
        this.kind === 'multiple'
          ? html`<div class="field nested">
              <label for="${ID}-maxChoices">${strings.maxChoices}</label>
              <select
                id="${ID}-maxChoices"
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${error ? `${ID}-maxChoices-error` : nothing}
                @change=${(event: Event) => {
                  const value = (event.target as HTMLSelectElement).value;
                  this.maxChoices = value ? Number(value) : undefined;
                  this.clear('maxChoices');
                }}
              >
                <option value="" ?selected=${this.maxChoices === undefined}>${strings.noLimit}</option>
                ${limits.map(
                  (n) =>
                    html`<option value=${n} ?selected=${this.maxChoices === n}>
                      ${strings.answerCount(n, format)}
                    </option>`,
                )}
              </select>
              ${this.errorText('maxChoices', error)}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderAnonymous(strings: FormStrings): TemplateResult {
    if (!this.options.capabilities().anonymousPolls) {
      return html`<p class="notice unavailable" id="${ID}-anonymous">${strings.anonymousUnavailable}</p>`;
    }
    const error = this.errors.get('anonymous');
    return html`<div class="field">
      <label class="choice">
        <input
          type="checkbox"
          id="${ID}-anonymous"
          .checked=${live(this.anonymous)}
          aria-describedby="${ID}-anonymous-hint"
          @change=${(event: Event) => {
            this.anonymous = (event.target as HTMLInputElement).checked;
            this.clear('anonymous');
          }}
        />
        ${strings.anonymousLabel}
      </label>
      <span class="hint" id="${ID}-anonymous-hint">${strings.anonymousHint}</span>
      ${this.errorText('anonymous', error)}
    </div>`;
  }

  private renderVisibility(strings: FormStrings): TemplateResult {
    const sealed = this.options.capabilities().sealedResults;
    const choose = (value: ResultsVisibility) => () => {
      this.visibility = value;
      this.clear('resultsVisibility');
    };
    return html`<fieldset class="visibility" id="${ID}-resultsVisibility" tabindex="-1">
      <legend>${strings.showResultsLegend}</legend>
      ${this.radio('visibility', 'always', strings.visibilityAlways, this.visibility === 'always', choose('always'))}
      ${this.radio('visibility', 'after-vote', strings.visibilityAfterVote, this.visibility === 'after-vote', choose('after-vote'))}
      ${this.radio('visibility', 'after-close', strings.visibilityAfterClose, this.visibility === 'after-close', choose('after-close'))}
      ${!sealed && this.visibility === 'after-close' ? html`<p class="hint">${strings.unsealedNote}</p>` : nothing}
      ${this.errorText('resultsVisibility', this.errors.get('resultsVisibility'))}
    </fieldset>`;
  }

  private renderDeadline(strings: FormStrings): TemplateResult {
    const error = this.errors.get('closesAt');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return html`<div class="field">
      <label for="${ID}-closesAt">${strings.deadline}</label>
      <input
        id="${ID}-closesAt"
        type="datetime-local"
        min=${toLocalInput(this.options.host.clock.now())}
        .value=${live(this.closesAt)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${ID}-closesAt-hint${error ? ` ${ID}-closesAt-error` : ''}"
        @input=${(event: Event) => {
          this.closesAt = (event.target as HTMLInputElement).value;
          this.clear('closesAt');
        }}
      />
      <span class="hint" id="${ID}-closesAt-hint">${strings.deadlineHint(zone)}</span>
      ${this.errorText('closesAt', error)}
    </div>`;
  }

  private radio(name: string, value: string, label: string, checked: boolean, onChange: () => void): TemplateResult {
    return html`<label class="choice">
      <input
        type="radio"
        name="${ID}-${name}"
        value=${value}
        .checked=${live(checked)}
        @change=${() => {
          onChange();
          this.options.host.requestUpdate();
        }}
      />
      ${label}
    </label>`;
  }

  private counter(
    id: string,
    used: number,
    max: number,
    strings: FormStrings,
    format: Formatters,
    always: boolean,
  ): TemplateResult | typeof nothing {
    if (!always && used <= max * 0.8) return nothing;
    return html`<span class="hint counter ${used > max ? 'over' : ''}" id=${id}
      >${strings.characters(used, max, format)}</span
    >`;
  }

  private errorText(target: ErrorTarget, message: string | undefined): TemplateResult | typeof nothing {
    return message ? html`<span class="field-error" id="${ID}-${target}-error">${message}</span>` : nothing;
  }

  // ---------------------------------------------------------------------------- editing answers

  private row(value: string): AnswerRow {
    return { key: this.nextKey++, value };
  }

  private add(): void {
    if (this.answers.length >= LIMITS.pollOptionsMax) return;
    const row = this.row('');
    this.answers = [...this.answers, row];
    this.clear('options');
    const { strings, format } = this.options.locale();
    this.options.announce(strings.answerAdded(this.answers.length, format));
    void this.focus(`${ID}-option-${row.key}`);
  }

  private remove(index: number): void {
    if (this.answers.length <= LIMITS.pollOptionsMin) return;
    const removed = this.answers[index];
    this.answers = this.answers.filter((_, i) => i !== index);
    if (removed) this.errors.delete(`option-${removed.key}`);
    this.clear('options');
    const { strings, format } = this.options.locale();
    this.options.announce(strings.answerRemoved(index + 1, format));
    // Focus stays in the list: the answer that took its place, or the one before.
    const next = this.answers[Math.min(index, this.answers.length - 1)];
    if (next) void this.focus(`${ID}-option-${next.key}`);
  }

  /** Enter moves to the next answer, adding one at the end while there is room; it never submits. */
  private answerKey(event: KeyboardEvent, index: number): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    const next = this.answers[index + 1];
    if (next) void this.focus(`${ID}-option-${next.key}`);
    else this.add();
  }

  private setKind(kind: PollKind): void {
    this.kind = kind;
    this.clear('kind');
    this.clear('maxChoices');
  }

  private clear(target: ErrorTarget): void {
    this.errors.delete(target);
    this.options.host.requestUpdate();
  }

  // ---------------------------------------------------------------------------- submitting

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const count = this.answers.length;
    if (this.maxChoices !== undefined && this.maxChoices >= count) this.maxChoices = undefined;
    this.busy = true;
    this.errors = new Map();
    this.options.host.requestUpdate();
    // The same key until this form succeeds: a retry after a lost reply never makes a second poll.
    this.key ??= newIdempotencyKey();
    try {
      const poll = await this.options.save(this.draft(), { idempotencyKey: this.key });
      this.key = undefined;
      this.busy = false;
      this.options.saved(poll);
    } catch (error) {
      this.busy = false;
      this.showError(error);
      this.options.failed?.(error);
      this.options.host.requestUpdate();
      await this.options.host.updateComplete;
      this.focusFirstError();
      return;
    }
    this.options.host.requestUpdate();
  };

  private showError(error: unknown): void {
    const { locale, strings } = this.options.locale();
    const target = this.targetOf(error);
    this.errors.set(target, errorText(locale, error));
    if (target !== 'form') this.options.announce(strings.fixErrors);
  }

  private targetOf(error: unknown): ErrorTarget {
    if (!isPleinError(error) || (error.code !== 'invalid' && error.code !== 'too-large')) return 'form';
    const { field, index } = error.details;
    if (field === 'option' || (field === 'options' && typeof index === 'number')) {
      const row = typeof index === 'number' ? this.answers[index] : undefined;
      return row ? `option-${row.key}` : 'options';
    }
    const known: ErrorTarget[] = [
      'question',
      'options',
      'kind',
      'maxChoices',
      'anonymous',
      'resultsVisibility',
      'closesAt',
    ];
    return known.includes(field as ErrorTarget) ? (field as ErrorTarget) : 'form';
  }

  /** Focus on the first field in error, in the order the form shows them. */
  private focusFirstError(): void {
    const root = this.options.host.renderRoot;
    const invalid = root.querySelector<HTMLElement>('.poll-form [aria-invalid="true"]');
    const target =
      invalid ??
      (this.errors.has('form') ? root.querySelector<HTMLElement>(`#${ID}-form-error`) : null) ??
      this.firstErrorField(root);
    target?.focus();
  }

  /** Errors on fields without their own input (the answers list, the kind and visibility groups). */
  private firstErrorField(root: HTMLElement | DocumentFragment): HTMLElement | null {
    for (const target of this.errors.keys()) {
      const element = root.querySelector<HTMLElement>(`#${ID}-${target}`);
      if (element) return element;
    }
    return null;
  }

  private async focus(id: string): Promise<void> {
    this.options.host.requestUpdate();
    await this.options.host.updateComplete;
    this.options.host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
