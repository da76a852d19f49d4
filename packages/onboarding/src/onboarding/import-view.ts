import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  LIMITS,
  isPleinError,
  newIdempotencyKey,
  parseCsvImport,
  type CsvImportError,
  type ImportRow,
  type ImportRowResult,
} from '@plein/core';
import { errorText } from '@plein/ui';
import { importStrings, type ImportStrings } from './import-view.strings.js';
import { importStyles } from './import-view.styles.js';
import type { ManageContext, ManagePart } from './manage-part.js';

export const styles = [importStyles];

/** A file this large is not a list of people: refused before it is read. */
const MAX_MEGABYTES = 10;
/** Rows of the preview shown at a time (a file may have 5,000). */
const SHOWN = 100;

type Outcome = ImportRowResult['outcome'];
const OUTCOMES: Outcome[] = ['enrol', 'add', 'skip', 'error'];
const COLUMNS: (keyof ImportRow)[] = ['name', 'email', 'startDate', 'department'];

export interface ImportOptions {
  close(): void;
  /** People were enrolled: the list reads them. */
  imported(): void;
}

/** Where the import is: choosing a file, reading it, the preview, importing, or the report. */
type Step =
  | { step: 'choose'; problem?: string }
  | { step: 'checking' }
  | { step: 'preview'; rows: ImportRow[]; results: ImportRowResult[]; key: string; saving: boolean; problem?: string }
  | { step: 'report'; rows: ImportRow[]; results: ImportRowResult[] };

/**
 * The CSV import: a file (or pasted rows) is read with core's `parseCsvImport`; a file that
 * cannot be used (missing columns, too many rows) is refused with the reason; otherwise the
 * store's `previewImport` says what each row would do, shown as a table with every row's
 * outcome and each error at its cell. Nothing is saved until "Import N people"; then the
 * report of what was done.
 */
export class ImportView implements ManagePart {
  private state: Step = { step: 'choose' };
  private pasted = '';
  private onlyErrors = false;
  private shown = SHOWN;
  private generation = 0;

  constructor(
    private readonly context: ManageContext,
    private readonly options: ImportOptions,
  ) {}

  private get strings(): ImportStrings {
    return importStrings[this.context.shell.locale().locale];
  }

  private get campaignId(): string {
    return this.context.campaignId()!;
  }

  refresh(): void {
    // A preview is what would happen at the moment it was made; "Import" reports what did.
  }

  stop(): void {
    this.generation++;
  }

  focus(): void {
    void this.context.focusOn('#import-heading');
  }

  private set(state: Step): void {
    this.state = state;
    this.context.update();
  }

  // ---------------------------------------------------------------------------- reading

  private readonly chose = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const t = this.strings;
    const { format } = this.context.shell.locale();
    if (file.size > MAX_MEGABYTES * 1_000_000) {
      input.value = '';
      this.refuse(t.tooBig(MAX_MEGABYTES, format));
      return;
    }
    const generation = ++this.generation;
    this.set({ step: 'checking' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      if (generation === this.generation) this.refuse(t.unreadable);
      return;
    }
    if (generation !== this.generation) return;
    input.value = '';
    await this.check(text, generation);
  };

  private readonly previewPasted = async (): Promise<void> => {
    const generation = ++this.generation;
    await this.check(this.pasted, generation);
  };

  /** Reads the text; a file-level problem stops here, else the store says what each row would do. */
  private async check(text: string, generation: number): Promise<void> {
    const parsed = parseCsvImport(text);
    const problem = parsed.errors.find((e) => e.row === 0 || e.field === 'file' || e.field === 'columns');
    if (problem || !parsed.rows.length) {
      this.refuse(this.fileProblem(problem));
      return;
    }
    this.set({ step: 'checking' });
    try {
      const results = await this.context.shell.guard(this.context.api().previewImport(this.campaignId, parsed.rows));
      if (generation !== this.generation) return;
      // The parser and the store check rows alike; where the store said nothing, the parser's word stands.
      const merged = results.map((result) => {
        if (result.outcome === 'error') return result;
        const found = parsed.errors.find((e) => e.row === result.row);
        return found && found.field !== 'file' && found.field !== 'columns'
          ? { ...result, outcome: 'error' as const, error: { field: found.field, reason: found.reason } }
          : result;
      });
      this.onlyErrors = false;
      this.shown = SHOWN;
      this.set({ step: 'preview', rows: parsed.rows, results: merged, key: newIdempotencyKey(), saving: false });
      void this.context.focusOn('#import-preview-heading');
    } catch (error) {
      if (generation !== this.generation) return;
      this.context.failed(error);
      this.refuse(this.storeProblem(error));
    }
  }

  private refuse(problem: string): void {
    this.set({ step: 'choose', problem });
    void this.context.focusOn('#import-problem');
  }

  private fileProblem(error: CsvImportError | undefined): string {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    switch (error?.reason) {
      case 'missing-columns':
        return t.missingColumns(format.list((error.columns ?? []).map((c) => t.columns[c])));
      case 'too-many-rows':
        return t.tooManyRows(error.limit ?? LIMITS.importRows, format);
      case 'unclosed-quote':
        return t.unclosedQuote(error.row, format);
      case 'no-rows':
        return t.noRows;
    }
    return t.empty;
  }

  private storeProblem(error: unknown): string {
    const t = this.strings;
    const { locale, format } = this.context.shell.locale();
    if (isPleinError(error) && error.code === 'too-large')
      return t.tooManyRows(typeof error.details.limit === 'number' ? error.details.limit : LIMITS.importRows, format);
    if (isPleinError(error) && error.code === 'forbidden') return t.forbidden;
    if (isPleinError(error) && error.details.reason === 'campaign-archived') return t.archived;
    return errorText(locale, error);
  }

  // ---------------------------------------------------------------------------- importing

  private async importRows(): Promise<void> {
    const state = this.state;
    if (state.step !== 'preview' || state.saving || !this.count(state.results)) return;
    const t = this.strings;
    const { format } = this.context.shell.locale();
    state.saving = true;
    state.problem = undefined;
    this.context.update();
    try {
      const results = await this.context.shell.guard(
        this.context.api().importPeople(this.campaignId, state.rows, { idempotencyKey: state.key }),
      );
      if (this.state !== state) return;
      this.onlyErrors = false;
      this.set({ step: 'report', rows: state.rows, results });
      this.context.shell.toast(t.reportToast(this.count(results), format), 'success');
      this.options.imported();
      void this.context.focusOn('#import-preview-heading');
    } catch (error) {
      this.context.failed(error);
      if (this.state !== state) return;
      state.saving = false;
      state.problem = this.storeProblem(error);
      this.context.update();
      void this.context.focusOn('#import-save-problem');
    }
  }

  /** Rows that enrol someone. */
  private count(results: ImportRowResult[]): number {
    return results.filter((r) => r.outcome === 'enrol' || r.outcome === 'add').length;
  }

  private again(): void {
    this.set({ step: 'choose' });
    void this.context.focusOn('#import-file');
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const state = this.state;
    return html`<section class="import" aria-labelledby="import-heading">
      <div class="section-head">
        <h3 class="section-title" id="import-heading" tabindex="-1">${t.heading}</h3>
        <button type="button" class="button subtle" @click=${() => this.options.close()}>${t.close}</button>
      </div>
      ${
        state.step === 'choose'
          ? html`<p class="hint">${t.intro(LIMITS.importRows, format)}</p>
              ${
                state.problem
                  ? html`<div class="problem" id="import-problem" role="alert" tabindex="-1">
                      <p class="problem-title">${t.fileProblem}</p>
                      <p>${state.problem}</p>
                    </div>`
                  : nothing
              }
              ${this.renderChoose()}`
          : state.step === 'checking'
            ? html`<p class="checking" role="status">${t.checking}</p>`
            : this.renderResults(state)
      }
    </section>`;
  }

  private renderChoose(): TemplateResult {
    const t = this.strings;
    return html`<div class="field">
        <label for="import-file">${t.file}</label>
        <input id="import-file" type="file" accept=".csv,text/csv,text/plain" @change=${this.chose} />
      </div>
      <div class="field">
        <label for="import-paste">${t.paste}</label>
        <textarea
          id="import-paste"
          rows="5"
          spellcheck="false"
          .value=${this.pasted}
          @input=${(event: Event) => {
            this.pasted = (event.target as HTMLTextAreaElement).value;
            this.context.update();
          }}
        ></textarea>
      </div>
      <div class="form-actions">
        <button
          type="button"
          class="button preview"
          aria-disabled=${this.pasted.trim() ? 'false' : 'true'}
          @click=${() => this.pasted.trim() && void this.previewPasted()}
        >
          ${t.preview}
        </button>
      </div>`;
  }

  private renderResults(state: Extract<Step, { step: 'preview' | 'report' }>): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const report = state.step === 'report';
    const words = report ? t.done : t.outcomes;
    const counts = OUTCOMES.map((outcome) => ({
      outcome,
      count: state.results.filter((r) => r.outcome === outcome).length,
    }));
    const errors = counts[3]!.count;
    const listed = this.onlyErrors ? state.results.filter((r) => r.outcome === 'error') : state.results;
    const visible = listed.slice(0, this.shown);
    const importable = this.count(state.results);
    return html`<h4 class="subheading" id="import-preview-heading" tabindex="-1">
        ${report ? t.reportHeading : t.previewHeading}
      </h4>
      <dl class="counts" aria-label=${t.summary}>
        ${counts.map(
          ({ outcome, count }) =>
            html`<div class="count ${outcome} ${count ? '' : 'zero'}" data-outcome=${outcome}>
              <dt>${words[outcome]}</dt>
              <dd>${format.number(count)}</dd>
            </div>`,
        )}
      </dl>
      ${
        errors
          ? html`<label class="choice only-errors">
              <input
                type="checkbox"
                .checked=${this.onlyErrors}
                @change=${(event: Event) => {
                  this.onlyErrors = (event.target as HTMLInputElement).checked;
                  this.shown = SHOWN;
                  this.context.update();
                }}
              />${t.onlyErrors}
            </label>`
          : nothing
      }
      <div class="table-box" role="region" aria-label=${t.tableLabel} tabindex="0">
        <table class="data rows">
          <thead>
            <tr>
              <th scope="col" class="number">${t.row}</th>
              ${COLUMNS.map((column) => html`<th scope="col">${t[column]}</th>`)}
              <th scope="col">${t.outcome}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              visible,
              (result) => result.row,
              (result) => this.renderRow(result, state.rows[result.row - 1], words),
            )}
          </tbody>
        </table>
      </div>
      ${
        listed.length > visible.length
          ? html`<div class="list-actions">
              <span class="hint">${t.shown(visible.length, listed.length, format)}</span>
              <button type="button" class="button" @click=${() => ((this.shown += SHOWN), this.context.update())}>
                ${t.showMore}
              </button>
            </div>`
          : nothing
      }
      ${
        state.step === 'preview' && state.problem
          ? html`<p class="field-error" id="import-save-problem" role="alert" tabindex="-1">${state.problem}</p>`
          : nothing
      }
      ${
        state.step === 'preview' && !importable
          ? html`<p class="hint nothing-to-import">${t.nothingToImport}</p>`
          : nothing
      }
      <div class="form-actions">
        ${
          state.step === 'preview'
            ? html`${
                  importable
                    ? html`<button
                        type="button"
                        class="button primary import-rows"
                        aria-disabled=${state.saving ? 'true' : 'false'}
                        @click=${() => void this.importRows()}
                      >
                        ${state.saving ? t.importing : t.importN(importable, format)}
                      </button>`
                    : nothing
                }
                <button type="button" class="button" @click=${() => this.again()}>${t.another}</button>
                <button type="button" class="button subtle" @click=${() => this.options.close()}>${t.cancel}</button>`
            : html`<button type="button" class="button primary" @click=${() => this.options.close()}>
                  ${t.finish}
                </button>
                <button type="button" class="button" @click=${() => this.again()}>${t.another}</button>`
        }
      </div>`;
  }

  private renderRow(
    result: ImportRowResult,
    row: ImportRow | undefined,
    words: Record<Outcome, string>,
  ): TemplateResult {
    const t = this.strings;
    const { format } = this.context.shell.locale();
    const error = result.outcome === 'error' ? result.error : undefined;
    const reason = (why: string): string =>
      why === 'too-long'
        ? t.tooLong(LIMITS.personName, format)
        : Object.hasOwn(t.reasons, why)
          ? (t.reasons as Record<string, string>)[why]!
          : t.otherReason;
    const cell = (column: keyof ImportRow) => {
      const value = column === 'email' ? (row?.email ?? result.email) : (row?.[column] ?? '');
      const wrong = error?.field === column;
      return html`<td class="${column} ${wrong ? 'wrong' : ''}">
        <span class="value">${value}</span>
        ${wrong ? html`<span class="cell-error">${reason(error.reason)}</span>` : nothing}
      </td>`;
    };
    return html`<tr class="outcome-${result.outcome}">
      <td class="number">${format.number(result.row)}</td>
      ${COLUMNS.map(cell)}
      <td>
        <span class="outcome ${result.outcome}">${words[result.outcome]}</span>
        ${error && !COLUMNS.includes(error.field) ? html`<span class="cell-error">${reason(error.reason)}</span>` : nothing}
      </td>
    </tr>`;
  }
}
