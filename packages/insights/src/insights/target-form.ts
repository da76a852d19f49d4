import { css, html, nothing, type TemplateResult } from 'lit';
import {
  INSIGHTS_LIMITS,
  TARGET_PERIODS,
  isPleinError,
  isShareMetric,
  newIdempotencyKey,
  toPleinError,
  type InsightsApi,
  type MetricId,
  type Target,
  type TargetPeriod,
} from '@plein/core';
import { errorText, formStyles } from '@plein/ui';

import { metricStrings } from './metrics.strings.js';
import type { InsightsShell } from './shell.js';
import { targetFormStrings, type TargetFormStrings } from './target-form.strings.js';

/** What the dashboard gives the form. */
export interface TargetFormContext {
  readonly shell: InsightsShell;
  /** The store's insights API; throws `unavailable` when there is none. */
  api(): InsightsApi;
  update(): void;
  /** The store confirmed the target. */
  saved(target: Target): void;
  /** Cancelled (or Escape). */
  close(): void;
}

/**
 * The small form that sets a KPI's target for a kind of period, inside the KPI's tile: checked
 * here first (so "-5", "0", "300%" and "2.5 posts" are answered at once), then by the store,
 * whose refusal shows at the field. A retry of the same target sends the same idempotency key.
 */
export class TargetForm {
  private per: TargetPeriod;
  private value: string;
  private error: string | undefined;
  /** A failure that is not about the value (the store was unreachable). */
  private failure: string | undefined;
  private saving = false;
  private key: { draft: string; key: string } | undefined;

  constructor(
    private readonly context: TargetFormContext,
    readonly metric: MetricId,
    private readonly targets: readonly Target[],
    per: TargetPeriod,
  ) {
    this.per = per;
    this.value = this.existing(per)?.value.toString() ?? '';
  }

  private get t(): TargetFormStrings {
    return targetFormStrings[this.context.shell.locale().locale];
  }

  private existing(per: TargetPeriod): Target | undefined {
    return this.targets.find((target) => target.metric === this.metric && target.per === per);
  }

  /** The number typed, or why it is not a target (the same rules as core's `parseTargetDraft`). */
  private check(input: HTMLInputElement | null): number | string {
    const t = this.t;
    const { format } = this.context.shell.locale();
    if (input?.validity.badInput) return t.notANumber;
    const text = this.value.trim().replace(',', '.');
    if (!text) return t.empty;
    const value = Number(text);
    if (!Number.isFinite(value)) return t.notANumber;
    if (value <= 0) return t.positive;
    if (isShareMetric(this.metric)) return value > 100 ? t.maxShare : value;
    if (!Number.isInteger(value)) return t.whole;
    return value > INSIGHTS_LIMITS.targetMax ? t.maxCount(INSIGHTS_LIMITS.targetMax, format) : value;
  }

  /** A refusal by the store, in words at the field (or above the buttons when not about the value). */
  private refused(error: unknown): void {
    const t = this.t;
    const { locale, format } = this.context.shell.locale();
    this.failure = undefined;
    if (isPleinError(error) && error.code === 'invalid' && error.details.field === 'value') {
      this.error = isShareMetric(this.metric) ? t.shareHint : t.countHint(INSIGHTS_LIMITS.targetMax, format);
    } else if (isPleinError(error) && error.code === 'forbidden') this.failure = t.forbidden;
    else this.failure = errorText(locale, error);
  }

  private focus(selector: string): void {
    void this.context.shell.element.updateComplete.then(() =>
      this.context.shell.element.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    const form = event.currentTarget as HTMLFormElement;
    const checked = this.check(form.querySelector<HTMLInputElement>('#target-value'));
    this.failure = undefined;
    if (typeof checked === 'string') {
      this.error = checked;
      this.context.update();
      this.focus('#target-value');
      return;
    }
    this.error = undefined;
    const draft = { metric: this.metric, per: this.per, value: checked };
    // The same key while the target stays the same: a retry after a lost answer is one write.
    const id = JSON.stringify(draft);
    if (this.key?.draft !== id) this.key = { draft: id, key: newIdempotencyKey() };
    this.saving = true;
    this.context.update();
    try {
      const target = await this.context.shell.guard(
        this.context.api().setTarget(draft, { idempotencyKey: this.key.key }),
      );
      this.saving = false;
      this.context.saved(target);
    } catch (error) {
      this.saving = false;
      this.context.shell.emit('plein-error', { error: toPleinError(error) });
      this.refused(error);
      this.context.update();
      this.focus(this.error ? '#target-value' : '#target-failure');
    }
  };

  private readonly keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.context.close();
  };

  render(): TemplateResult {
    const t = this.t;
    const { locale, format } = this.context.shell.locale();
    const share = isShareMetric(this.metric);
    const name = metricStrings[locale].names[this.metric];
    const hint = share ? t.shareHint : t.countHint(INSIGHTS_LIMITS.targetMax, format);
    return html`<form
      class="target-form"
      part="target-form"
      novalidate
      aria-labelledby="target-heading"
      @submit=${this.submit}
      @keydown=${this.keydown}
    >
      <p class="target-heading" id="target-heading">${t.heading(name)}</p>
      <div class="target-fields">
        <div class="field">
          <label for="target-per">${t.per}</label>
          <select
            id="target-per"
            @change=${(event: Event) => {
              this.per = (event.target as HTMLSelectElement).value as TargetPeriod;
              const existing = this.existing(this.per);
              if (existing) this.value = existing.value.toString();
              this.context.update();
            }}
          >
            ${TARGET_PERIODS.map((per) => html`<option value=${per} ?selected=${per === this.per}>${t.pers[per]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="target-value">${t.value}</label>
          <span class="with-unit">
            <input
              id="target-value"
              type="number"
              inputmode="decimal"
              min=${share ? '0.1' : '1'}
              max=${share ? 100 : INSIGHTS_LIMITS.targetMax}
              autocomplete="off"
              .value=${this.value}
              aria-invalid=${this.error ? 'true' : 'false'}
              aria-describedby="target-hint${this.error ? ' target-error' : ''}"
              @input=${(event: Event) => {
                this.value = (event.target as HTMLInputElement).value;
              }}
            />
            ${share ? html`<span class="unit" aria-hidden="true">%</span>` : nothing}
          </span>
          <p class="hint" id="target-hint">${hint}</p>
          ${this.error ? html`<p class="field-error" id="target-error">${this.error}</p>` : nothing}
        </div>
      </div>
      ${this.failure ? html`<p class="field-error" id="target-failure" role="alert" tabindex="-1">${this.failure}</p>` : nothing}
      <div class="form-actions">
        <button type="submit" class="button primary" aria-disabled=${this.saving ? 'true' : 'false'}>
          ${this.saving ? t.saving : t.save}
        </button>
        <button type="button" class="button target-cancel" @click=${() => this.context.close()}>${t.cancel}</button>
      </div>
    </form>`;
  }
}

export const styles = [
  formStyles,
  css`
    .target-form {
      display: grid;
      gap: var(--_plein-space-2);
      padding: var(--_plein-space-3);
      border: 1px solid var(--_plein-border);
      border-radius: var(--_plein-radius-medium);
      background: var(--_plein-surface-subtle);
    }
    .target-form p {
      margin: 0;
    }
    .target-heading {
      font-weight: var(--_plein-font-weight-strong);
    }
    .target-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 16em));
      gap: var(--_plein-space-2) var(--_plein-space-4);
    }
    .target-fields .field {
      margin-bottom: 0;
      align-content: start;
    }
    .target-form .field-error {
      font-weight: var(--_plein-font-weight-strong);
    }
    .with-unit {
      display: flex;
      align-items: center;
      gap: var(--_plein-space-1);
    }
    .with-unit input {
      min-width: 0;
    }
    .form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_plein-space-2);
    }
  `,
];
