import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  LIMITS,
  LOCALES,
  PleinError,
  isPleinError,
  newIdempotencyKey,
  toPleinError,
  type KudosApi,
  type KudosSettings,
  type KudosValue,
  type KudosValueDraft,
  type Locale,
  type LocalizedText,
} from '@plein/core';
import { errorState, errorText, formStyles, skeleton, styleProps } from '@plein/ui';
import type { KudosShell, ValuesEditorPart } from './shell.js';
import { localized, valueBadge, valueBadgeStyles } from './value-badge.js';
import { SUGGESTED_EMOJI, SWATCHES, type Swatch } from './values-editor-choices.js';
import { valuesEditorStrings, type ValuesEditorStrings } from './values-editor.strings.js';
import { valuesEditorStyles } from './values-editor.styles.js';

export const styles = [formStyles, valueBadgeStyles, valuesEditorStyles];

type Field = 'name' | 'description' | 'emoji' | 'color' | 'form';

/** The value being added (no `id`) or edited, as typed so far. */
interface Form {
  id?: string;
  title: string;
  draft: KudosValueDraft;
  errors: Partial<Record<Field, string>>;
  saving: boolean;
  /** The button that opened the form, focused again when it closes. */
  returnTo: string;
}

/** Where focus goes to show a refusal: the first control of the field at fault. */
const FIELD_FOCUS: Record<Field, string> = {
  name: `#values-name-${LOCALES[0]}`,
  description: `#values-description-${LOCALES[0]}`,
  emoji: '#values-emoji',
  color: '#values-color-custom',
  form: '#values-form-error',
};

/**
 * The values editor with the wall's settings, for people who may manage kudos: add, edit,
 * archive and restore values (name and description in every language, an emoji, a colour), and
 * switch the people leaderboard. The store decides; each refusal is shown at its field. The wall
 * picks the changes up from the `configured` live event.
 */
export class ValuesEditor implements ValuesEditorPart {
  private phase: 'loading' | 'ready' | 'error' = 'loading';
  private failure: unknown;
  private values: KudosValue[] = [];
  private settings: KudosSettings = { peopleLeaderboard: false };
  private settingsError: string | undefined;
  private settingsSaving = false;
  private form: Form | undefined;
  /** The value being archived or restored, and a refusal shown at its row. */
  private busy: string | undefined;
  private rowError: { id: string; message: string } | undefined;
  private readonly close: () => void;

  constructor(
    private readonly shell: KudosShell,
    { close }: { close(): void },
  ) {
    this.close = close;
    shell.adopt(styles);
    void this.load();
  }

  private get strings(): ValuesEditorStrings {
    return valuesEditorStrings[this.shell.locale().locale];
  }

  private get api(): KudosApi {
    const api = this.shell.store()?.kudos;
    if (!api) throw new PleinError('unavailable', { reason: 'no-kudos' });
    return api;
  }

  private update(): void {
    this.shell.element.requestUpdate();
  }

  /** Hosts hear of every failure (`plein-error`); people read it where it happened. */
  private failed(error: unknown): void {
    this.shell.emit('plein-error', { error: toPleinError(error) });
  }

  /** Called each time the wall opens the editor: focus on its heading, and the values read again. */
  focus(): void {
    void this.focusOn('#values-editor-title');
    if (this.phase === 'ready') void this.load(true);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.shell.element.updateComplete;
    this.shell.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Reads the values and settings; `quiet` keeps what is shown meanwhile (and on failure). */
  private readonly load = async (quiet = false): Promise<void> => {
    if (!quiet) this.phase = 'loading';
    this.update();
    try {
      const api = this.api;
      const [values, settings] = await Promise.all([this.shell.guard(api.values()), this.shell.guard(api.settings())]);
      this.values = values;
      this.settings = settings;
      this.phase = 'ready';
    } catch (error) {
      this.failed(error);
      if (quiet) return;
      this.failure = error;
      this.phase = 'error';
    }
    this.update();
  };

  private name(value: Pick<KudosValue, 'name'>): string {
    return localized(value.name, this.shell.locale().locale);
  }

  // ---------------------------------------------------------------------------- refusals

  /** A store refusal as a localized message at the field it concerns. */
  private refusal(error: unknown, restoring = false): { field: Field; message: string } {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    if (!isPleinError(error)) return { field: 'form', message: errorText(locale, error) };
    const { code, details } = error;
    const limit = typeof details.limit === 'number' ? details.limit : undefined;
    if (code === 'forbidden') return { field: 'form', message: t.forbidden };
    if (details.reason === 'too-many-values') {
      return { field: 'form', message: t.tooMany(limit ?? LIMITS.kudosValues, format) };
    }
    if (details.reason === 'duplicate-name')
      return { field: 'name', message: restoring ? t.restoreTaken : t.nameTaken };
    switch (details.field) {
      case 'name':
        return {
          field: 'name',
          message: code === 'too-large' ? t.nameTooLong(limit ?? LIMITS.kudosValueName, format) : t.nameRequired,
        };
      case 'description':
        return { field: 'description', message: t.descriptionTooLong(limit ?? LIMITS.kudosValueDescription, format) };
      case 'emoji':
        return { field: 'emoji', message: details.reason === 'required' ? t.emojiRequired : t.emojiInvalid };
      case 'color':
        return { field: 'color', message: t.colorInvalid };
    }
    return { field: 'form', message: errorText(locale, error) };
  }

  // ---------------------------------------------------------------------------- actions

  private readonly keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    if (this.form) this.cancel();
    else this.closeEditor();
  };

  /** Closes the editor (the wall returns focus to its opener); it opens again on its list. */
  private readonly closeEditor = (): void => {
    this.form = undefined;
    this.rowError = this.settingsError = undefined;
    this.close();
  };

  private open(value: KudosValue | undefined, returnTo: string): void {
    const t = this.strings;
    this.rowError = undefined;
    this.form = {
      id: value?.id,
      title: value ? t.editTitle(this.name(value)) : t.addTitle,
      draft: value
        ? { name: { ...value.name }, description: { ...value.description }, emoji: value.emoji, color: value.color }
        : { name: {}, description: {}, emoji: SUGGESTED_EMOJI[0], color: SWATCHES.blue },
      errors: {},
      saving: false,
      returnTo,
    };
    this.update();
    void this.focusOn(FIELD_FOCUS.name);
  }

  private readonly cancel = (): void => {
    const returnTo = this.form?.returnTo;
    this.form = undefined;
    this.update();
    if (returnTo) void this.focusOn(returnTo);
  };

  private readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = this.form;
    if (!form || form.saving) return;
    const { draft } = form;
    const clean = (text: LocalizedText): LocalizedText =>
      Object.fromEntries(LOCALES.map((l) => [l, text[l]?.trim() ?? '']).filter(([, s]) => s));
    const sent: KudosValueDraft = {
      name: clean(draft.name),
      description: clean(draft.description),
      emoji: draft.emoji.trim(),
      color: draft.color,
    };
    form.saving = true;
    form.errors = {};
    this.update();
    try {
      const options = { idempotencyKey: newIdempotencyKey() };
      const saved = await this.shell.guard(
        form.id ? this.api.updateValue(form.id, sent, options) : this.api.createValue(sent, options),
      );
      if (this.form !== form) return;
      const known = this.values.some((v) => v.id === saved.id);
      this.values = known ? this.values.map((v) => (v.id === saved.id ? saved : v)) : [...this.values, saved];
      this.form = undefined;
      this.shell.toast(this.strings.savedDone(this.name(saved)), 'success');
      this.update();
      void this.focusOn(`[data-edit="${saved.id}"]`);
    } catch (error) {
      this.failed(error);
      if (this.form !== form) return;
      const { field, message } = this.refusal(error);
      form.saving = false;
      form.errors = { [field]: message };
      this.update();
      void this.focusOn(FIELD_FOCUS[field]);
    }
  };

  private async archive(value: KudosValue, archived: boolean): Promise<void> {
    if (this.busy) return;
    const t = this.strings;
    this.busy = value.id;
    this.rowError = undefined;
    this.update();
    try {
      const saved = await this.shell.guard(
        this.api.archiveValue(value.id, archived, { idempotencyKey: newIdempotencyKey() }),
      );
      this.values = this.values.map((v) => (v.id === saved.id ? saved : v));
      this.shell.toast(archived ? t.archivedDone(this.name(saved)) : t.restoredDone(this.name(saved)), 'success');
    } catch (error) {
      this.failed(error);
      this.rowError = { id: value.id, message: this.refusal(error, !archived).message };
    } finally {
      this.busy = undefined;
      this.update();
    }
    // The button moved to the other list (or stays, with the refusal beside it): keep focus on it.
    void this.focusOn(`[data-archive="${value.id}"]`);
  }

  private readonly switchPeople = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const t = this.strings;
    if (this.settingsSaving) {
      input.checked = this.settings.peopleLeaderboard;
      return;
    }
    const before = this.settings;
    this.settings = { ...before, peopleLeaderboard: input.checked };
    this.settingsError = undefined;
    this.settingsSaving = true;
    this.update();
    try {
      this.settings = await this.shell.guard(
        this.api.configure(this.settings, { idempotencyKey: newIdempotencyKey() }),
      );
      this.shell.announce(this.settings.peopleLeaderboard ? t.peopleBoardOn : t.peopleBoardOff);
    } catch (error) {
      this.failed(error);
      this.settings = before;
      this.settingsError = this.refusal(error).message;
    } finally {
      this.settingsSaving = false;
      this.update();
    }
  };

  // ---------------------------------------------------------------------------- editing the draft

  private readonly typed =
    (field: 'name' | 'description', locale: Locale) =>
    (event: Event): void => {
      if (!this.form) return;
      this.form.draft[field] = { ...this.form.draft[field], [locale]: (event.target as HTMLInputElement).value };
      this.update();
    };

  private setEmoji(emoji: string): void {
    if (!this.form) return;
    this.form.draft.emoji = emoji;
    this.update();
  }

  private setColor(color: string): void {
    if (!this.form) return;
    this.form.draft.color = color.toLowerCase();
    this.update();
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const { locale } = this.shell.locale();
    const body =
      this.phase === 'loading'
        ? skeleton({ lines: 5, label: t.loading })
        : this.phase === 'error'
          ? errorState({
              message: errorText(locale, this.failure),
              retryLabel: t.retry,
              onRetry: () => void this.load(),
            })
          : this.form
            ? this.renderForm(this.form)
            : this.renderOverview();
    return html`<section
      class="values-editor"
      part="values-editor"
      aria-labelledby="values-editor-title"
      @keydown=${this.keydown}
    >
      <div class="editor-head">
        <h2 class="editor-title" id="values-editor-title" tabindex="-1">${t.title}</h2>
        <button
          type="button"
          class="button subtle editor-close"
          aria-label=${t.close}
          title=${t.close}
          @click=${this.closeEditor}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      ${body}
    </section>`;
  }

  private renderOverview(): TemplateResult {
    const t = this.strings;
    const active = this.values.filter((v) => !v.archived);
    const archived = this.values.filter((v) => v.archived);
    return html`<section class="editor-section" aria-labelledby="values-heading">
        <h3 class="section-title" id="values-heading">${t.values}</h3>
        <p class="hint">${t.archiveHint}</p>
        ${active.length ? this.renderList(active) : html`<p class="none">${t.noValues}</p>`}
        <div class="list-actions">
          <button type="button" class="button primary add-value" @click=${() => this.open(undefined, '.add-value')}>
            ${t.add}
          </button>
        </div>
        ${
          archived.length
            ? html`<h4 class="section-subtitle" id="values-archived">${t.archived}</h4>
                ${this.renderList(archived)}`
            : nothing
        }
      </section>
      <section class="editor-section" aria-labelledby="settings-heading">
        <h3 class="section-title" id="settings-heading">${t.settings}</h3>
        <div class="setting">
          <input
            type="checkbox"
            role="switch"
            class="switch"
            id="values-people-board"
            .checked=${this.settings.peopleLeaderboard}
            aria-checked=${this.settings.peopleLeaderboard ? 'true' : 'false'}
            aria-describedby="values-people-hint${this.settingsError ? ' values-people-error' : ''}"
            aria-invalid=${this.settingsError ? 'true' : 'false'}
            @change=${this.switchPeople}
          />
          <label for="values-people-board">${t.peopleBoard}</label>
          <p class="hint" id="values-people-hint">${t.peopleBoardHint}</p>
          ${
            this.settingsError
              ? html`<p class="field-error" id="values-people-error" role="alert">${this.settingsError}</p>`
              : nothing
          }
        </div>
      </section>`;
  }

  private renderList(values: KudosValue[]): TemplateResult {
    const t = this.strings;
    const { locale } = this.shell.locale();
    return html`<ul class="value-list">
      ${repeat(
        values,
        (value) => value.id,
        (value) => {
          const name = this.name(value);
          const description = localized(value.description, locale);
          const error = this.rowError?.id === value.id ? this.rowError.message : undefined;
          return html`<li class="value-row ${value.archived ? 'archived' : ''}">
            <div class="value-info">
              ${valueBadge(value, locale)} ${description ? html`<p class="value-about">${description}</p>` : nothing}
            </div>
            <div class="value-actions">
              <button
                type="button"
                class="button"
                data-edit=${value.id}
                aria-label=${t.editLabel(name)}
                @click=${() => this.open(value, `[data-edit="${value.id}"]`)}
              >
                ${t.edit}
              </button>
              <button
                type="button"
                class="button"
                data-archive=${value.id}
                aria-label=${value.archived ? t.restoreLabel(name) : t.archiveLabel(name)}
                aria-disabled=${this.busy === value.id ? 'true' : 'false'}
                aria-describedby=${error ? `values-row-error-${value.id}` : nothing}
                @click=${() => void this.archive(value, !value.archived)}
              >
                ${value.archived ? t.restore : t.archive}
              </button>
            </div>
            ${
              error
                ? html`<p class="field-error row-error" id="values-row-error-${value.id}" role="alert">${error}</p>`
                : nothing
            }
          </li>`;
        },
      )}
    </ul>`;
  }

  private renderForm(form: Form): TemplateResult {
    const t = this.strings;
    const { locale, format } = this.shell.locale();
    const { draft, errors } = form;
    const described = (field: Field, hint?: string) =>
      [hint, errors[field] ? `values-${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    const invalid = (field: Field) => (errors[field] ? 'true' : 'false');
    const error = (field: Field) =>
      errors[field] ? html`<p class="field-error" id="values-${field}-error">${errors[field]}</p>` : nothing;
    const preview: KudosValue = {
      ...draft,
      id: form.id ?? 'preview',
      archived: false,
      name: this.name(draft) ? draft.name : { [locale]: t.unnamed },
    };
    const swatch = (Object.keys(SWATCHES) as Swatch[]).find((s) => SWATCHES[s] === draft.color);
    return html`<form class="value-form" novalidate aria-labelledby="values-form-title" @submit=${this.save}>
      <h3 class="section-title" id="values-form-title">${form.title}</h3>
      ${
        errors.form
          ? html`<p class="field-error form-error" id="values-form-error" role="alert" tabindex="-1">${errors.form}</p>`
          : nothing
      }
      <fieldset class="group">
        <legend>${t.name}</legend>
        <p class="hint" id="values-name-hint">${t.nameHint(LIMITS.kudosValueName, format)}</p>
        <div class="languages">
          ${LOCALES.map(
            (l) =>
              html`<div class="field">
                <label for="values-name-${l}">${t.languages[l]}</label>
                <input
                  id="values-name-${l}"
                  lang=${l}
                  autocomplete="off"
                  maxlength=${LIMITS.kudosValueName}
                  .value=${draft.name[l] ?? ''}
                  aria-invalid=${invalid('name')}
                  aria-describedby=${described('name', 'values-name-hint')}
                  @input=${this.typed('name', l)}
                />
              </div>`,
          )}
        </div>
        ${error('name')}
      </fieldset>
      <fieldset class="group">
        <legend>${t.description}</legend>
        <p class="hint" id="values-description-hint">${t.descriptionHint(LIMITS.kudosValueDescription, format)}</p>
        <div class="languages">
          ${LOCALES.map(
            (l) =>
              html`<div class="field">
                <label for="values-description-${l}">${t.languages[l]}</label>
                <textarea
                  id="values-description-${l}"
                  lang=${l}
                  rows="2"
                  maxlength=${LIMITS.kudosValueDescription}
                  .value=${draft.description[l] ?? ''}
                  aria-invalid=${invalid('description')}
                  aria-describedby=${described('description', 'values-description-hint')}
                  @input=${this.typed('description', l)}
                ></textarea>
              </div>`,
          )}
        </div>
        ${error('description')}
      </fieldset>
      <div class="group">
        <div class="field emoji-field">
          <label for="values-emoji">${t.emoji}</label>
          <input
            id="values-emoji"
            class="emoji-input"
            autocomplete="off"
            .value=${draft.emoji}
            aria-invalid=${invalid('emoji')}
            aria-describedby=${described('emoji', 'values-emoji-hint')}
            @input=${(event: Event) => this.setEmoji((event.target as HTMLInputElement).value)}
          />
          <p class="hint" id="values-emoji-hint">${t.emojiHint}</p>
          ${error('emoji')}
        </div>
        <fieldset class="picks">
          <legend class="visually-hidden">${t.suggested}</legend>
          ${SUGGESTED_EMOJI.map(
            (emoji) =>
              html`<label class="pick emoji-pick">
                <input
                  type="radio"
                  name="values-emoji-pick"
                  value=${emoji}
                  .checked=${draft.emoji === emoji}
                  @change=${() => this.setEmoji(emoji)}
                /><span class="pick-face">${emoji}</span>
              </label>`,
          )}
        </fieldset>
      </div>
      <fieldset class="group">
        <legend>${t.color}</legend>
        <div class="picks swatches">
          ${(Object.keys(SWATCHES) as Swatch[]).map(
            (name) =>
              html`<label class="pick swatch" title=${t.swatches[name]}>
                <input
                  type="radio"
                  name="values-color"
                  value=${SWATCHES[name]}
                  .checked=${swatch === name}
                  aria-describedby=${described('color')}
                  @change=${() => this.setColor(SWATCHES[name])}
                /><span class="pick-face" ${styleProps({ background: SWATCHES[name] })}></span
                ><span class="visually-hidden">${t.swatches[name]}</span>
              </label>`,
          )}
        </div>
        <div class="field custom-color">
          <label for="values-color-custom">${t.customColor}</label>
          <input
            type="color"
            id="values-color-custom"
            .value=${/^#[0-9a-f]{6}$/.test(draft.color) ? draft.color : '#000000'}
            aria-invalid=${invalid('color')}
            aria-describedby=${described('color')}
            @input=${(event: Event) => this.setColor((event.target as HTMLInputElement).value)}
          />
        </div>
        ${error('color')}
      </fieldset>
      <div class="preview">
        <span class="preview-label">${t.preview}</span>
        ${valueBadge(preview, locale)}
      </div>
      <div class="form-actions">
        <button type="submit" class="button primary" aria-disabled=${form.saving ? 'true' : 'false'}>
          ${form.saving ? t.saving : t.save}
        </button>
        <button type="button" class="button" @click=${this.cancel}>${t.cancel}</button>
      </div>
    </form>`;
  }
}
