import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LIMITS, TASK_OWNERS, isPleinError, newIdempotencyKey, type Campaign, type TaskOwner } from '@plein/core';
import { errorText } from '@plein/ui';
import {
  canMoveTask,
  draftOf,
  dueDayOf,
  fieldOf,
  formOf,
  movePhase,
  moveTask,
  newPhase,
  newTask,
  type CampaignForm,
  type PhaseForm,
  type TaskForm,
} from './campaign-form.js';
import { campaignEditorStrings, type CampaignEditorStrings } from './campaign-editor.strings.js';
import { campaignEditorStyles } from './campaign-editor.styles.js';
import { templateDraft } from './campaign-template.strings.js';
import type { ManageContext, ManagePart } from './manage-part.js';

export const styles = [campaignEditorStyles];

export interface EditorOptions {
  /** A new campaign starts from the ready-made template (else from one empty task). */
  fromTemplate: boolean;
  saved(campaign: Campaign, created: boolean): void;
  cancel(): void;
}

type Text = 'title' | 'description' | 'locations' | 'startFrom' | 'startTo' | 'percent' | 'days';
type TaskText = 'title' | 'text' | 'link' | 'days';

const ICONS = {
  up: svg`<path d="M8 13V3M3.5 7.5L8 3l4.5 4.5" />`,
  down: svg`<path d="M8 3v10M3.5 8.5L8 13l4.5-4.5" />`,
  remove: svg`<path d="M4 4l8 8M12 4l-8 8" />`,
  open: svg`<path d="M6 3.5L10.5 8 6 12.5" />`,
};
const icon = (name: keyof typeof ICONS) =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;

/**
 * The campaign editor: title and description, phases and their tasks (add, rename, reorder with
 * buttons, remove), the audience rule and the target. The store decides what is valid; a
 * refusal shows at its field, which gets focus, and the form keeps everything typed.
 */
export class CampaignEditor implements ManagePart {
  private form: CampaignForm;
  /** The saved campaign the form was filled from (undefined for a new one). */
  private source: Campaign | undefined;
  private readonly campaignId: string | undefined;
  private errors: Record<string, string> = {};
  private saving = false;
  /** Changed since it was filled: live changes by others then leave the form alone. */
  private dirty = false;
  /** One key per content: a retry of the same content never saves twice; any edit makes a new one. */
  private key: string | undefined;
  private departments: string[] | undefined;

  constructor(
    private readonly context: ManageContext,
    private readonly options: EditorOptions,
  ) {
    const campaign = context.campaign();
    this.source = campaign;
    this.campaignId = context.campaignId();
    const locale = context.shell.locale().locale;
    this.form = formOf(campaign ?? (options.fromTemplate ? templateDraft(locale) : undefined));
    void this.loadDepartments();
  }

  private get strings(): CampaignEditorStrings {
    return campaignEditorStrings[this.context.shell.locale().locale];
  }

  refresh(): void {
    void this.loadDepartments();
  }

  private async loadDepartments(): Promise<void> {
    const store = this.context.shell.store();
    if (!store) return;
    try {
      this.departments = await this.context.shell.guard(store.people.departments());
    } catch (error) {
      this.context.failed(error);
      this.departments ??= [];
    }
    this.context.update();
  }

  /** Someone saved the campaign meanwhile (or this editor did): an untouched form shows the new content. */
  private sync(): void {
    const campaign = this.context.campaign();
    if (!campaign || campaign === this.source || this.dirty || this.saving) return;
    this.source = campaign;
    this.form = formOf(campaign);
  }

  private changed(field?: string): void {
    this.dirty = true;
    this.key = undefined;
    if (field) delete this.errors[field];
    this.context.update();
  }

  private async focusField(key: string): Promise<void> {
    await this.context.shell.element.updateComplete;
    const root = this.context.shell.element.renderRoot;
    (root.querySelector<HTMLElement>(`#ce-${key}`) ?? root.querySelector<HTMLElement>(`#ce-${key}-error`))?.focus();
  }

  // ---------------------------------------------------------------------------- saving

  private readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    const form = this.form;
    // The store names only its first refusal: empty required fields are all marked at once.
    const missing = this.missing(form);
    const first = Object.keys(missing)[0];
    if (first) {
      this.errors = missing;
      this.context.update();
      void this.focusField(first);
      return;
    }
    const draft = draftOf(form);
    this.saving = true;
    this.errors = {};
    this.key ??= newIdempotencyKey();
    this.context.update();
    try {
      const api = this.context.api();
      const options = { idempotencyKey: this.key };
      const saved = await this.context.shell.guard(
        this.campaignId ? api.updateCampaign(this.campaignId, draft, options) : api.createCampaign(draft, options),
      );
      this.saving = this.dirty = false;
      this.key = undefined;
      // Saved tasks have ids now: the form takes them, so the next save keeps their progress.
      this.source = saved;
      this.form = formOf(saved);
      const t = this.strings;
      // A new campaign opens on its people: a toast would ride over that page's controls (the
      // import button on a phone), and the page itself shows what happened; so it is only said.
      if (this.campaignId) this.context.shell.toast(t.savedDone(saved.title), 'success');
      else this.context.shell.announce(t.createdDone(saved.title));
      this.options.saved(saved, !this.campaignId);
    } catch (error) {
      this.context.failed(error);
      this.saving = false;
      if (this.form !== form) return;
      const { key, message, task } = this.refusal(error);
      if (task) task.open = true;
      this.errors = { [key]: message };
      this.context.update();
      void this.focusField(key);
    }
  };

  /**
   * The store's rules for empty required fields, in the form's order (title, each phase's name
   * and its tasks' titles, at least one phase and one task); a task with an error opens.
   */
  private missing(form: CampaignForm): Record<string, string> {
    const t = this.strings;
    const errors: Record<string, string> = {};
    if (!form.title.trim()) errors['title'] = t.titleRequired;
    for (const phase of form.phases) {
      if (!phase.title.trim()) errors[`${phase.key}-title`] = t.phaseTitleRequired;
      for (const task of phase.tasks)
        if (!task.title.trim()) {
          errors[`${task.key}-title`] = t.taskTitleRequired;
          task.open = true;
        }
    }
    if (!form.phases.length) errors['phases'] = t.noPhases;
    else if (!form.phases.some((phase) => phase.tasks.length)) errors['phases'] = t.noTasksAtAll;
    return errors;
  }

  /** A store refusal as a localized message at its field. */
  private refusal(error: unknown): { key: string; message: string; task?: TaskForm } {
    const t = this.strings;
    const { locale, format } = this.context.shell.locale();
    if (!isPleinError(error)) return { key: 'form', message: errorText(locale, error) };
    const { code, details } = error;
    if (code === 'forbidden') return { key: 'form', message: t.forbidden };
    if (code === 'not-found') return { key: 'form', message: t.notFound };
    if (code === 'conflict' && details.field !== 'idempotencyKey') return { key: 'form', message: t.conflict };
    const { key, task } = fieldOf(this.form, details);
    const limit = typeof details.limit === 'number' ? details.limit : undefined;
    const field = String(details.field);
    const message = (): string => {
      if (code === 'too-large' || details.reason === 'too-many' || details.reason === 'too-long') {
        if (field === 'phases') return t.tooManyPhases(limit ?? LIMITS.phasesMax, format);
        if (field === 'tasks') return t.tooManyTasks(limit ?? LIMITS.campaignTasksMax, format);
        if (limit !== undefined && !['percent', 'days', 'dueDay'].includes(field)) return t.tooLong(limit, format);
      }
      switch (field) {
        case 'title':
          return task ? t.taskTitleRequired : key === 'title' ? t.titleRequired : t.phaseTitleRequired;
        case 'phases':
          return t.noPhases;
        case 'tasks':
          return t.noTasksAtAll;
        case 'link':
          return t.badLink;
        case 'owner':
          return t.badOwner;
        case 'dueDay':
          return t.badDueDay(LIMITS.dueDayMin, LIMITS.dueDayMax, format);
        case 'percent':
        case 'target':
          return t.badPercent;
        case 'days':
          return t.badDays(LIMITS.targetDaysMax, format);
        case 'startFrom':
          return t.badDate;
        case 'startTo':
          return details.reason === 'end-before-start' ? t.badRange : t.badDate;
        case 'departments':
        case 'locations':
        case 'audience':
          return t.badAudience;
      }
      return errorText(locale, error);
    };
    return { key, message: message(), task };
  }

  private readonly cancel = (): void => {
    this.form = formOf(
      this.source ?? (this.options.fromTemplate ? templateDraft(this.context.shell.locale().locale) : undefined),
    );
    this.errors = {};
    this.dirty = false;
    this.key = undefined;
    this.options.cancel();
  };

  // ---------------------------------------------------------------------------- editing

  private text(field: Text) {
    return (event: Event): void => {
      this.form[field] = (event.target as HTMLInputElement).value;
      this.changed(field);
    };
  }

  private taskText(task: TaskForm, field: TaskText) {
    return (event: Event): void => {
      task[field] = (event.target as HTMLInputElement).value;
      this.changed(`${task.key}-${field === 'days' ? 'dueDay' : field}`);
    };
  }

  private department(name: string, on: boolean): void {
    const rest = this.form.departments.filter((d) => d !== name);
    this.form.departments = on ? [...rest, name] : rest;
    this.changed('departments');
  }

  private addPhase(): void {
    const phase = newPhase();
    this.form.phases.push(phase);
    this.changed('phases');
    void this.focusField(`${phase.key}-title`);
  }

  private removePhase(index: number): void {
    const [phase] = this.form.phases.splice(index, 1);
    this.changed();
    this.context.shell.announce(this.strings.removed(this.phaseName(phase!)));
    const next = this.form.phases[index] ?? this.form.phases[index - 1];
    void this.focusOn(next ? `#ce-${next.key}-title` : '.add-phase');
  }

  private shiftPhase(index: number, delta: number): void {
    const phase = this.form.phases[index]!;
    if (!movePhase(this.form, index, delta)) return;
    this.changed();
    this.context.shell.announce(this.strings.phaseMoved(this.phaseName(phase), index + delta + 1));
    void this.focusOn(`[data-move="${phase.key}:${delta}"]`);
  }

  private addTask(phase: PhaseForm): void {
    const task = newTask();
    phase.tasks.push(task);
    this.changed(`${phase.key}-tasks`);
    delete this.errors['phases'];
    void this.focusField(`${task.key}-title`);
  }

  private removeTask(phase: PhaseForm, index: number): void {
    const [task] = phase.tasks.splice(index, 1);
    this.changed();
    this.context.shell.announce(this.strings.removed(this.taskName(task!)));
    const next = phase.tasks[index] ?? phase.tasks[index - 1];
    void this.focusOn(next ? `#ce-${next.key}-toggle` : `[data-add-task="${phase.key}"]`);
  }

  private shiftTask(phaseIndex: number, index: number, delta: number): void {
    const task = this.form.phases[phaseIndex]!.tasks[index]!;
    const phase = moveTask(this.form, phaseIndex, index, delta);
    if (!phase) return;
    this.changed();
    this.context.shell.announce(
      this.strings.moved(this.taskName(task), phase.tasks.indexOf(task) + 1, this.phaseName(phase)),
    );
    void this.focusOn(`[data-move="${task.key}:${delta}"]`);
  }

  private toggleTask(task: TaskForm): void {
    task.open = !task.open;
    this.context.update();
  }

  private focusOn(selector: string): Promise<void> {
    return this.context.focusOn(selector);
  }

  private phaseName(phase: PhaseForm): string {
    return phase.title.trim() || this.strings.unnamedPhase;
  }

  private taskName(task: TaskForm): string {
    return task.title.trim() || this.strings.unnamedTask;
  }

  // ---------------------------------------------------------------------------- rendering

  /** `aria-describedby` for a control: its hint and, when there is one, its error. */
  private described(key: string, hint?: string): string | typeof nothing {
    return [hint, this.errors[key] ? `ce-${key}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  private invalid(key: string): 'true' | 'false' {
    return this.errors[key] ? 'true' : 'false';
  }

  private error(key: string): TemplateResult | typeof nothing {
    const message = this.errors[key];
    return message ? html`<p class="field-error" id="ce-${key}-error" tabindex="-1">${message}</p>` : nothing;
  }

  render(): TemplateResult {
    this.sync();
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const form = this.form;
    const enrolled = this.source?.enrolled ?? 0;
    return html`<form class="campaign-form" novalidate aria-labelledby="manage-campaign-title" @submit=${this.save}>
      ${enrolled ? html`<p class="note enrolled-note">${t.enrolledNote(enrolled, format)}</p>` : nothing}
      ${this.errors['form'] ? html`<p class="field-error form-error" id="ce-form-error" role="alert" tabindex="-1">${this.errors['form']}</p>` : nothing}
      <div class="field">
        <label for="ce-title">${t.title}</label>
        <input
          id="ce-title"
          autocomplete="off"
          maxlength=${LIMITS.campaignTitle}
          .value=${form.title}
          aria-invalid=${this.invalid('title')}
          aria-describedby=${this.described('title')}
          @input=${this.text('title')}
        />
        ${this.error('title')}
      </div>
      <div class="field">
        <label for="ce-description">${t.description}</label>
        <textarea
          id="ce-description"
          rows="3"
          maxlength=${LIMITS.campaignDescription}
          .value=${form.description}
          aria-invalid=${this.invalid('description')}
          aria-describedby=${this.described('description', 'ce-description-hint')}
          @input=${this.text('description')}
        ></textarea>
        <p class="hint" id="ce-description-hint">${t.descriptionHint}</p>
        ${this.error('description')}
      </div>

      <section class="form-section" aria-labelledby="ce-phases-heading">
        <h3 class="section-title" id="ce-phases-heading">${t.phases}</h3>
        <p class="hint">${t.phasesHint}</p>
        ${this.error('phases')}
        <ol class="phases">
          ${repeat(
            form.phases,
            (phase) => phase.key,
            (phase, index) => this.renderPhase(phase, index),
          )}
        </ol>
        <div class="list-actions">
          <button type="button" class="button add-phase" @click=${() => this.addPhase()}>${t.addPhase}</button>
        </div>
      </section>

      ${this.renderAudience()} ${this.renderTarget()}

      <div class="form-actions">
        <button type="submit" class="button primary" aria-disabled=${this.saving ? 'true' : 'false'}>
          ${this.saving ? t.saving : this.campaignId ? t.save : t.create}
        </button>
        <button type="button" class="button" @click=${this.cancel}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderPhase(phase: PhaseForm, index: number): TemplateResult {
    const t = this.strings;
    const name = this.phaseName(phase);
    const last = this.form.phases.length - 1;
    const titleKey = `${phase.key}-title`;
    return html`<li class="phase">
      <fieldset class="phase-box">
        <legend class="phase-legend">${t.phase(index + 1)}</legend>
        <div class="phase-head">
          <div class="field phase-title">
            <label for="ce-${titleKey}">${t.phaseTitle}</label>
            <input
              id="ce-${titleKey}"
              autocomplete="off"
              maxlength=${LIMITS.phaseTitle}
              .value=${phase.title}
              aria-invalid=${this.invalid(titleKey)}
              aria-describedby=${this.described(titleKey)}
              @input=${(event: Event) => {
                phase.title = (event.target as HTMLInputElement).value;
                this.changed(titleKey);
              }}
            />
            ${this.error(titleKey)}
          </div>
          <div class="order">
            ${this.orderButton(phase.key, -1, t.phaseUp(name), index > 0, () => this.shiftPhase(index, -1))}
            ${this.orderButton(phase.key, 1, t.phaseDown(name), index < last, () => this.shiftPhase(index, 1))}
            <button
              type="button"
              class="button subtle icon-button"
              aria-label=${t.removePhase(name)}
              title=${t.removePhase(name)}
              @click=${() => this.removePhase(index)}
            >
              ${icon('remove')}
            </button>
          </div>
        </div>
        ${this.error(`${phase.key}-tasks`)}
        ${
          phase.tasks.length
            ? html`<ol class="tasks">
                ${repeat(
                  phase.tasks,
                  (task) => task.key,
                  (task, i) => this.renderTask(task, index, i),
                )}
              </ol>`
            : html`<p class="none">${t.noTasks}</p>`
        }
        <div class="list-actions">
          <button
            type="button"
            class="button subtle add-task"
            data-add-task=${phase.key}
            aria-label=${t.addTaskLabel(name)}
            aria-describedby=${this.errors[`${phase.key}-tasks`] ? `ce-${phase.key}-tasks-error` : nothing}
            @click=${() => this.addTask(phase)}
          >
            + ${t.addTask}
          </button>
        </div>
      </fieldset>
    </li>`;
  }

  private orderButton(key: string, delta: number, label: string, can: boolean, move: () => void): TemplateResult {
    return html`<button
      type="button"
      class="button subtle icon-button"
      data-move="${key}:${delta}"
      aria-label=${label}
      title=${label}
      aria-disabled=${can ? 'false' : 'true'}
      @click=${() => can && move()}
    >
      ${icon(delta < 0 ? 'up' : 'down')}
    </button>`;
  }

  private renderTask(task: TaskForm, phaseIndex: number, index: number): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const name = this.taskName(task);
    const k = task.key;
    const dueDay = dueDayOf(task);
    const wrong = Object.keys(this.errors).some((key) => key.startsWith(`${k}-`));
    return html`<li class="task ${task.open ? 'open' : ''} ${wrong ? 'wrong' : ''}">
      <div class="task-row">
        <button
          type="button"
          class="task-toggle"
          id="ce-${k}-toggle"
          aria-expanded=${task.open ? 'true' : 'false'}
          aria-controls="ce-${k}-body"
          @click=${() => this.toggleTask(task)}
        >
          ${icon('open')}
          <span class="task-summary">
            <span class="task-name">${name}</span>
            <span class="task-meta"
              >${t.owners[task.owner]}${Number.isFinite(dueDay) ? html` · ${t.dueSummary(dueDay, format)}` : nothing}</span
            >
          </span>
        </button>
        <div class="order">
          ${this.orderButton(k, -1, t.taskUp(name), canMoveTask(this.form, phaseIndex, index, -1), () =>
            this.shiftTask(phaseIndex, index, -1),
          )}
          ${this.orderButton(k, 1, t.taskDown(name), canMoveTask(this.form, phaseIndex, index, 1), () =>
            this.shiftTask(phaseIndex, index, 1),
          )}
          <button
            type="button"
            class="button subtle icon-button"
            aria-label=${t.removeTask(name)}
            title=${t.removeTask(name)}
            @click=${() => this.removeTask(this.form.phases[phaseIndex]!, index)}
          >
            ${icon('remove')}
          </button>
        </div>
      </div>
      <div class="task-body" id="ce-${k}-body" ?hidden=${!task.open}>
        <div class="field">
          <label for="ce-${k}-title">${t.taskTitle}</label>
          <input
            id="ce-${k}-title"
            autocomplete="off"
            maxlength=${LIMITS.taskTitle}
            .value=${task.title}
            aria-invalid=${this.invalid(`${k}-title`)}
            aria-describedby=${this.described(`${k}-title`)}
            @input=${this.taskText(task, 'title')}
          />
          ${this.error(`${k}-title`)}
        </div>
        <div class="field">
          <label for="ce-${k}-text">${t.taskText}</label>
          <textarea
            id="ce-${k}-text"
            rows="2"
            maxlength=${LIMITS.taskText}
            .value=${task.text}
            aria-invalid=${this.invalid(`${k}-text`)}
            aria-describedby=${this.described(`${k}-text`)}
            @input=${this.taskText(task, 'text')}
          ></textarea>
          ${this.error(`${k}-text`)}
        </div>
        <div class="field">
          <label for="ce-${k}-link">${t.taskLink}</label>
          <input
            id="ce-${k}-link"
            type="url"
            inputmode="url"
            autocomplete="off"
            maxlength=${LIMITS.taskLink}
            .value=${task.link}
            aria-invalid=${this.invalid(`${k}-link`)}
            aria-describedby=${this.described(`${k}-link`, `ce-${k}-link-hint`)}
            @input=${this.taskText(task, 'link')}
          />
          <p class="hint" id="ce-${k}-link-hint">${t.taskLinkHint}</p>
          ${this.error(`${k}-link`)}
        </div>
        <div class="task-when">
          <div class="field">
            <label for="ce-${k}-owner">${t.owner}</label>
            <select
              id="ce-${k}-owner"
              aria-invalid=${this.invalid(`${k}-owner`)}
              aria-describedby=${this.described(`${k}-owner`)}
              @change=${(event: Event) => {
                task.owner = (event.target as HTMLSelectElement).value as TaskOwner;
                this.changed(`${k}-owner`);
              }}
            >
              ${TASK_OWNERS.map((owner) => html`<option value=${owner} ?selected=${task.owner === owner}>${t.owners[owner]}</option>`)}
            </select>
            ${this.error(`${k}-owner`)}
          </div>
          <fieldset class="field due">
            <legend>${t.due}</legend>
            <div class="due-row">
              <input
                id="ce-${k}-dueDay"
                class="due-days"
                type="number"
                inputmode="numeric"
                min="0"
                max=${task.when === 'before' ? -LIMITS.dueDayMin : LIMITS.dueDayMax}
                step="1"
                .value=${task.days}
                aria-label=${t.dueDays}
                aria-invalid=${this.invalid(`${k}-dueDay`)}
                aria-describedby=${this.described(`${k}-dueDay`)}
                @input=${this.taskText(task, 'days')}
              />
              <select
                class="due-when"
                aria-label=${t.dueWhen}
                @change=${(event: Event) => {
                  task.when = (event.target as HTMLSelectElement).value as TaskForm['when'];
                  this.changed(`${k}-dueDay`);
                }}
              >
                <option value="after" ?selected=${task.when === 'after'}>${t.after}</option>
                <option value="before" ?selected=${task.when === 'before'}>${t.before}</option>
              </select>
            </div>
            ${this.error(`${k}-dueDay`)}
          </fieldset>
        </div>
      </div>
    </li>`;
  }

  private renderAudience(): TemplateResult {
    const t = this.strings;
    const form = this.form;
    // Departments the campaign names that nobody is in any more stay visible, so they can be unticked.
    const known = this.departments ? [...new Set([...this.departments, ...form.departments])].sort() : undefined;
    return html`<section class="form-section" aria-labelledby="ce-audience-heading">
      <h3 class="section-title" id="ce-audience-heading">${t.audience}</h3>
      <p class="hint" id="ce-audience-hint">${t.audienceHint}</p>
      <fieldset class="group departments">
        <legend>${t.departments}</legend>
        ${
          !known
            ? html`<p class="hint">${t.departmentsLoading}</p>`
            : known.length
              ? html`<div class="checks">
                  ${known.map(
                    (name, i) =>
                      html`<label class="choice">
                        <input
                          type="checkbox"
                          id=${i === 0 ? 'ce-departments' : `ce-departments-${i}`}
                          .checked=${form.departments.includes(name)}
                          aria-describedby=${this.described('departments')}
                          @change=${(event: Event) => this.department(name, (event.target as HTMLInputElement).checked)}
                        />${name}
                      </label>`,
                  )}
                </div>`
              : html`<p class="hint">${t.noDepartments}</p>`
        }
        ${this.error('departments')}
      </fieldset>
      <div class="field">
        <label for="ce-locations">${t.locations}</label>
        <input
          id="ce-locations"
          autocomplete="off"
          .value=${form.locations}
          aria-invalid=${this.invalid('locations')}
          aria-describedby=${this.described('locations', 'ce-locations-hint')}
          @input=${this.text('locations')}
        />
        <p class="hint" id="ce-locations-hint">${t.locationsHint}</p>
        ${this.error('locations')}
      </div>
      <fieldset class="group range">
        <legend>${t.startRange}</legend>
        <div class="pair">
          ${(['startFrom', 'startTo'] as const).map(
            (field) =>
              html`<div class="field">
                <label for="ce-${field}">${t[field]}</label>
                <input
                  id="ce-${field}"
                  type="date"
                  .value=${form[field]}
                  aria-invalid=${this.invalid(field)}
                  aria-describedby=${this.described(field)}
                  @input=${this.text(field)}
                />
                ${this.error(field)}
              </div>`,
          )}
        </div>
      </fieldset>
    </section>`;
  }

  private renderTarget(): TemplateResult {
    const t = this.strings;
    return html`<section class="form-section" aria-labelledby="ce-target-heading">
      <h3 class="section-title" id="ce-target-heading">${t.target}</h3>
      <p class="hint" id="ce-target-hint">${t.targetHint}</p>
      <div class="pair">
        ${(
          [
            ['percent', 1, 100],
            ['days', 1, LIMITS.targetDaysMax],
          ] as const
        ).map(
          ([field, min, max]) =>
            html`<div class="field">
              <label for="ce-${field}">${t[field]}</label>
              <input
                id="ce-${field}"
                type="number"
                inputmode="numeric"
                min=${min}
                max=${max}
                step="1"
                .value=${this.form[field]}
                aria-invalid=${this.invalid(field)}
                aria-describedby=${this.described(field, 'ce-target-hint')}
                @input=${this.text(field)}
              />
              ${this.error(field)}
            </div>`,
        )}
      </div>
    </section>`;
  }
}
