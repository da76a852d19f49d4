import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LIMITS, isPleinError, newIdempotencyKey, type Enrolment, type EnrolmentInput, type Person } from '@plein/core';
import {
  PeopleCache,
  PleinPeoplePicker,
  definePeoplePicker,
  errorState,
  errorText,
  skeleton,
  type PleinPeopleChangeDetail,
} from '@plein/ui';
import { campaignPeopleStrings, type CampaignPeopleStrings } from './campaign-people.strings.js';
import { campaignPeopleStyles } from './campaign-people.styles.js';
import type { ManageContext, ManagePart } from './manage-part.js';

export const styles = [campaignPeopleStyles];

const PAGE_SIZE = 20;

type Field = 'personId' | 'startDate' | 'managerId' | 'buddyId' | 'form';

/** The enrol form as filled in so far. */
interface EnrolForm {
  person?: Person;
  startDate: string;
  /** The start date was filled in from the person's profile (and follows a new choice of person). */
  startFromProfile: boolean;
  manager?: Person;
  buddy?: Person;
  errors: Partial<Record<Field, string>>;
  saving: boolean;
}

const emptyForm = (): EnrolForm => ({ startDate: '', startFromProfile: false, errors: {}, saving: false });

/** Where focus goes to show a refusal. */
const FOCUS: Record<Field, string> = {
  personId: '#enrol-person',
  startDate: '#enrol-start',
  managerId: '#enrol-manager',
  buddyId: '#enrol-buddy',
  form: '#enrol-form-error',
};

/** The import's part (`import-view.ts`, a chunk of its own, loaded on first use). */
interface ImportPart extends ManagePart {
  focus(): void;
}

/**
 * A campaign's people: who is enrolled (paged, with how they came in), enrolling someone by
 * hand with a people picker and a start date (manager and buddy optional), removing someone
 * after a confirmation, and the CSV import.
 */
export class CampaignPeople implements ManagePart {
  private phase: 'loading' | 'ready' | 'error' = 'loading';
  private failure: unknown;
  private enrolments: Enrolment[] = [];
  private next: string | undefined;
  private more = false;
  private readonly people: PeopleCache;
  private form: EnrolForm = emptyForm();
  private confirming: string | undefined;
  private busy: string | undefined;
  private rowError: { personId: string; message: string } | undefined;
  private importer: ImportPart | undefined;
  private importOpen = false;
  private importFailure: unknown;
  private generation = 0;

  constructor(private readonly context: ManageContext) {
    definePeoplePicker();
    this.people = new PeopleCache(
      () => context.shell.store(),
      () => context.update(),
    );
    void this.load();
  }

  private get strings(): CampaignPeopleStrings {
    return campaignPeopleStrings[this.context.shell.locale().locale];
  }

  private get campaignId(): string {
    return this.context.campaignId()!;
  }

  refresh(): void {
    void this.load(true);
    this.importer?.refresh();
  }

  stop(): void {
    this.generation++;
    this.importer?.stop?.();
  }

  /** Reads the first page again, as many as are shown (`quiet` keeps them shown meanwhile and on failure). */
  private async load(quiet = false): Promise<void> {
    const generation = ++this.generation;
    const max = this.context.shell.store()?.capabilities.maxPageSize ?? LIMITS.pageSize;
    const limit = Math.min(max, Math.max(PAGE_SIZE, this.enrolments.length));
    try {
      const page = await this.context.shell.guard(this.context.api().enrolments(this.campaignId, { limit }));
      if (generation !== this.generation) return;
      this.enrolments = page.items;
      this.next = page.next;
      this.phase = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.context.failed(error);
      if (quiet && this.phase === 'ready') return;
      this.failure = error;
      this.phase = 'error';
    }
    this.context.update();
  }

  private async loadMore(): Promise<void> {
    if (!this.next || this.more) return;
    const generation = this.generation;
    const first = this.enrolments.length;
    this.more = true;
    this.context.update();
    try {
      const page = await this.context.shell.guard(
        this.context.api().enrolments(this.campaignId, { cursor: this.next, limit: PAGE_SIZE }),
      );
      this.more = false;
      // The list was read again meanwhile (a live change): that read stands.
      if (generation !== this.generation) return this.context.update();
      const known = new Set(this.enrolments.map((e) => e.personId));
      this.enrolments = [...this.enrolments, ...page.items.filter((e) => !known.has(e.personId))];
      this.next = page.next;
      this.context.update();
      // Focus moves to the first person who arrived, where reading goes on.
      void this.context.focusOn(`.enrolments > li:nth-child(${first + 1}) .person-name`);
    } catch (error) {
      this.more = false;
      this.context.failed(error);
      this.context.shell.toast(errorText(this.context.shell.locale().locale, error), 'error');
    }
  }

  private name(personId: string): string {
    return this.people.get(personId)?.displayName ?? '';
  }

  // ---------------------------------------------------------------------------- enrolling

  private picked(field: 'person' | 'manager' | 'buddy', event: CustomEvent<PleinPeopleChangeDetail>): void {
    const person = event.detail.people[0];
    const form = this.form;
    form[field] = person;
    delete form.errors[field === 'person' ? 'personId' : field === 'manager' ? 'managerId' : 'buddyId'];
    if (field === 'person' && person) {
      this.people.add([person]);
      if (!form.startDate || form.startFromProfile) {
        form.startDate = person.startDate ?? '';
        form.startFromProfile = Boolean(person.startDate);
      }
      if (!form.manager && person.managerId) void this.suggestManager(person.managerId);
    }
    this.context.update();
  }

  /** The person's own manager, from the directory, until someone else is chosen. */
  private async suggestManager(id: string): Promise<void> {
    const store = this.context.shell.store();
    if (!store) return;
    try {
      const manager = await this.context.shell.guard(store.people.get(id));
      if (!this.form.manager) this.form.manager = manager;
      this.context.update();
    } catch {
      // No suggestion: the field stays empty and optional.
    }
  }

  private readonly enrol = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = this.form;
    if (form.saving) return;
    const t = this.strings;
    if (!form.person) {
      // Nothing to send: the store would only say the same.
      form.errors = { personId: t.personRequired };
      this.context.update();
      void this.focusField('personId');
      return;
    }
    const input: EnrolmentInput = { personId: form.person.id };
    if (form.startDate) input.startDate = form.startDate;
    if (form.manager) input.managerId = form.manager.id;
    if (form.buddy) input.buddyId = form.buddy.id;
    form.saving = true;
    form.errors = {};
    this.context.update();
    try {
      await this.context.shell.guard(
        this.context.api().enrol(this.campaignId, input, { idempotencyKey: newIdempotencyKey() }),
      );
      this.form = emptyForm();
      this.context.shell.toast(t.enrolled(form.person.displayName), 'success');
      void this.load(true);
      void this.focusField('personId');
    } catch (error) {
      this.context.failed(error);
      if (this.form !== form) return;
      const [field, message] = this.refusal(error);
      form.saving = false;
      form.errors = { [field]: message };
      this.context.update();
      void this.focusField(field);
    }
  };

  private refusal(error: unknown): [Field, string] {
    const t = this.strings;
    const { locale } = this.context.shell.locale();
    if (!isPleinError(error)) return ['form', errorText(locale, error)];
    const { code, details } = error;
    if (code === 'forbidden') return ['form', t.forbidden];
    if (details.reason === 'archived' || details.reason === 'campaign-archived') return ['form', t.archived];
    switch (details.field) {
      case 'startDate':
        return ['startDate', details.reason === 'required' ? t.startDateRequired : t.badDate];
      case 'personId':
        return ['personId', code === 'invalid' && details.reason === 'required' ? t.personRequired : t.unknownPerson];
      case 'managerId':
        return ['managerId', details.reason === 'self' ? t.badManager : t.unknownPerson];
      case 'buddyId':
        return ['buddyId', details.reason === 'self' ? t.badBuddy : t.unknownPerson];
    }
    if (code === 'not-found' && !details.field) return ['personId', t.unknownPerson];
    return ['form', errorText(locale, error)];
  }

  private async focusField(field: Field): Promise<void> {
    await this.context.shell.element.updateComplete;
    const target = this.context.shell.element.renderRoot.querySelector<HTMLElement>(FOCUS[field]);
    if (target instanceof PleinPeoplePicker) await target.updateComplete;
    target?.focus();
  }

  // ---------------------------------------------------------------------------- removing

  private askRemove(personId: string): void {
    this.confirming = personId;
    this.rowError = undefined;
    this.context.update();
    void this.context.focusOn(`[data-confirm="${personId}"]`);
  }

  private cancelRemove(personId: string): void {
    this.confirming = undefined;
    this.context.update();
    void this.context.focusOn(`[data-remove="${personId}"]`);
  }

  private async remove(personId: string): Promise<void> {
    if (this.busy) return;
    const t = this.strings;
    const name = this.name(personId) || t.someone;
    this.busy = personId;
    this.context.update();
    try {
      await this.context.shell.guard(
        this.context.api().unenrol(this.campaignId, personId, { idempotencyKey: newIdempotencyKey() }),
      );
      const index = this.enrolments.findIndex((e) => e.personId === personId);
      this.enrolments = this.enrolments.filter((e) => e.personId !== personId);
      this.confirming = undefined;
      this.context.shell.toast(t.removed(name), 'success');
      const next = this.enrolments[index] ?? this.enrolments[index - 1];
      void this.context.focusOn(next ? `[data-remove="${next.personId}"]` : '#people-list-heading');
    } catch (error) {
      this.context.failed(error);
      this.rowError = { personId, message: this.refusal(error)[1] };
    } finally {
      this.busy = undefined;
      this.context.update();
    }
  }

  // ---------------------------------------------------------------------------- importing

  private async openImport(): Promise<void> {
    this.importOpen = true;
    this.importFailure = undefined;
    this.context.update();
    if (this.importer) {
      this.importer.focus();
      return;
    }
    try {
      const module = await import('./import-view.js');
      this.context.shell.adopt(module.styles);
      this.importer = new module.ImportView(this.context, {
        close: () => this.closeImport(),
        imported: () => void this.load(true),
      });
      this.context.update();
      this.importer.focus();
    } catch (error) {
      this.context.failed(error);
      this.importFailure = error;
      this.context.update();
    }
  }

  private closeImport(): void {
    this.importOpen = false;
    this.importer?.stop?.();
    this.importer = undefined;
    this.context.update();
    void this.context.focusOn('.open-import');
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const { locale } = this.context.shell.locale();
    return html`<div class="campaign-people">
      ${this.importOpen ? this.renderImport() : this.renderEnrol()}
      <section class="enrolled" aria-labelledby="people-list-heading">
        ${
          this.phase === 'loading'
            ? skeleton({ lines: 4, label: t.loading })
            : this.phase === 'error'
              ? errorState({
                  message: errorText(locale, this.failure),
                  retryLabel: t.retry,
                  onRetry: () => void this.load(),
                })
              : this.renderList()
        }
      </section>
    </div>`;
  }

  private renderImport(): TemplateResult {
    const t = this.strings;
    if (this.importFailure !== undefined)
      return errorState({ message: t.importFailed, retryLabel: t.retry, onRetry: () => void this.openImport() });
    return this.importer ? this.importer.render() : skeleton({ lines: 4, label: t.loading });
  }

  private renderEnrol(): TemplateResult {
    const t = this.strings;
    const form = this.form;
    const shell = this.context.shell;
    const picker = (id: string, field: 'person' | 'manager' | 'buddy', label: string, error?: string) =>
      html`<plein-people-picker
        id=${id}
        label=${label}
        .error=${error}
        .value=${form[field] ? [form[field]] : []}
        .store=${shell.store()}
        .clock=${shell.clock}
        .theme=${shell.element.theme}
        @plein-people-change=${(event: CustomEvent<PleinPeopleChangeDetail>) => this.picked(field, event)}
      ></plein-people-picker>`;
    return html`<form class="enrol-form" novalidate aria-labelledby="enrol-heading" @submit=${this.enrol}>
      <div class="section-head">
        <h3 class="section-title" id="enrol-heading">${t.enrolHeading}</h3>
        <button type="button" class="button open-import" @click=${() => void this.openImport()}>${t.importCsv}</button>
      </div>
      <p class="hint">${t.enrolHint}</p>
      ${
        form.errors.form
          ? html`<p class="field-error" id="enrol-form-error" role="alert" tabindex="-1">${form.errors.form}</p>`
          : nothing
      }
      <div class="enrol-grid">
        ${picker('enrol-person', 'person', t.person, form.errors.personId)}
        <div class="field">
          <label for="enrol-start">${t.startDate}</label>
          <input
            id="enrol-start"
            type="date"
            .value=${form.startDate}
            aria-invalid=${form.errors.startDate ? 'true' : 'false'}
            aria-describedby="enrol-start-hint${form.errors.startDate ? ' enrol-start-error' : ''}"
            @input=${(event: Event) => {
              form.startDate = (event.target as HTMLInputElement).value;
              form.startFromProfile = false;
              delete form.errors.startDate;
            }}
          />
          <p class="hint" id="enrol-start-hint">${t.startDateHint}</p>
          ${form.errors.startDate ? html`<p class="field-error" id="enrol-start-error">${form.errors.startDate}</p>` : nothing}
        </div>
        ${picker('enrol-manager', 'manager', t.manager, form.errors.managerId)}
        ${picker('enrol-buddy', 'buddy', t.buddy, form.errors.buddyId)}
      </div>
      <div class="form-actions">
        <button type="submit" class="button primary enrol" aria-disabled=${form.saving ? 'true' : 'false'}>
          ${form.saving ? t.enrolling : t.enrol}
        </button>
      </div>
    </form>`;
  }

  private renderList(): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const campaign = this.context.campaign();
    const date = (iso: string) => format.date(`${iso}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
    return html`<div class="section-head">
        <h3 class="section-title" id="people-list-heading" tabindex="-1">${t.listHeading}</h3>
        <span class="count">${t.count(campaign?.enrolled ?? this.enrolments.length, format)}</span>
      </div>
      ${
        this.enrolments.length
          ? html`<ul class="enrolments">
              ${repeat(
                this.enrolments,
                (e) => e.personId,
                (e) => {
                  const name = this.name(e.personId);
                  const shown = name || t.someone;
                  const manager = e.managerId ? this.name(e.managerId) : '';
                  const buddy = e.buddyId ? this.name(e.buddyId) : '';
                  const error = this.rowError?.personId === e.personId ? this.rowError.message : undefined;
                  const confirming = this.confirming === e.personId;
                  return html`<li class="enrolment">
                    <div class="enrolment-info">
                      <span class="person-name" tabindex="-1">${name || '…'}</span>
                      <span class="enrolment-meta">
                        <span>${t.starts} ${date(e.startDate)}</span>
                        <span>${t.sources[e.source]}</span>
                        ${manager ? html`<span>${t.managerIs(manager)}</span>` : nothing}
                        ${buddy ? html`<span>${t.buddyIs(buddy)}</span>` : nothing}
                      </span>
                    </div>
                    ${
                      confirming
                        ? html`<div class="confirm">
                            <p class="confirm-text" id="people-confirm-${e.personId}">${t.confirmRemove(shown)}</p>
                            <div class="form-actions">
                              <button
                                type="button"
                                class="button danger"
                                data-confirm=${e.personId}
                                aria-describedby="people-confirm-${e.personId}"
                                aria-disabled=${this.busy === e.personId ? 'true' : 'false'}
                                @click=${() => void this.remove(e.personId)}
                              >
                                ${t.confirm}
                              </button>
                              <button type="button" class="button" @click=${() => this.cancelRemove(e.personId)}>
                                ${t.cancel}
                              </button>
                            </div>
                          </div>`
                        : html`<button
                            type="button"
                            class="button"
                            data-remove=${e.personId}
                            aria-label=${t.removeLabel(shown)}
                            @click=${() => this.askRemove(e.personId)}
                          >
                            ${t.remove}
                          </button>`
                    }
                    ${error ? html`<p class="field-error row-error" role="alert">${error}</p>` : nothing}
                  </li>`;
                },
              )}
            </ul>`
          : html`<p class="none">${t.none}</p>`
      }
      ${
        this.next
          ? html`<div class="list-actions">
              <button
                type="button"
                class="button more"
                aria-disabled=${this.more ? 'true' : 'false'}
                @click=${() => void this.loadMore()}
              >
                ${this.more ? t.loadingMore : t.more}
              </button>
            </div>`
          : nothing
      }`;
  }
}
