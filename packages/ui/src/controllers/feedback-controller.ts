import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Clock } from '@plein/core';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastOptions {
  tone?: ToastTone;
  /** Milliseconds on screen, on the element's clock. */
  duration?: number;
}

export interface FeedbackHost extends ReactiveControllerHost {
  clock: Clock;
}

/** Long enough to read a short sentence twice; errors stay a little longer. */
const DURATION: Record<ToastTone, number> = { info: 6000, success: 6000, error: 10000 };

/**
 * Tells people what happened: `announce` speaks through a visually hidden live region,
 * `toast` also shows a dismissible message that hides itself on the element's clock.
 * Place `render()` once in the element's template.
 */
export class FeedbackController implements ReactiveController {
  private readonly host: FeedbackHost;
  private readonly dismissLabel: () => string;
  private message = { text: '', id: 0, urgent: false };
  private shown: { text: string; tone: ToastTone } | undefined;
  private timer: { clock: Clock; handle: unknown } | undefined;

  constructor(host: FeedbackHost, dismissLabel: () => string) {
    this.host = host;
    this.dismissLabel = dismissLabel;
    host.addController(this);
  }

  /** Speaks `text` politely (errors may ask for `assertive`); never shown. */
  announce(text: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    // A fresh node per message, so saying the same words twice is announced twice.
    this.message = { text, id: this.message.id + 1, urgent: politeness === 'assertive' };
    this.host.requestUpdate();
  }

  /** Shows and announces `text`; replaces any toast still showing. */
  toast(text: string, options: ToastOptions = {}): void {
    const tone = options.tone ?? 'info';
    this.stopTimer();
    this.shown = { text, tone };
    this.announce(text, tone === 'error' ? 'assertive' : 'polite');
    const clock = this.host.clock;
    this.timer = { clock, handle: clock.setTimeout(() => this.dismiss(), options.duration ?? DURATION[tone]) };
  }

  /** Hides the toast now. */
  dismiss(): void {
    this.stopTimer();
    if (!this.shown) return;
    this.shown = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopTimer();
    this.shown = undefined;
  }

  render(): TemplateResult {
    const { text, id, urgent } = this.message;
    const spoken = keyed(id, html`<span>${text}</span>`);
    return html`<div class="visually-hidden" role="status" aria-live="polite">${urgent ? nothing : spoken}</div>
      <div class="visually-hidden" role="alert" aria-live="assertive">${urgent ? spoken : nothing}</div>
      ${
        this.shown
          ? html`<div class="toast ${this.shown.tone}" part="toast">
              <span class="toast-text">${this.shown.text}</span>
              <button
                type="button"
                class="toast-dismiss"
                aria-label=${this.dismissLabel()}
                @click=${() => this.dismiss()}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
                </svg>
              </button>
            </div>`
          : nothing
      }`;
  }

  private stopTimer(): void {
    // Cleared on the clock that set it, even if the element's clock changed since.
    this.timer?.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }
}
