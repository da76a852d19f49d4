import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import {
  LIMITS,
  REPORT_REASONS,
  isPleinError,
  newIdempotencyKey,
  type Comment,
  type Post,
  type ReportReason,
} from '@plein/core';
import { errorText, formStyles } from '@plein/ui';
import type { FeedHost } from './host.js';
import { reasonLabels, reportStrings, type ReportStrings } from './report.strings.js';
import { reportStyles } from './report.styles.js';

export const strings = reportStrings;
export const styles = [formStyles, reportStyles];

export interface ReportDialogOptions {
  /** The store took the report (or already had one from this person): the element can mark the entry as reported. */
  reported?: (entry: Post | Comment) => void;
}

/** What went wrong, and where it is shown. */
type Problem = { target: 'reason' | 'note' | 'form'; message: string };

const ID = 'rd';

/**
 * The report dialog, loaded on first use: a native modal `<dialog>` (the browser traps focus and
 * closes it on Escape) with the reasons, an optional note and Report / Cancel. The fields scroll
 * and the buttons stay at the dialog's bottom, on a phone too. One idempotency key per opened
 * dialog survives every retry, so a double submit files one report.
 */
export class ReportDialog {
  private readonly host: FeedHost;
  private readonly options: ReportDialogOptions;
  private entry: Post | Comment | undefined;
  private returnTo: HTMLElement | undefined;
  private dialog: HTMLDialogElement | undefined;
  private reason: ReportReason | undefined;
  private note = '';
  private key = '';
  private busy = false;
  private already = false;
  private problem: Problem | undefined;
  /** Counts openings, so the answer to an earlier dialog's request is not taken for this one's. */
  private opening = 0;

  constructor(host: FeedHost, options: ReportDialogOptions = {}) {
    this.host = host;
    this.options = options;
  }

  get isOpen(): boolean {
    return this.entry !== undefined;
  }

  /** Opens the dialog for `entry`; focus goes back to `returnFocusTo` when it closes. */
  open(entry: Post | Comment, returnFocusTo?: HTMLElement): void {
    // Each opening renders a fresh <dialog> (keyed), so its state never leaks into the next one.
    this.opening++;
    this.entry = entry;
    this.returnTo = returnFocusTo;
    this.reason = undefined;
    this.note = '';
    this.key = newIdempotencyKey();
    this.busy = false;
    this.already = entry.viewer.reported;
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /** Closes the dialog (a request still under way finishes and tells its outcome with a toast). */
  close(): void {
    if (!this.entry) return;
    this.entry = undefined;
    this.dialog?.close();
    this.host.requestUpdate();
    const target = this.returnTo;
    this.returnTo = undefined;
    if (target?.isConnected) target.focus();
  }

  render(): TemplateResult {
    const entry = this.entry;
    if (!entry) return html``;
    const { locale, format } = this.host.locale();
    const s = reportStrings[locale];
    const name = this.host.person(entry.authorId)?.displayName ?? s.someone;
    return html`${keyed(
      this.opening,
      html`<dialog
        class="report-dialog"
        part="report-dialog"
        aria-labelledby="${ID}-title"
        aria-describedby="${ID}-intro"
        ${ref(this.attach)}
        @close=${this.closed}
      >
        <form class="report-form" novalidate @submit=${(event: SubmitEvent) => void this.submit(event)}>
          <div class="report-body">
            <h2 class="report-title" id="${ID}-title">${entry.kind === 'post' ? s.reportPost : s.reportComment}</h2>
            <p class="report-entry">${entry.kind === 'post' ? s.postBy(name) : s.commentBy(name)}</p>
            <p class="report-intro" id="${ID}-intro">${s.intro}</p>
            ${this.already ? html`<p class="report-done" role="status">${s.alreadyReported}</p>` : this.renderFields(s, format)}
          </div>
          ${
            // Beside the buttons, which stay in view however far the fields above are scrolled.
            this.problem?.target === 'form'
              ? html`<p class="field-error report-error" role="alert">${this.problem.message}</p>`
              : nothing
          }
          <div class="report-actions">
            ${
              this.already
                ? html`<button type="button" class="button primary report-close" @click=${() => this.close()}>
                    ${s.close}
                  </button>`
                : html`<button type="submit" class="button primary report-submit" aria-disabled=${this.busy}>
                      ${this.busy ? s.sending : s.submit}
                    </button>
                    <button type="button" class="button report-cancel" @click=${() => this.close()}>
                      ${s.cancel}
                    </button>`
            }
          </div>
        </form>
      </dialog>`,
    )}`;
  }

  private renderFields(s: ReportStrings, format: ReturnType<FeedHost['locale']>['format']): TemplateResult {
    const labels = reasonLabels[this.host.locale().locale];
    const reasonError = this.problem?.target === 'reason' ? this.problem.message : undefined;
    const noteError = this.problem?.target === 'note' ? this.problem.message : undefined;
    const used = [...this.note.trim()].length;
    return html`<fieldset class="report-reasons" aria-describedby=${reasonError ? `${ID}-reason-error` : nothing}>
        <legend>${s.reasonLegend}</legend>
        ${REPORT_REASONS.map(
          (reason) =>
            html`<label class="choice report-reason">
              <input
                type="radio"
                name="${ID}-reason"
                .value=${reason}
                .checked=${live(this.reason === reason)}
                aria-describedby="${ID}-hint-${reason}"
                @change=${() => this.choose(reason)}
              />
              <span class="reason-text">
                <span class="reason-label">${labels[reason].label}</span>
                <span class="hint" id="${ID}-hint-${reason}">${labels[reason].hint}</span>
              </span>
            </label>`,
        )}
        ${reasonError ? html`<span class="field-error" id="${ID}-reason-error">${reasonError}</span>` : nothing}
      </fieldset>
      <div class="field">
        <label for="${ID}-note">${s.note}</label>
        <textarea
          id="${ID}-note"
          rows="3"
          .value=${live(this.note)}
          aria-invalid=${noteError ? 'true' : 'false'}
          aria-describedby="${ID}-note-count${noteError ? ` ${ID}-note-error` : ''}"
          @input=${(event: Event) => this.type((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span class="hint counter ${used > LIMITS.reportNote ? 'over' : ''}" id="${ID}-note-count"
          >${s.noteCount(used, LIMITS.reportNote, format)}</span
        >
        ${noteError ? html`<span class="field-error" id="${ID}-note-error">${noteError}</span>` : nothing}
      </div>`;
  }

  // ---------------------------------------------------------------------------- behaviour

  /** The dialog element arrived (each opening renders a fresh one): show it as a modal once it is in the page. */
  private readonly attach = (element?: Element): void => {
    this.dialog = element as HTMLDialogElement | undefined;
    if (!this.dialog) return;
    const dialog = this.dialog;
    queueMicrotask(() => {
      if (this.dialog !== dialog || !this.entry || !dialog.isConnected || dialog.open) return;
      dialog.showModal();
      // The first reason (or Close), not the scrolling box around the fields, which the browser may pick.
      dialog.querySelector<HTMLElement>('input, .report-close')?.focus();
    });
  };

  /** Escape (or the browser) closed the current dialog. */
  private readonly closed = (event: Event): void => {
    if (event.currentTarget === this.dialog) this.close();
  };

  private choose(reason: ReportReason): void {
    this.reason = reason;
    if (this.problem?.target === 'reason') this.problem = undefined;
    this.host.requestUpdate();
  }

  private type(note: string): void {
    this.note = note;
    if (this.problem?.target === 'note') this.problem = undefined;
    this.host.requestUpdate();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const entry = this.entry;
    const store = this.host.store();
    if (!entry || this.busy) return;
    const { locale, format } = this.host.locale();
    const s = reportStrings[locale];
    const note = this.note.trim();
    if (!this.reason) return this.refuse({ target: 'reason', message: s.chooseReason });
    if ([...note].length > LIMITS.reportNote) {
      return this.refuse({ target: 'note', message: s.noteTooLong(LIMITS.reportNote, format) });
    }
    const opening = this.opening;
    this.busy = true;
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      if (!store?.feed) throw new Error('no feed in this store');
      await this.host.guard(store.feed.report(entry.id, this.reason, note || undefined, { idempotencyKey: this.key }));
      this.options.reported?.(entry);
      if (opening === this.opening) {
        this.busy = false;
        this.close();
      }
      this.host.toast(s.thanks, 'success');
    } catch (error) {
      const current = opening === this.opening && this.isOpen;
      if (current) this.busy = false;
      if (isPleinError(error) && error.code === 'conflict' && error.details.reason === 'already-reported') {
        this.options.reported?.(entry);
        if (!current) return;
        this.already = true;
        this.host.requestUpdate();
        await this.focusLater('.report-close');
        return;
      }
      const message = errorText(locale, error);
      if (!current) return this.host.toast(message, 'error');
      const field = isPleinError(error) ? error.details.field : undefined;
      this.refuse({ target: field === 'reason' || field === 'note' ? field : 'form', message });
    }
  }

  /** Shows the problem next to what it is about, and takes focus there. */
  private refuse(problem: Problem): void {
    this.problem = problem;
    this.host.requestUpdate();
    const selector =
      problem.target === 'reason'
        ? `input[name="${ID}-reason"]`
        : problem.target === 'note'
          ? `#${ID}-note`
          : '.report-submit';
    void this.focusLater(selector);
  }

  /** Focus inside the dialog after the next render (the host re-renders on request). */
  private async focusLater(selector: string): Promise<void> {
    // FeedHost has no updateComplete: wait for the element that renders the dialog (a Lit element).
    const root = this.dialog?.getRootNode();
    const owner = root instanceof ShadowRoot ? (root.host as { updateComplete?: Promise<unknown> }) : undefined;
    await (owner?.updateComplete ?? Promise.resolve());
    this.dialog?.querySelector<HTMLElement>(selector)?.focus();
  }
}
