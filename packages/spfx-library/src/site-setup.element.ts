import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPleinError } from '@plein/core';
import { cardSurfaceStyles, errorText, PleinElement } from '@plein/ui';
import type { SetUpReport, SetUpStatus } from '@plein/store-sharepoint';
import { siteSetUpStyles } from './site-setup.styles.js';
import { doneText, manualText, missingText, siteSetUpStrings, type SiteSetUpStrings } from './site-setup.strings.js';
import type { SiteSetUp } from './store.js';

type Phase =
  | { name: 'checking' }
  | { name: 'ready' }
  | { name: 'needs'; status: SetUpStatus }
  | { name: 'running'; status: SetUpStatus }
  | { name: 'done'; report: SetUpReport }
  | { name: 'failed'; error: unknown; status?: SetUpStatus };

export interface PleinSiteSetUpDetail {
  report: SetUpReport;
}

/**
 * The edit-mode action above a Plein web part: checks whether the site is set up for Plein and,
 * when it is not (or needs an upgrade or a repair, say after a list was deleted by hand), lets a
 * site owner set it up, then shows what was done and what an owner must still do by hand.
 * Members see who can do it. Shows nothing on a ready site.
 *
 * @fires plein-load - `{state, canSetUp, missing}` once the site's state is known (shown, or nothing when ready).
 * @fires plein-error - `{error}` when the state could not be read; a localized message with a retry is shown.
 * @fires plein-site-set-up - `{report}` after set-up ran; the web part reloads its element.
 *
 * @csspart base - The card.
 */
export class PleinSiteSetUp extends PleinElement {
  static override styles = [PleinElement.styles, cardSurfaceStyles, siteSetUpStyles];

  /** The site's set-up state and action (`siteSetUp(options)` of @plein/store-sharepoint). */
  @property({ attribute: false }) setUp?: SiteSetUp;

  /**
   * On a page that is not being edited: say what is wrong and who can fix it, without the
   * button (set-up belongs to edit mode, where the owner sees what it does).
   */
  @property({ type: Boolean }) view = false;

  @state() private phase: Phase = { name: 'checking' };

  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('setUp')) void this.check();
  }

  private async check(): Promise<void> {
    const generation = ++this.generation;
    const setUp = this.setUp;
    this.phase = { name: 'checking' };
    if (!setUp) return;
    try {
      const status = await setUp.status();
      if (generation !== this.generation) return;
      this.phase = status.state === 'ready' ? { name: 'ready' } : { name: 'needs', status };
      this.emit('plein-load', status);
    } catch (error) {
      if (generation !== this.generation) return;
      this.phase = { name: 'failed', error };
      this.emit('plein-error', { error });
    }
  }

  private readonly run = async (): Promise<void> => {
    const { phase, setUp } = this;
    if (phase.name !== 'needs' || !setUp) return;
    const { status } = phase;
    const generation = ++this.generation;
    this.phase = { name: 'running', status };
    this.feedback.announce(this.strings.running);
    try {
      const report = await setUp.run();
      if (generation !== this.generation) return;
      this.phase = { name: 'done', report };
      this.feedback.announce(this.doneSummary(report));
      this.emit('plein-site-set-up', { report });
    } catch (error) {
      if (generation !== this.generation) return;
      // A member (or someone whose rights changed since the check) sees who can do it.
      const refused = isPleinError(error) && error.code === 'forbidden';
      this.phase = refused
        ? { name: 'needs', status: { ...status, canSetUp: false } }
        : { name: 'failed', error, status };
      this.feedback.announce(refused ? this.askOwner(status) : this.strings.runFailed, 'assertive');
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  };

  private readonly retry = (): void => {
    const { phase } = this;
    if (phase.name === 'failed' && phase.status) {
      this.phase = { name: 'needs', status: phase.status };
      void this.run();
    } else void this.check();
  };

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private get strings(): SiteSetUpStrings {
    return this.i18n.strings(siteSetUpStrings);
  }

  private askOwner(status: SetUpStatus): string {
    return status.state === 'needs-upgrade' ? this.strings.askOwnerUpgrade : this.strings.askOwner;
  }

  private doneSummary(report: SetUpReport): string {
    const s = this.strings;
    const manual = report.manual.length
      ? ` ${s.manualHeading} ${report.manual.map((m) => manualText(s, m)).join(' ')}`
      : '';
    return `${s.done(report.version, this.i18n.format)}${manual}`;
  }

  override render(): TemplateResult {
    return html`${this.feedback.render()}${this.renderPhase()}`;
  }

  private renderPhase(): TemplateResult | typeof nothing {
    const s = this.strings;
    const format = this.i18n.format;
    const phase = this.phase;
    switch (phase.name) {
      case 'checking':
      case 'ready':
        return nothing;
      case 'needs':
      case 'running': {
        const { status } = phase;
        const upgrade = status.state === 'needs-upgrade';
        const heading = upgrade ? s.needsUpgrade : s.needsSetUp;
        // On a fresh site everything is missing: only an upgrade's list is worth reading.
        const missing = upgrade
          ? this.list(s.missing(status.missing.length, format), status.missing, (m) => missingText(s, m))
          : nothing;
        if (phase.name === 'needs' && (!status.canSetUp || this.view))
          return this.card(
            heading,
            html`<p>${status.canSetUp ? s.editToSetUp : this.askOwner(status)}</p>
              ${this.view ? nothing : missing}`,
            'warning',
          );
        const running = phase.name === 'running';
        return this.card(
          heading,
          html`<p class="muted">${s.explain}</p>
            ${missing}
            <button
              type="button"
              class="button primary"
              aria-disabled=${running ? 'true' : 'false'}
              @click=${running ? undefined : this.run}
            >
              ${running ? s.running : upgrade ? s.upgrade : s.setUp}
            </button>`,
          'warning',
          running,
        );
      }
      case 'done': {
        const { report } = phase;
        return this.card(
          s.done(report.version, format),
          html`${
            report.done.length
              ? this.list(s.changes(report.done.length, format), report.done, (d) => doneText(s, d))
              : html`<p>${s.changes(0, format)}</p>`
          }
          ${
            report.manual.length
              ? html`<p><strong>${s.manualHeading}</strong></p>
                  <ul>
                    ${report.manual.map((m) => html`<li>${manualText(s, m)}</li>`)}
                  </ul>`
              : nothing
          }`,
        );
      }
      case 'failed':
        return this.card(
          phase.status ? s.runFailed : s.checkFailed,
          html`<p>${errorText(this.i18n.locale, phase.error)}</p>
            <button type="button" class="button" @click=${this.retry}>${s.retry}</button>`,
          'warning',
        );
    }
  }

  /** A long list, folded under its summary ("76 changes made"). */
  private list(summary: string, entries: readonly string[], text: (entry: string) => string) {
    if (!entries.length) return nothing;
    return html`<details>
      <summary>${summary}</summary>
      <ul>
        ${entries.map((entry) => html`<li>${text(entry)}</li>`)}
      </ul>
    </details>`;
  }

  private card(heading: string, body: TemplateResult, tone = '', busy = false): TemplateResult {
    return html`<section
      class="card ${tone}"
      part="base"
      aria-label=${this.strings.label}
      aria-busy=${busy ? 'true' : 'false'}
    >
      <h2 tabindex="-1">${heading}</h2>
      ${body}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plein-site-set-up': CustomEvent<PleinSiteSetUpDetail>;
  }
}
